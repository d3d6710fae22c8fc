using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Stops when calls have gone unreturned for <see cref="FollowUpProfile.GiveUpAfterSilence"/>,
/// counted from the latest of the first follow-up, the last news and the day after the date the
/// employer gave for its decision (PHN-06).
/// </summary>
public sealed class GiveUpAfterSilence : DecisionStrategy
{
    /// <summary>Stop after a long silence (PHN-06).</summary>
    public static readonly FollowUpReason MoveOn = new(RuleIds.Phn06, p => p.GiveUpAfterSilence is { } silence
        ? $"Calls have gone unreturned for {ProfileWords.Of(silence)}; it is time to stop and focus on other opportunities."
        : "Calls have gone unreturned for a long time; it is time to stop and focus on other opportunities.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(GiveUpAfterSilence),
        "Stops after a long silence from the employer.",
        [RuleIds.Phn06],
        [MoveOn],
        [ProfileSettings.GiveUpAfterSilence]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.GiveUpAfterSilence is not null;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        var history = context.History;
        if (draft.Kind == NextActionKind.Stop || draft.EmployerInvited
            || context.Profile.GiveUpAfterSilence is not { } silence || history.FirstFollowUpAt is not { } start)
        {
            return;
        }

        var calendar = context.Calendar;
        if (history.LastNewsAt is { } news && news > start)
        {
            start = news;
        }

        if (history.DecisionExpectedBy is { } decision)
        {
            var afterDecision = calendar.StartOfDay(decision.PlusDays(1));
            if (afterDecision > start)
            {
                start = afterDecision;
            }
        }

        var giveUpAt = calendar.StartOfDay(calendar.DateOf(start).Plus(silence));
        var when = draft.Earliest > context.Now ? draft.Earliest : context.Now;
        if (when >= giveUpAt)
        {
            draft.Stop(StopReason.NoResponse, MoveOn);
        }
    }
}
