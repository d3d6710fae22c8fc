using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Honours a call back the employer asked for, before the profile's own timing and outside its
/// limits (FUR-14): at the interview, on a date or within a number of days (ETQ-10, RCR-02); on a
/// later contact, at the time a receptionist said the interviewer would be free (PHN-04, CBR-02),
/// on or after a date (RCR-17, ETQ-10), or a week after an agreement to call again (CBR-06).
/// </summary>
/// <remarks>
/// The call back is the history's <see cref="FollowUpHistory.PendingInvitation"/>: the last one the
/// employer gave that no attempt has answered. A call "within N days" is read strictly, as calendar
/// days from when it was said in the office's zone (<see cref="CallBackInvitation.PeriodEnd"/>), and
/// planned early inside it: from the office's next open day, ahead of the profile's own wait
/// (docs/time.md); <see cref="CallPlanning.CallBackPeriod"/> says so when no window is left inside it.
/// </remarks>
public sealed class EmployerCallBack : DecisionStrategy
{
    /// <summary>The employer's request comes first (FUR-14).</summary>
    public static readonly FollowUpReason Requested = new(RuleIds.Fur14, "The employer asked for this call back, which comes before the profile's own timing.");

    /// <summary>Asked at the interview to call within a period (ETQ-10).</summary>
    public static readonly FollowUpReason WithinPeriod = new(RuleIds.Etq10, "The interviewer asked for a call back within a set number of days, so the call comes early in that period, from the next office day.");

    /// <summary>Asked at the interview to call on a date (ETQ-10).</summary>
    public static readonly FollowUpReason OnInterviewDateEtq = new(RuleIds.Etq10, "The interviewer asked for a call back on a set date, so the call is that day.");

    /// <summary>The company said when to call (RCR-02).</summary>
    public static readonly FollowUpReason OnInterviewDateRcr = new(RuleIds.Rcr02, p => $"The company said when to call, which overrides the usual wait of {ProfileWords.Days(p.FirstCallDelayDays, p.DayCounting)}.");

    /// <summary>Call when the receptionist said the interviewer is free (PHN-04).</summary>
    public static readonly FollowUpReason FreeAtPhn = new(RuleIds.Phn04, "The receptionist said when the interviewer would be free for a short call, so the call is then.");

    /// <summary>Call when the interviewer is free, past the gatekeeper (CBR-02).</summary>
    public static readonly FollowUpReason FreeAtCbr = new(RuleIds.Cbr02, "Rather than leave it with the gatekeeper, the candidate asked when the interviewer is free; the call is then.");

    /// <summary>Asked on a later contact to call back on a date (RCR-17).</summary>
    public static readonly FollowUpReason OnDateRcr = new(RuleIds.Rcr17, "The employer asked for a call back on a date, which allows a call beyond those the profile allows.");

    /// <summary>Asked on a later contact to call back on a date (ETQ-10).</summary>
    public static readonly FollowUpReason OnDateEtq = new(RuleIds.Etq10, "The recruiter asked for a call back on a date, so the call is that day.");

    /// <summary>Agreed to a call back in a week (CBR-06).</summary>
    public static readonly FollowUpReason InAWeek = new(RuleIds.Cbr06, "No date was given, and the employer agreed to a call back in a week.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(EmployerCallBack),
        "Calls back when and as the employer asked, at the interview or on a later contact.",
        [RuleIds.Fur14, RuleIds.Etq10, RuleIds.Rcr02, RuleIds.Phn04, RuleIds.Cbr02, RuleIds.Cbr06, RuleIds.Rcr17],
        [WithinPeriod, OnInterviewDateEtq, OnInterviewDateRcr, Requested, FreeAtPhn, FreeAtCbr, OnDateRcr, OnDateEtq, InAWeek],
        [ProfileSettings.Channels, ProfileSettings.DayCounting]);

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
        var calendar = context.Calendar;
        switch (invitation.Kind)
        {
            case InvitationKind.CallBackOn:
                Honour(draft, profile.ChooseReason(Requested, OnInterviewDateEtq, OnInterviewDateRcr), calendar.OpeningOn(invitation.Date ?? context.InterviewDate));
                break;
            case InvitationKind.CallBackWithinDays:
                // Early inside the period, not on its last day: after a decent pause, the office's
                // next open day, ahead of the profile's own wait. CallBackPeriod says so when no
                // window is left inside the period.
                Honour(draft, profile.ChooseReason(Requested, WithinPeriod, OnInterviewDateRcr), calendar.OpeningAfter(invitation.GivenAt, 1, DayCounting.BusinessDays));
                break;
            case InvitationKind.InterviewerAvailableAt when invitation.Time is { } time:
                var freeAt = profile.ChooseReason(Requested, FreeAtPhn, FreeAtCbr);
                draft.MarkEmployerInvited(time, freeAt);
                draft.Reschedule(calendar.ToInstant(time), freeAt);
                break;
            case InvitationKind.CallBackOnOrAfter:
                Honour(draft, profile.ChooseReason(Requested, OnDateRcr, OnDateEtq), calendar.OpeningOn(invitation.Date!.Value));
                break;
            case InvitationKind.CallBackInAWeek:
                Honour(draft, profile.ChooseReason(Requested, InAWeek), calendar.OpeningOn(invitation.Date!.Value));
                break;
        }
    }

    private static void Honour(DecisionDraft draft, FollowUpReason reason, NodaTime.Instant from)
    {
        draft.MarkEmployerInvited(null, reason);
        draft.Reschedule(from, reason);
    }
}
