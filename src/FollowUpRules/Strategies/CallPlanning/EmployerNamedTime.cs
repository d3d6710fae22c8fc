using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.CallPlanning;

/// <summary>
/// Places the call at the time the employer named, for the profile's
/// <see cref="FollowUpProfile.InvitedCallLength"/>, even inside a usual blackout (FUR-12): a window of
/// quality <see cref="CallWindowQuality.Requested"/> whose start cites the decision's invitation reason.
/// A named time already past adds nothing, and the call goes to the first window the office welcomes.
/// </summary>
public sealed class EmployerNamedTime : CallPlanningStrategy
{
    /// <summary>A window at the time the employer named (FUR-12).</summary>
    public static readonly FollowUpReason AtNamedTime = new(RuleIds.Fur12, "The window is at the time the employer named, even if that falls inside a usual blackout.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(EmployerNamedTime),
        "Places the call at the time the employer named.",
        [RuleIds.Fur12],
        [AtNamedTime],
        [ProfileSettings.InvitedCallLength]);

    /// <inheritdoc/>
    public override void Plan(CallPlanContext context, CallPlanDraft plan)
    {
        if (context.InvitedTime is not { } named || plan.IsSettled)
        {
            return;
        }

        var end = named.PlusNanoseconds(context.Profile.InvitedCallLength.ToInt64Nanoseconds());
        var windows = context.Calendar.MapToWindows(named, end, CallWindowQuality.Requested, context.InvitationReason, AtNamedTime, context.Now);
        for (var i = 0; i < windows.Count && !plan.IsFull; i++)
        {
            plan.AddWindow(windows[i]);
        }

        if (windows.Count > 0)
        {
            plan.Because(AtNamedTime);
        }
    }
}
