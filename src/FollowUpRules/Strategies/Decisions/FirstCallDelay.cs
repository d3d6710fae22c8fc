using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Lets the profile's <see cref="FollowUpProfile.FirstCallDelayDays"/> pass after the interview
/// before any call the employer did not ask for (PHN-02, CBR-01, RCR-02; not straight away, RCR-01). Where the
/// profile's articles set no wait, the library's own applies (FUR-13). A thank-you that went out
/// only after the wait had ended starts it again (<see cref="FollowUpHistory.OpeningAfterInterview"/>),
/// so a follow-up never comes minutes after a late thank-you.
/// </summary>
public sealed class FirstCallDelay : DecisionStrategy
{
    /// <summary>Two to three days (PHN-02).</summary>
    public static readonly FollowUpReason PhnWait = new(RuleIds.Phn02, p => $"The first call waits {Wait(p)} after the interview, so the employer has news to give.");

    /// <summary>At least two to three days (CBR-01).</summary>
    public static readonly FollowUpReason CbrWait = new(RuleIds.Cbr01, p => $"The first call waits {Wait(p)} after the interview, no less, while the interview is still fresh.");

    /// <summary>One to two weeks (RCR-02).</summary>
    public static readonly FollowUpReason RcrWait = new(RuleIds.Rcr02, p => $"The first call comes {Wait(p)} after the interview: not straight away, and not much later.");

    /// <summary>The library's wait (FUR-13).</summary>
    public static readonly FollowUpReason LibraryWait = new(RuleIds.Fur13, p => $"The profile's own wait of {Wait(p)} after the interview has to pass before the first call.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(FirstCallDelay),
        "Waits the profile's first-call delay after the interview.",
        [RuleIds.Phn02, RuleIds.Cbr01, RuleIds.Rcr01, RuleIds.Rcr02, RuleIds.Fur13],
        [PhnWait, CbrWait, RcrWait, LibraryWait],
        [ProfileSettings.Channels, ProfileSettings.FirstCallDelayDays, ProfileSettings.DayCounting]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        // Every call waits for it, not only the first: a call the candidate made too early (recorded
        // in the history) does not make the next one due any sooner. Once the follow-up has begun
        // and the wait is over, it no longer binds and is not cited.
        // A thank-you that went out late restarts the wait, so no follow-up comes minutes after it.
        var history = context.History;
        if (draft.Kind != NextActionKind.Call)
        {
            return;
        }

        var due = history.OpeningAfterInterview(context.Profile.FirstCallDelayDays);
        if (history.UninvitedFollowUps > 0 && due <= context.Now)
        {
            return;
        }

        draft.NotBefore(due, context.Profile.ChooseReason(LibraryWait, PhnWait, CbrWait, RcrWait));
    }

    /// <summary>The profile's first-call delay in words, such as "3 business days" or "1 week".</summary>
    private static string Wait(FollowUpProfile profile) => ProfileWords.Days(profile.FirstCallDelayDays, profile.DayCounting);
}
