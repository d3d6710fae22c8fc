using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Once the profile's rounds are used up, makes one more status call when
/// <see cref="FollowUpProfile.FinalCallAfterSilence"/> has passed since the interview without news (CBR-08).
/// </summary>
public sealed class FinalCallAfterSilence : DecisionStrategy
{
    /// <summary>One more call after weeks of silence (CBR-08).</summary>
    public static readonly FollowUpReason OneMoreCall = new(RuleIds.Cbr08, p => p.FinalCallAfterSilence is { } silence
        ? $"It is {ProfileWords.Of(silence)} since the interview without news, so one more status call is due, on the same terms."
        : "Several weeks have passed since the interview without news, so one more status call is due, on the same terms.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(FinalCallAfterSilence),
        "Adds one status call after weeks of silence once the rounds are used up.",
        [RuleIds.Cbr08],
        [OneMoreCall],
        [ProfileSettings.Channels, ProfileSettings.FinalCallAfterSilence, ProfileSettings.MaxFollowUpRounds, ProfileSettings.AttemptsPerRound]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone && profile.FinalCallAfterSilence is not null && profile.MaxFollowUpRounds.HasValue;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        var profile = context.Profile;
        if (draft.Kind != NextActionKind.Call || draft.EmployerInvited
            || profile.MaxFollowUpRounds is not { } rounds || profile.FinalCallAfterSilence is not { } silence
            || FollowUpRounds.Of(context.History, profile.AttemptsPerRound).Completed != rounds)
        {
            return;
        }

        draft.MarkFinalCall(OneMoreCall);
        draft.NotBefore(context.Calendar.OpeningOn(context.InterviewDate.Plus(silence)), OneMoreCall);
    }
}
