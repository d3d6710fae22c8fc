using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Once the employer has given a date for its decision, waits until that date has passed before
/// following up again (PHN-09, CBR-06; RCR-18's hiring timeline; ETQ-02's expected time frame).
/// </summary>
public sealed class WaitForDecisionDate : DecisionStrategy
{
    /// <summary>Wait for the timeline (PHN-09).</summary>
    public static readonly FollowUpReason PhnTimeline = new(RuleIds.Phn09, "The employer gave a date for its decision; there is no follow-up before that date has passed.");

    /// <summary>Wait for the timeline (CBR-06).</summary>
    public static readonly FollowUpReason CbrTimeline = new(RuleIds.Cbr06, "The employer gave a timeline; the next step waits until it has run out.");

    /// <summary>Wait for the hiring timeline (RCR-18).</summary>
    public static readonly FollowUpReason RcrTimeline = new(RuleIds.Rcr18, "The hiring timeline the employer gave has not run out yet.");

    /// <summary>Wait for the time frame learned at the interview (ETQ-02).</summary>
    public static readonly FollowUpReason EtqTimeFrame = new(RuleIds.Etq02, "The interview gave a time frame for the offer, which has not passed yet.");

    /// <summary>Wait for the employer's date (FUR-14).</summary>
    public static readonly FollowUpReason Library = new(RuleIds.Fur14, "The employer gave a date for its decision, which has not passed yet.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(WaitForDecisionDate),
        "Waits until the date the employer gave for its decision has passed.",
        [RuleIds.Phn09, RuleIds.Cbr06, RuleIds.Rcr18, RuleIds.Etq02, RuleIds.Fur14],
        [PhnTimeline, CbrTimeline, RcrTimeline, EtqTimeFrame, Library],
        [ProfileSettings.Channels, ProfileSettings.AttemptsPerRound]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        var history = context.History;
        if (draft.Kind != NextActionKind.Call || draft.EmployerInvited || history.DecisionExpectedBy is not { } date)
        {
            return;
        }

        var dayAfter = context.Calendar.StartOfDay(date.PlusDays(1));
        if (FollowUpRounds.Of(history, context.Profile.AttemptsPerRound).LastEndedAt is { } lastRound && lastRound >= dayAfter)
        {
            return;
        }

        draft.NotBefore(context.Calendar.OpeningOn(date.PlusDays(1)), context.Profile.ChooseReason(Library, PhnTimeline, CbrTimeline, RcrTimeline, EtqTimeFrame));
    }
}
