using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.CallPlanning;

/// <summary>
/// Proposes the first windows the office welcomes, up to the call's three (the proposed one and two
/// alternatives), within the profile's <see cref="FollowUpProfile.CallWindowSearchDays"/>: from now,
/// or after a window already planned. When the call has no earlier window, the reasons say what set
/// its start and end (opening hours, FUR-02, or a window strategy), which window strategies and
/// holidays (FUR-03) pushed it later, and whether a window too short to offer was passed over (FUR-11).
/// </summary>
/// <remarks>
/// It cites the window search's own reasons (<see cref="WindowSearchReasons"/>), which every policy
/// declares after its window strategies' reasons.
/// </remarks>
public sealed class OpenWindows : CallPlanningStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(OpenWindows),
        "Proposes the first windows the office welcomes.",
        [RuleIds.Fur02, RuleIds.Fur03, RuleIds.Fur11],
        [],
        [ProfileSettings.CallWindowSearchDays, ProfileSettings.MinimumCallWindow]);

    /// <inheritdoc/>
    public override void Plan(CallPlanContext context, CallPlanDraft plan)
    {
        if (plan.IsFull || plan.IsSettled)
        {
            return;
        }

        var planned = plan.WindowCount;
        var from = planned > 0 ? plan.Window(planned - 1).End : context.Now;
        var found = context.FindWindows(from, context.Profile.CallWindowSearchDays, CallPlanDraft.MaxWindows - planned);
        if (found.Count == 0)
        {
            return;
        }

        if (planned == 0)
        {
            var first = found[0];
            if (first.StartShapedBy is { } start)
            {
                plan.Because(start);
            }

            if (first.EndShapedBy is { } end)
            {
                plan.Because(end);
            }

            plan.Because(found.BlockedBy);
            if (found.SkippedShortWindow)
            {
                plan.Because(WindowSearchReasons.TooShort);
            }

            if (found.SkippedHoliday)
            {
                plan.Because(WindowSearchReasons.Holiday);
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            plan.AddWindow(found[i]);
        }
    }
}
