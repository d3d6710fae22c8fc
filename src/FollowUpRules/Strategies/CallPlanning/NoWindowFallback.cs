using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.CallPlanning;

/// <summary>
/// When no window opens within the profile's <see cref="FollowUpProfile.CallWindowSearchDays"/>, looks
/// up to a year ahead: the decision is to wait for the next window, or, when the office's hours,
/// holidays and blackouts leave none within a year, to stop (FUR-06). Looking ahead at a call that is
/// not yet due, it stops at once when no window opens within a year of the call falling due, so the
/// stop does not turn into a wait once another attempt is recorded.
/// </summary>
public sealed class NoWindowFallback : CallPlanningStrategy
{
    /// <summary>No window in the search horizon, but a later one (FUR-06).</summary>
    public static readonly FollowUpReason NoWindow = new(RuleIds.Fur06, p => $"No call window opens within the profile's search horizon of {ProfileWords.Count(p.CallWindowSearchDays, "day")}; the next one is later, so wait for it.");

    /// <summary>No window within a year (FUR-06).</summary>
    public static readonly FollowUpReason NoWindowInAYear = new(RuleIds.Fur06, "The office's hours, holidays and blackouts leave no time to call within a year.");

    /// <summary>How far ahead a call is looked for at all before the follow-up stops for want of a window.</summary>
    private const int YearOfDays = 366;

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(NoWindowFallback),
        "Waits for the next window, or stops when none opens within a year.",
        [RuleIds.Fur06],
        [NoWindow, NoWindowInAYear],
        [ProfileSettings.CallWindowSearchDays]);

    /// <inheritdoc/>
    public override void Plan(CallPlanContext context, CallPlanDraft plan)
    {
        if (plan.WindowCount > 0 || plan.IsSettled)
        {
            return;
        }

        // A profile that already looks a year or more ahead has looked far enough.
        if (context.Profile.CallWindowSearchDays < YearOfDays)
        {
            var later = context.FindWindows(context.Now, YearOfDays, 1);
            if (later.Count > 0)
            {
                plan.WaitUntil(later[0].Start, NoWindow);
                return;
            }
        }

        plan.Stop(StopReason.NoCallWindow, NoWindowInAYear);
    }

    /// <inheritdoc/>
    public override void PlanAhead(CallPlanContext context, CallPlanDraft plan)
    {
        if (!plan.IsSettled && context.FindWindows(context.Earliest, YearOfDays, 1).Count == 0)
        {
            plan.Stop(StopReason.NoCallWindow, NoWindowInAYear);
        }
    }
}
