using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Stops once the candidate has made the profile's <see cref="FollowUpProfile.MaxFollowUpRounds"/>
/// (plus the final call, when the profile has one): call once unless asked to call again (RCR-17);
/// one call is usually enough (CBR-07). Calls the employer asked for do not count, and a run of
/// unanswered calls counts as one round (FUR-10).
/// </summary>
public sealed class CallLimit : DecisionStrategy
{
    /// <summary>Call once unless asked (RCR-17).</summary>
    public static readonly FollowUpReason OnceUnlessAsked = new(RuleIds.Rcr17, p => $"The candidate has made the calls the profile allows without being asked to call back ({Allowed(p)}).");

    /// <summary>One call is enough (CBR-07).</summary>
    public static readonly FollowUpReason OneIsEnough = new(RuleIds.Cbr07, p => $"The follow-up calls are done ({Allowed(p)}); more would only add pressure.");

    /// <summary>The profile's limit (FUR-05).</summary>
    public static readonly FollowUpReason ProfileLimit = new(RuleIds.Fur05, p => $"The profile's follow-up calls are used up ({Allowed(p)}).");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(CallLimit),
        "Stops once the profile's follow-up rounds are used up.",
        [RuleIds.Rcr17, RuleIds.Cbr07, RuleIds.Fur05, RuleIds.Fur10],
        [OnceUnlessAsked, OneIsEnough, ProfileLimit],
        [ProfileSettings.Channels, ProfileSettings.MaxFollowUpRounds, ProfileSettings.FinalCallAfterSilence, ProfileSettings.AttemptsPerRound]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone && profile.MaxFollowUpRounds.HasValue;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        var profile = context.Profile;
        if (draft.Kind != NextActionKind.Call || draft.EmployerInvited || profile.MaxFollowUpRounds is not { } rounds)
        {
            return;
        }

        var allowed = rounds + (profile.FinalCallAfterSilence is null ? 0 : 1);
        if (FollowUpRounds.Of(context.History, profile.AttemptsPerRound).Completed >= allowed)
        {
            draft.Stop(StopReason.LimitReached, profile.ChooseReason(ProfileLimit, OnceUnlessAsked, OneIsEnough));
        }
    }

    /// <summary>The calls the profile allows in words: "1 round of calls", "1 round of calls and a final call".</summary>
    private static string Allowed(FollowUpProfile profile) =>
        profile.MaxFollowUpRounds is { } rounds
            ? (rounds == 1 ? "1 round of calls" : rounds + " rounds of calls") + (profile.FinalCallAfterSilence is null ? string.Empty : " and a final call")
            : "no limit on rounds";
}
