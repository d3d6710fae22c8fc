using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.CallPlanning;

/// <summary>
/// Decides whether a call that reaches voicemail leaves a message: only while fewer than
/// <see cref="FollowUpProfile.MaxVoicemails"/> have been left, and at least
/// <see cref="FollowUpProfile.VoicemailSpacingDays"/> after the last one (PHN-05; one is fine,
/// RCR-10). With a limit of zero, never: the aim is to be put through (ETQ-11) and not to leave
/// it with anyone else (CBR-02).
/// </summary>
public sealed class VoicemailLimit : CallPlanningStrategy
{
    /// <summary>A voicemail is fine (RCR-10).</summary>
    public static readonly FollowUpReason OneIsFine = new(RuleIds.Rcr10, "If nobody can take the call, leaving a short voicemail is fine.");

    /// <summary>Few voicemails, days apart (PHN-05).</summary>
    public static readonly FollowUpReason FewAndSpread = new(RuleIds.Phn05, p => $"A voicemail may be left, as long as there are at most {ProfileWords.Count(p.MaxVoicemails, "voicemail")}, {ProfileWords.Days(p.VoicemailSpacingDays, p.DayCounting)} apart.");

    /// <summary>The voicemail limit is reached (PHN-05).</summary>
    public static readonly FollowUpReason LimitReached = new(RuleIds.Phn05, p => $"The limit of {ProfileWords.Count(p.MaxVoicemails, "voicemail")} has been reached; if voicemail answers, hang up and call another time.");

    /// <summary>No voicemail: ask to be put through (ETQ-11).</summary>
    public static readonly FollowUpReason PutThroughInstead = new(RuleIds.Etq11, "The aim is to reach the interviewer, not their voicemail: leave no message and call another time.");

    /// <summary>No voicemail: do not leave it with someone else (CBR-02).</summary>
    public static readonly FollowUpReason NotWithOthers = new(RuleIds.Cbr02, "The message is not left with anyone else; if voicemail answers, call another time.");

    /// <summary>The profile's voicemail limit (FUR-05).</summary>
    public static readonly FollowUpReason ProfileLimit = new(RuleIds.Fur05, p => $"The profile's voicemail limit ({ProfileWords.Count(p.MaxVoicemails, "voicemail")}) decides whether to leave a message.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(VoicemailLimit),
        "Limits and spaces voicemails.",
        [RuleIds.Phn05, RuleIds.Rcr10, RuleIds.Etq11, RuleIds.Cbr02, RuleIds.Fur05],
        [OneIsFine, FewAndSpread, LimitReached, PutThroughInstead, NotWithOthers, ProfileLimit],
        [ProfileSettings.MaxVoicemails, ProfileSettings.VoicemailSpacingDays, ProfileSettings.DayCounting]);

    /// <inheritdoc/>
    public override void Plan(CallPlanContext context, CallPlanDraft plan)
    {
        if (plan.WindowCount == 0 || plan.IsSettled)
        {
            return;
        }

        var profile = context.Profile;
        var history = context.History;
        if (profile.MaxVoicemails == 0)
        {
            plan.HangUpOnVoicemail(profile.ChooseReason(ProfileLimit, PutThroughInstead, NotWithOthers));
        }
        else if (history.VoicemailsLeft >= profile.MaxVoicemails)
        {
            plan.HangUpOnVoicemail(profile.ChooseReason(ProfileLimit, LimitReached));
        }
        else
        {
            // Voicemails are spread out: the next may be left only once the spacing after the last has passed.
            var allowedFrom = history.LastVoicemailAt is { } last
                ? context.Calendar.OpeningAfter(last, profile.VoicemailSpacingDays, profile.DayCounting)
                : context.Case.Interview.At;
            var reason = profile.ChooseReason(ProfileLimit, FewAndSpread, OneIsFine);
            if (plan.Window(0).Start >= allowedFrom)
            {
                plan.LeaveVoicemail(reason);
            }
            else
            {
                plan.HangUpOnVoicemail(reason);
            }
        }
    }
}
