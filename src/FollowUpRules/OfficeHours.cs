using System.Text;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// The employer office's opening hours for each day of the week: a day with no ranges is not a
/// working day, and a working day may have several ranges (for example 08:00–12:00 and 13:00–17:00).
/// </summary>
/// <remarks>
/// <para>Immutable, with value equality. Build one with <see cref="Weekdays"/>, <see cref="Create"/>
/// or <see cref="With(IsoDayOfWeek, TimeOfDayRange[])"/>.</para>
/// <para>Ranges are wall-clock times in the office's time zone (see <see cref="TimeOfDayRange"/>).
/// They are kept in the order given; validation reports ranges that overlap or whose end precedes
/// their start, and the engine reads them in start order.</para>
/// </remarks>
public sealed class OfficeHours : IEquatable<OfficeHours>
{
    private static readonly string[] ShortNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    private readonly ValueList<TimeOfDayRange>[] _days;
    private readonly TimeOfDayRange[][] _sorted;

    private OfficeHours(ValueList<TimeOfDayRange>[] days)
    {
        _days = days;
        IsWellFormed = WorkOutWellFormed(days);
        _sorted = new TimeOfDayRange[7][];
        for (var i = 0; i < 7; i++)
        {
            _sorted[i] = days[i].Items.OrderBy(r => r.StartNanoseconds).ThenBy(r => r.EndNanoseconds).ToArray();
        }
    }

    /// <summary>Gets hours with no working day at all; a starting point for <see cref="With(IsoDayOfWeek, TimeOfDayRange[])"/>.</summary>
    public static OfficeHours Closed { get; } = new(Enumerable.Repeat(ValueList<TimeOfDayRange>.Empty, 7).ToArray());

    /// <summary>Gets the working days, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> WorkingDays =>
        Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(IsWorkingDay).ToList();

    /// <summary>Gets the ranges of <paramref name="day"/>, in the order given; empty when the office is closed that day.</summary>
    /// <param name="day">The day of the week.</param>
    public IReadOnlyList<TimeOfDayRange> this[IsoDayOfWeek day] => _days[Index(day)];

    /// <summary>Creates hours that are the same on every day listed, Monday to Friday 09:00–17:00 being the common case.</summary>
    /// <param name="days">The working days.</param>
    /// <param name="ranges">The ranges for each of those days.</param>
    /// <returns>The office hours.</returns>
    public static OfficeHours Create(IEnumerable<IsoDayOfWeek> days, params TimeOfDayRange[] ranges)
    {
        Guard.NotNull(days);
        var result = Closed;
        foreach (var day in days)
        {
            result = result.With(day, ranges);
        }

        return result;
    }

    /// <summary>Creates Monday-to-Friday hours with one range a day.</summary>
    /// <param name="opens">The opening time.</param>
    /// <param name="closes">The closing time.</param>
    /// <returns>The office hours.</returns>
    public static OfficeHours Weekdays(LocalTime opens, LocalTime closes) =>
        Create(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            new TimeOfDayRange(opens, closes));

    /// <summary>Returns a copy whose hours on <paramref name="day"/> are <paramref name="ranges"/> (none: closed that day).</summary>
    /// <param name="day">The day of the week to set.</param>
    /// <param name="ranges">The ranges for that day.</param>
    /// <returns>A new <see cref="OfficeHours"/>; this instance is unchanged.</returns>
    public OfficeHours With(IsoDayOfWeek day, params TimeOfDayRange[] ranges) => With(day, (IEnumerable<TimeOfDayRange>)ranges);

    /// <summary>Returns a copy whose hours on <paramref name="day"/> are <paramref name="ranges"/> (none: closed that day).</summary>
    /// <param name="day">The day of the week to set.</param>
    /// <param name="ranges">The ranges for that day.</param>
    /// <returns>A new <see cref="OfficeHours"/>; this instance is unchanged.</returns>
    public OfficeHours With(IsoDayOfWeek day, IEnumerable<TimeOfDayRange> ranges)
    {
        var index = Index(day);
        var days = (ValueList<TimeOfDayRange>[])_days.Clone();
        days[index] = ValueList<TimeOfDayRange>.CopyOf(ranges);
        return new OfficeHours(days);
    }

    /// <summary>Tells whether the office opens at all on <paramref name="day"/>.</summary>
    /// <param name="day">The day of the week.</param>
    /// <returns><see langword="true"/> when the day has at least one range.</returns>
    public bool IsWorkingDay(IsoDayOfWeek day) => _days[Index(day)].Count > 0;

    /// <summary>The ranges of a day sorted by start, for the engine.</summary>
    internal TimeOfDayRange[] Sorted(IsoDayOfWeek day) => _sorted[(int)day - 1];

    /// <summary>
    /// Gets a value indicating whether the hours pass validation: open on some day, every range
    /// ending after it starts, no two ranges of a day overlapping. Worked out once, as the hours are
    /// immutable, so that validating a case need not walk them again.
    /// </summary>
    internal bool IsWellFormed { get; }

    private static bool WorkOutWellFormed(ValueList<TimeOfDayRange>[] days)
    {
        var working = false;
        foreach (var day in days)
        {
            var ranges = day.Items;
            working |= ranges.Length > 0;
            for (var i = 0; i < ranges.Length; i++)
            {
                if (!ranges[i].IsValid)
                {
                    return false;
                }

                for (var j = 0; j < i; j++)
                {
                    if (ranges[j].Overlaps(ranges[i]))
                    {
                        return false;
                    }
                }
            }
        }

        return working;
    }

    /// <inheritdoc/>
    public bool Equals(OfficeHours? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null)
        {
            return false;
        }

        for (var i = 0; i < 7; i++)
        {
            if (!_days[i].Equals(other._days[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OfficeHours);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 19;
            foreach (var day in _days)
            {
                hash = (hash * 31) + day.GetHashCode();
            }

            return hash;
        }
    }

    /// <summary>Lists the working days with their ranges, for example <c>Mon 09:00-17:00; Tue 09:00-17:00</c>.</summary>
    /// <returns>The hours as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 7; i++)
        {
            if (_days[i].Count == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append("; ");
            }

            text.Append(ShortNames[i]).Append(' ')
                .Append(string.Join(", ", _days[i].Items));
        }

        return text.Length == 0 ? "closed every day" : text.ToString();
    }

    private static int Index(IsoDayOfWeek day)
    {
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A day of the week must be Monday to Sunday.");
        }

        return (int)day - 1;
    }
}
