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
    public static readonly FollowUpReason AskAgency = new(RuleIds.Rcr03, p => p.AgencyUpdateDelayDays is { } days
        ? $"The candidate came through an agency, which is asked for an update {ProfileWords.Days(days, p.DayCounting)} after the interview, before the employer is called."
        : "The candidate came through an agency, which can be asked for an update sooner than the employer can be called.");

    /// <summary>Ask the agency first, under a profile that sets an agency update though its articles do not (FUR-16).</summary>
    public static readonly FollowUpReason AskAgencyLibrary = new(RuleIds.Fur16, p => p.AgencyUpdateDelayDays is { } days
        ? $"The profile asks the candidate's agency for an update {ProfileWords.Days(days, p.DayCounting)} after the interview, before the employer is called."
        : "The profile asks the candidate's agency for an update before the employer is called.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(AgencyUpdateFirst),
        "Asks the agency for an update before calling the employer.",
        [RuleIds.Rcr03, RuleIds.Fur16],
        [AskAgency, AskAgencyLibrary],
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
            var reason = context.Profile.ChooseReason(AskAgencyLibrary, AskAgency);
            draft.ContactAgency(AgencyRequest.AskForUpdate, how, AttemptPurpose.AgencyUpdate, reason);
            draft.NotBefore(history.OpeningAfterInterview(days), reason);
        }
    }
}
