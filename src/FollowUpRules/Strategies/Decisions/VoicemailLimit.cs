using FollowUpRules.Catalogue;
using FollowUpRules.Engine;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Decides whether a call that reaches voicemail leaves a message: only while fewer than
/// <see cref="FollowUpProfile.MaxVoicemails"/> have been left, and at least
/// <see cref="FollowUpProfile.VoicemailSpacingDays"/> after the last one (PHN-05; one is fine,
/// RCR-10). With a limit of zero, never: the aim is to be put through (ETQ-11) and not to leave
/// it with anyone else (CBR-02).
/// </summary>
public sealed class VoicemailLimit : DecisionStrategy
{
    /// <summary>A voicemail is fine (RCR-10).</summary>
    public static readonly FollowUpReason OneIsFine = new(RuleIds.Rcr10, "If nobody can take the call, leaving a short voicemail is fine.");

    /// <summary>Few voicemails, days apart (PHN-05).</summary>
    public static readonly FollowUpReason FewAndSpread = new(RuleIds.Phn05, "A voicemail may be left, as long as there are only one or two, a couple of days apart.");

    /// <summary>The voicemail limit is reached (PHN-05).</summary>
    public static readonly FollowUpReason LimitReached = new(RuleIds.Phn05, "Enough voicemails have been left; if voicemail answers, hang up and call another time.");

    /// <summary>No voicemail: ask to be put through (ETQ-11).</summary>
    public static readonly FollowUpReason PutThroughInstead = new(RuleIds.Etq11, "The aim is to reach the interviewer, not their voicemail: leave no message and call another time.");

    /// <summary>No voicemail: do not leave it with someone else (CBR-02).</summary>
    public static readonly FollowUpReason NotWithOthers = new(RuleIds.Cbr02, "The message is not left with anyone else; if voicemail answers, call another time.");

    /// <summary>The profile's voicemail limit (FUR-05).</summary>
    public static readonly FollowUpReason ProfileLimit = new(RuleIds.Fur05, "The profile's voicemail limit decides whether to leave a message.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(VoicemailLimit),
        "Limits and spaces voicemails.",
        [RuleIds.Phn05, RuleIds.Rcr10, RuleIds.Etq11, RuleIds.Cbr02, RuleIds.Fur05],
        [OneIsFine, FewAndSpread, LimitReached, PutThroughInstead, NotWithOthers, ProfileLimit]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(in DecisionContext context, ref DecisionDraft draft)
    {
        if (draft.Kind != NextActionKind.Call)
        {
            return;
        }

        var profile = context.Profile;
        ref readonly var history = ref context.HistoryRef;
        if (profile.MaxVoicemails == 0)
        {
            draft.AllowVoicemailFrom(null, Citation.First(profile.Sources, ProfileLimit, PutThroughInstead, NotWithOthers));
        }
        else if (history.VoicemailsLeft >= profile.MaxVoicemails)
        {
            draft.AllowVoicemailFrom(null, Citation.First(profile.Sources, ProfileLimit, LimitReached));
        }
        else
        {
            var from = history.LastVoicemailAt is { } last
                ? context.Calendar.OpeningAfter(last, profile.VoicemailSpacingDays, profile.DayCounting)
                : context.InterviewAt;
            draft.AllowVoicemailFrom(from, Citation.First(profile.Sources, ProfileLimit, FewAndSpread, OneIsFine));
        }
    }
}
