using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// A candidate who came through an agency asks the agency for an update sooner than they would
/// call the employer, once, after the profile's <see cref="FollowUpProfile.AgencyUpdateDelayDays"/> (RCR-03).
/// Once the first follow-up itself is due there is nothing to ask sooner for: the follow-up comes
/// instead, rather than an update followed minutes later by a follow-up.
/// </summary>
public sealed class AgencyUpdateFirst : DecisionStrategy
{
    /// <summary>Ask the agency first (RCR-03).</summary>
    public static readonly FollowUpReason AskAgency = new(RuleIds.Rcr03, "The candidate came through an agency, which can be asked for an update sooner than the employer can be called.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(AgencyUpdateFirst),
        "Asks the agency for an update before calling the employer.",
        [RuleIds.Rcr03],
        [AskAgency],
        [ProfileSettings.AgencyUpdateDelayDays, ProfileSettings.DayCounting]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AgencyUpdateDelayDays.HasValue;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        var history = context.History;
        if (draft.Kind != NextActionKind.Call
            || context.Profile.AgencyUpdateDelayDays is not { } days
            || context.Case.Candidate.Agency is not { } agency
            || history.AgencyContacts > 0
            || history.FirstFollowUpAt.HasValue
            || history.PendingInvitation.HasValue
            || history.OpeningAfterInterview(context.Profile.FirstCallDelayDays) <= context.Now)
        {
            return;
        }

        var channel = !string.IsNullOrWhiteSpace(agency.Phone) ? ContactChannel.Phone
            : !string.IsNullOrWhiteSpace(agency.Email) ? ContactChannel.Email
            : (ContactChannel?)null;
        if (channel is { } how)
        {
            draft.ContactAgency(AgencyRequest.AskForUpdate, how, AttemptPurpose.AgencyUpdate, AskAgency);
            draft.NotBefore(history.OpeningAfterInterview(days), AskAgency);
        }
    }
}
