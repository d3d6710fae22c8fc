using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Honours a call back the employer asked for on a later contact: at the time a receptionist said
/// the interviewer would be free (PHN-04, CBR-02), on or after a date (RCR-17, ETQ-10), or a week
/// after an agreement to call again (CBR-06). Such a call overrides the profile's timing and limits.
/// </summary>
public sealed class EmployerInvitation : DecisionStrategy
{
    /// <summary>Call when the receptionist said the interviewer is free (PHN-04).</summary>
    public static readonly FollowUpReason FreeAtPhn = new(RuleIds.Phn04, "The receptionist said when the interviewer would be free for a short call, so the call is then.");

    /// <summary>Call when the interviewer is free, past the gatekeeper (CBR-02).</summary>
    public static readonly FollowUpReason FreeAtCbr = new(RuleIds.Cbr02, "Rather than leave it with the gatekeeper, the candidate asked when the interviewer is free; the call is then.");

    /// <summary>Asked to call back on a date (RCR-17).</summary>
    public static readonly FollowUpReason OnDateRcr = new(RuleIds.Rcr17, "The employer asked for a call back on a date, which allows a call beyond the usual one.");

    /// <summary>Asked to call back on a date (ETQ-10).</summary>
    public static readonly FollowUpReason OnDateEtq = new(RuleIds.Etq10, "The recruiter asked for a call back on a date, so the call is that day.");

    /// <summary>Agreed to a call back in a week (CBR-06).</summary>
    public static readonly FollowUpReason InAWeek = new(RuleIds.Cbr06, "No date was given, and the employer agreed to a call back in a week.");

    /// <summary>The employer's request comes first (FUR-14).</summary>
    public static readonly FollowUpReason Requested = new(RuleIds.Fur14, "The employer asked for this call back, which comes before the profile's own timing.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(EmployerInvitation),
        "Calls back when and as the employer asked on a later contact.",
        [RuleIds.Phn04, RuleIds.Cbr02, RuleIds.Cbr06, RuleIds.Rcr17, RuleIds.Etq10, RuleIds.Fur14],
        [FreeAtPhn, FreeAtCbr, OnDateRcr, OnDateEtq, InAWeek, Requested],
        [ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (draft.Kind != NextActionKind.Call || context.History.PendingInvitation is not { } invitation)
        {
            return;
        }

        var profile = context.Profile;
        switch (invitation.Kind)
        {
            case InvitationKind.InterviewerAvailableAt when invitation.Time is { } time:
                var freeAt = profile.ChooseReason(Requested, FreeAtPhn, FreeAtCbr);
                draft.MarkEmployerInvited(time, freeAt);
                draft.Reschedule(context.Calendar.ToInstant(time), freeAt);
                break;
            case InvitationKind.CallBackOnOrAfter:
                var onDate = profile.ChooseReason(Requested, OnDateRcr, OnDateEtq);
                draft.MarkEmployerInvited(null, onDate);
                draft.Reschedule(context.Calendar.OpeningOn(invitation.Date!.Value), onDate);
                break;
            case InvitationKind.CallBackInAWeek:
                var week = profile.ChooseReason(Requested, InAWeek);
                draft.MarkEmployerInvited(null, week);
                draft.Reschedule(context.Calendar.OpeningOn(invitation.Date!.Value), week);
                break;
        }
    }
}
