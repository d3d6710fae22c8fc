using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Honours a call back the interviewer asked for at the interview: on a given date, or within a
/// number of days (ETQ-10, RCR-02). The request overrides the profile's own wait and call limit;
/// a call "within N days" keeps the profile's wait when that still lands inside the period, and
/// otherwise goes on the last day of the period the office is open.
/// </summary>
public sealed class InterviewCallBackRequest : DecisionStrategy
{
    /// <summary>Asked to call within a period (ETQ-10).</summary>
    public static readonly FollowUpReason WithinPeriod = new(RuleIds.Etq10, "The interviewer asked for a call back within a set number of days, so the call falls inside that period.");

    /// <summary>Asked to call on a date (ETQ-10).</summary>
    public static readonly FollowUpReason OnDateEtq = new(RuleIds.Etq10, "The interviewer asked for a call back on a set date, so the call is that day.");

    /// <summary>The company said when to call (RCR-02).</summary>
    public static readonly FollowUpReason OnDateRcr = new(RuleIds.Rcr02, "The company said when to call, which overrides the usual one to two weeks.");

    /// <summary>The employer's request comes first (FUR-14).</summary>
    public static readonly FollowUpReason Requested = new(RuleIds.Fur14, "The employer asked for this call back, which comes before the profile's own timing.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(InterviewCallBackRequest),
        "Calls back when the interviewer asked to be called, on a date or within some days.",
        [RuleIds.Etq10, RuleIds.Rcr02, RuleIds.Fur14],
        [WithinPeriod, OnDateEtq, OnDateRcr, Requested],
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
        switch (invitation.Kind)
        {
            case InvitationKind.CallBackOn:
                var onDate = profile.ChooseReason(Requested, OnDateEtq, OnDateRcr);
                draft.MarkEmployerInvited(null, onDate);
                draft.Reschedule(context.Calendar.OpeningOn(invitation.Date ?? context.InterviewDate), onDate);
                break;
            case InvitationKind.CallBackWithinDays when invitation.Date is { } lastDay:
                var within = profile.ChooseReason(Requested, WithinPeriod, OnDateRcr);
                draft.MarkEmployerInvited(null, within);
                // Keep the profile's own wait when it still lands inside the period; otherwise call
                // on the last day of the period the office is open (or the day after the interview).
                var calendar = context.Calendar;
                if (draft.Earliest > calendar.OpeningOn(lastDay))
                {
                    var interviewDate = context.InterviewDate;
                    var target = interviewDate.PlusDays(1);
                    for (var day = lastDay; day > interviewDate; day = day.PlusDays(-1))
                    {
                        if (calendar.IsOpen(day))
                        {
                            target = day;
                            break;
                        }
                    }

                    draft.Reschedule(calendar.OpeningOn(target), within);
                }

                break;
        }
    }
}
