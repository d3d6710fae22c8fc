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
    public static readonly FollowUpReason OnceUnlessAsked = new(RuleIds.Rcr17, "The candidate has called as often as they should without being asked to call back.");

    /// <summary>One call is enough (CBR-07).</summary>
    public static readonly FollowUpReason OneIsEnough = new(RuleIds.Cbr07, "The follow-up calls are done; one is usually enough.");

    /// <summary>The profile's limit (FUR-05).</summary>
    public static readonly FollowUpReason ProfileLimit = new(RuleIds.Fur05, "The profile's number of follow-up rounds is used up.");

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
}
