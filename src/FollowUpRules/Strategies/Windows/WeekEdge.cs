using NodaTime;

namespace FollowUpRules.Strategies.Windows;

/// <summary>The span at one edge of an office day that the week-edge blackouts keep clear: the first or the last stretch of the working day.</summary>
internal static class WeekEdge
{
    /// <summary>
    /// Blocks <paramref name="length"/> from the day's opening (or up to its closing) when the day is
    /// the week's edge and a length is set; reports it when it ends after <paramref name="from"/>.
    /// </summary>
    public static bool TryBlock(in CallDay day, LocalTime from, bool isEdge, Duration? length, bool atOpening, out TimeOfDayRange block)
    {
        block = default;
        if (!isEdge || length is not { } span)
        {
            return false;
        }

        var workingDay = day.WorkingDay;
        block = atOpening
            ? TimeOfDayRange.AfterMidnight(workingDay.StartAfterMidnight, workingDay.StartAfterMidnight + span)
            : TimeOfDayRange.AfterMidnight(workingDay.EndAfterMidnight - span, workingDay.EndAfterMidnight);
        return block.EndsAfter(from);
    }
}
