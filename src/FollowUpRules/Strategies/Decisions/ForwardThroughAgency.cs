using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// When the thank-you is an email but the candidate has no address for anyone they met and came
/// through an agency, asks the agency representative to pass it on (EML-04).
/// </summary>
public sealed class ForwardThroughAgency : DecisionStrategy
{
    /// <summary>Ask the agency to forward the thank-you (EML-04).</summary>
    public static readonly FollowUpReason Forward = new(RuleIds.Eml04, "There is no address for anyone met, so the agency representative is asked to pass the thank-you on.");

    /// <summary>Ask the agency to forward the thank-you, under a profile that sends a thank-you email though its articles do not (FUR-16).</summary>
    public static readonly FollowUpReason ForwardLibrary = new(RuleIds.Fur16, "There is no address for anyone met, so the agency representative is asked to pass the profile's thank-you on.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(ForwardThroughAgency),
        "Sends the thank-you through the agency when no interviewer's address is known.",
        [RuleIds.Eml04, RuleIds.Fur16],
        [Forward, ForwardLibrary],
        [ProfileSettings.ThankYouMessage]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.ThankYouMessage == ThankYouMessage.Email;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (draft.Kind != NextActionKind.Call || context.History.Count > 0 || context.Case.Candidate.Agency is not { } agency)
        {
            return;
        }

        if (ThankYouFirst.AnyoneHasEmail(context.Case.Interview.Interviewers))
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(agency.Email))
        {
            draft.ContactAgency(AgencyRequest.ForwardThankYou, ContactChannel.Email, context.Profile.ChooseReason(ForwardLibrary, Forward));
        }
        else if (!string.IsNullOrWhiteSpace(agency.Phone))
        {
            draft.ContactAgency(AgencyRequest.ForwardThankYou, ContactChannel.Phone, context.Profile.ChooseReason(ForwardLibrary, Forward));
        }
    }
}
