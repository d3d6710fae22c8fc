using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>When there is no number to call, a candidate who came through an agency follows up through the agency (RCR-03, EML-04).</summary>
public sealed class AgencyAsLastRoute : DecisionStrategy
{
    /// <summary>Through the agency (RCR-03).</summary>
    public static readonly FollowUpReason ThroughAgencyRcr = new(RuleIds.Rcr03, "There is no number to call at the employer, so the update comes through the candidate's agency.");

    /// <summary>Through the agency (EML-04).</summary>
    public static readonly FollowUpReason ThroughAgencyEml = new(RuleIds.Eml04, "There are no contact details for the interviewers, so the agency representative passes the follow-up on.");

    /// <summary>Through the agency (FUR-08).</summary>
    public static readonly FollowUpReason ThroughAgency = new(RuleIds.Fur08, "There is no number to call at the employer; the agency is the only route.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(AgencyAsLastRoute),
        "Follows up through the agency when there is no number to call.",
        [RuleIds.Rcr03, RuleIds.Eml04, RuleIds.Fur08],
        [ThroughAgencyRcr, ThroughAgencyEml, ThroughAgency],
        [ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (draft.Kind != NextActionKind.Call || draft.Number is not null || context.Case.Candidate.Agency is not { } agency)
        {
            return;
        }

        var reason = context.Profile.ChooseReason(ThroughAgency, ThroughAgencyRcr, ThroughAgencyEml);
        if (!string.IsNullOrWhiteSpace(agency.Phone))
        {
            draft.ContactAgency(AgencyRequest.AskForUpdate, ContactChannel.Phone, reason);
        }
        else if (!string.IsNullOrWhiteSpace(agency.Email))
        {
            draft.ContactAgency(AgencyRequest.AskForUpdate, ContactChannel.Email, reason);
        }
    }
}
