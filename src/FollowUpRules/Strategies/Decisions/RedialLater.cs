using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// After a call that reached nobody useful (no one from the interview, no voicemail left, nothing
/// learned), tries again after <see cref="FollowUpProfile.RedialAfterDays"/> rather than at once
/// (FUR-04): the aim is the interviewer, not their voicemail (PHN-03). A call back the employer
/// asked for that reached nobody useful counts as unanswered here too (FUR-14 lifts the limits, not
/// the spacing).
/// </summary>
public sealed class RedialLater : DecisionStrategy
{
    /// <summary>Try again later (FUR-04).</summary>
    public static readonly FollowUpReason TryAgainLater = new(RuleIds.Fur04, p => p.RedialAfterDays == 0
        ? "The last call reached nobody useful; the next try may come at the next open time."
        : $"The last call reached nobody useful, so the next try waits {ProfileWords.Days(p.RedialAfterDays, p.DayCounting)}.");

    /// <summary>Try again to reach a person (PHN-03).</summary>
    public static readonly FollowUpReason ReachAPerson = new(RuleIds.Phn03, p => p.RedialAfterDays == 0
        ? "The last call reached no one from the interview; the next try aims to speak to a person."
        : $"The last call reached no one from the interview; the next try, {ProfileWords.Days(p.RedialAfterDays, p.DayCounting)} later, aims to speak to a person.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(RedialLater),
        "Spaces out calls that reached nobody useful.",
        [RuleIds.Fur04, RuleIds.Phn03],
        [TryAgainLater, ReachAPerson],
        [ProfileSettings.Channels, ProfileSettings.RedialAfterDays, ProfileSettings.DayCounting, ProfileSettings.AttemptsPerRound]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        var history = context.History;
        var profile = context.Profile;
        if (draft.Kind != NextActionKind.Call || draft.EmployerInvited || !history.LastCallReachedNobodyUseful
            || history.LastCall is not { } last)
        {
            return;
        }

        // An unanswered call back the employer asked for is spaced like any unanswered call; it just
        // does not count towards a round. Otherwise a round that has just ended is RoundInterval's.
        if (last.Purpose != AttemptPurpose.RequestedCall && FollowUpRounds.Of(history, profile.AttemptsPerRound).UnansweredInRound == 0)
        {
            return;
        }

        var lastCall = last.At;

        draft.NotBefore(
            context.Calendar.OpeningAfter(lastCall, profile.RedialAfterDays, profile.DayCounting),
            profile.ChooseReason(TryAgainLater, ReachAPerson));
    }
}
