using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Leaves the profile's <see cref="FollowUpProfile.RoundInterval"/> between completed follow-up
/// rounds (FUR-09), or <see cref="FollowUpProfile.VoicemailSpacingDays"/> when the last round was
/// only a voicemail, so voicemails are spread over days (PHN-05).
/// </summary>
public sealed class RoundInterval : DecisionStrategy
{
    /// <summary>The interval between rounds (FUR-09).</summary>
    public static readonly FollowUpReason BetweenRounds = new(RuleIds.Fur09, p => $"The last follow-up was completed recently; the next one waits the profile's interval of {ProfileWords.Of(p.RoundInterval)}.");

    /// <summary>Spread voicemails over days (PHN-05).</summary>
    public static readonly FollowUpReason AfterVoicemail = new(RuleIds.Phn05, p => $"A voicemail was left; the next call waits {ProfileWords.Days(p.VoicemailSpacingDays, p.DayCounting)} so messages are spread out.");

    /// <summary>After a voicemail, under profiles that do not follow PHN (FUR-09).</summary>
    public static readonly FollowUpReason AfterVoicemailLibrary = new(RuleIds.Fur09, p => $"A voicemail was left; the next call waits the profile's voicemail spacing of {ProfileWords.Days(p.VoicemailSpacingDays, p.DayCounting)}.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(RoundInterval),
        "Spaces completed follow-up rounds.",
        [RuleIds.Fur09, RuleIds.Phn05],
        [BetweenRounds, AfterVoicemail, AfterVoicemailLibrary],
        [ProfileSettings.Channels, ProfileSettings.RoundInterval, ProfileSettings.VoicemailSpacingDays, ProfileSettings.DayCounting, ProfileSettings.AttemptsPerRound]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        var history = context.History;
        var profile = context.Profile;
        if (draft.Kind != NextActionKind.Call || draft.EmployerInvited)
        {
            return;
        }

        var rounds = FollowUpRounds.Of(history, profile.AttemptsPerRound);
        if (rounds.LastEndedAt is not { } lastRound)
        {
            return;
        }

        var calendar = context.Calendar;
        if (rounds.LastEndedWithVoicemail)
        {
            draft.NotBefore(
                calendar.OpeningAfter(lastRound, profile.VoicemailSpacingDays, profile.DayCounting),
                profile.ChooseReason(AfterVoicemailLibrary, AfterVoicemail));
        }
        else
        {
            draft.NotBefore(calendar.OpeningOn(calendar.DateOf(lastRound).Plus(profile.RoundInterval)), BetweenRounds);
        }
    }
}
