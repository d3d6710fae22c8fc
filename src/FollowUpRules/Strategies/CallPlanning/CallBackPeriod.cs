using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.CallPlanning;

/// <summary>
/// Says so when a call back the interviewer asked for "within N days" (ETQ-10) cannot be made inside
/// the period: the office's hours, holidays or blackouts leave no window that starts before
/// <see cref="CallBackInvitation.PeriodEnd"/>, or the decision comes after it. The call is then the
/// earliest allowed window after the period (FUR-14 keeps it a requested call), as docs/time.md reads it.
/// </summary>
public sealed class CallBackPeriod : CallPlanningStrategy
{
    /// <summary>No window inside the period; the earliest after it (ETQ-10).</summary>
    public static readonly FollowUpReason AfterThePeriod = new(RuleIds.Etq10, "No allowed time to call is left inside the period the interviewer gave, so the call is the earliest allowed time after it.");

    /// <summary>No window inside the period, under profiles that do not follow ETQ (FUR-14).</summary>
    public static readonly FollowUpReason AfterThePeriodLibrary = new(RuleIds.Fur14, "No allowed time to call is left inside the period the employer gave, so the call is the earliest allowed time after it.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(CallBackPeriod),
        "Says when a call back asked for within a number of days falls after the period.",
        [RuleIds.Etq10, RuleIds.Fur14],
        [AfterThePeriod, AfterThePeriodLibrary]);

    /// <inheritdoc/>
    public override void Plan(CallPlanContext context, CallPlanDraft plan)
    {
        if (plan.WindowCount == 0 || plan.IsSettled || !context.EmployerInvited
            || context.History.PendingInvitation is not { Kind: InvitationKind.CallBackWithinDays, PeriodEnd: { } end }
            || plan.Window(0).Start < end)
        {
            return;
        }

        plan.Because(context.Profile.ChooseReason(AfterThePeriodLibrary, AfterThePeriod));
    }
}
