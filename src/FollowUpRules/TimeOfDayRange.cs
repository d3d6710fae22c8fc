using System.Globalization;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// A half-open span of wall-clock time within one day, such as opening hours (09:00–17:00) or a
/// blackout (11:00–13:00).
/// </summary>
/// <remarks>
/// <para>
/// The span is half-open: <see cref="Start"/> is inside it and <see cref="End"/> is not, so
/// 09:00–12:00 and 12:00–17:00 meet without overlapping.
/// </para>
/// <para>
/// An <see cref="End"/> of <see cref="LocalTime.Midnight"/> means midnight at the <em>end</em> of
/// the day (24:00): 22:00–00:00 runs to the end of the day and 00:00–00:00 is the whole day
/// (<see cref="WholeDay"/>). A span never crosses midnight; a night shift is two spans on two days.
/// </para>
/// <para>
/// Construction never throws: a span whose end precedes its start can be built so that a case or
/// profile carrying one is reported with every other problem at once (see
/// <see cref="IsValid"/>).
/// </para>
/// </remarks>
public readonly struct TimeOfDayRange : IEquatable<TimeOfDayRange>
{
    /// <summary>The number of nanoseconds in a day, the exclusive end of the whole day.</summary>
    internal const long NanosecondsPerDay = 86_400_000_000_000L;

    /// <summary>Initializes a new instance of the <see cref="TimeOfDayRange"/> struct.</summary>
    /// <param name="start">The first moment inside the span.</param>
    /// <param name="end">The first moment after the span; <see cref="LocalTime.Midnight"/> means the end of the day.</param>
    public TimeOfDayRange(LocalTime start, LocalTime end)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the span covering the whole day, 00:00–24:00.</summary>
    public static TimeOfDayRange WholeDay => new(LocalTime.Midnight, LocalTime.Midnight);

    /// <summary>Gets the first moment inside the span.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the first moment after the span; <see cref="LocalTime.Midnight"/> means the end of the day.</summary>
    public LocalTime End { get; }

    /// <summary>Gets a value indicating whether the span runs to the end of the day (its end is written 24:00).</summary>
    public bool EndsAtEndOfDay => End == LocalTime.Midnight;

    /// <summary>
    /// Gets a value indicating whether the span is well formed: its end comes after its start, or it
    /// runs to the end of the day.
    /// </summary>
    public bool IsValid => EndsAtEndOfDay || Start < End;

    /// <summary>Gets the length of the span; zero or negative when the span is not valid.</summary>
    public Duration Length => Duration.FromNanoseconds(EndNanoseconds - StartNanoseconds);

    /// <summary>Gets how long after midnight the span starts.</summary>
    public Duration StartAfterMidnight => Duration.FromNanoseconds(StartNanoseconds);

    /// <summary>Gets how long after midnight the span ends: a whole day (24 hours) when it runs to the end of the day.</summary>
    public Duration EndAfterMidnight => Duration.FromNanoseconds(EndNanoseconds);

    /// <summary>Builds a span from how long after midnight it starts and ends, each clamped to the day (0 to 24 hours).</summary>
    /// <param name="start">How long after midnight the span starts.</param>
    /// <param name="end">How long after midnight it ends; 24 hours or more means the end of the day.</param>
    /// <returns>The span; an empty one, which is not valid (<see cref="IsValid"/>), when the end, once clamped, is not after the start.</returns>
    public static TimeOfDayRange AfterMidnight(Duration start, Duration end)
    {
        var from = Clamp(start.ToInt64Nanoseconds());
        var to = Clamp(end.ToInt64Nanoseconds());
        return to > from ? FromNanoseconds(from, to) : new TimeOfDayRange(LocalTime.MaxValue, LocalTime.MaxValue);
    }

    /// <summary>Tells whether the span ends after <paramref name="time"/>: some of it is at or after that time.</summary>
    /// <param name="time">The wall-clock time.</param>
    /// <returns><see langword="true"/> when the end (24:00 for the end of the day) is later than <paramref name="time"/>.</returns>
    public bool EndsAfter(LocalTime time) => EndNanoseconds > time.NanosecondOfDay;

    /// <summary>Gets the start as nanoseconds since midnight.</summary>
    internal long StartNanoseconds => Start.NanosecondOfDay;

    /// <summary>Gets the end as nanoseconds since midnight, 24:00 being <see cref="NanosecondsPerDay"/>.</summary>
    internal long EndNanoseconds => EndsAtEndOfDay ? NanosecondsPerDay : End.NanosecondOfDay;

    /// <summary>Tells whether <paramref name="time"/> lies in the span (start inclusive, end exclusive).</summary>
    /// <param name="time">The wall-clock time.</param>
    /// <returns><see langword="true"/> when the time is inside the span.</returns>
    public bool Contains(LocalTime time)
    {
        var nanos = time.NanosecondOfDay;
        return nanos >= StartNanoseconds && nanos < EndNanoseconds;
    }

    /// <summary>Tells whether this span shares any moment with <paramref name="other"/>.</summary>
    /// <param name="other">The other span.</param>
    /// <returns><see langword="true"/> when the spans overlap.</returns>
    public bool Overlaps(TimeOfDayRange other) =>
        StartNanoseconds < other.EndNanoseconds && other.StartNanoseconds < EndNanoseconds;

    /// <summary>Builds a span from nanoseconds since midnight (the end may be a whole day).</summary>
    internal static TimeOfDayRange FromNanoseconds(long start, long end) =>
        new(TimeOfDay(start), end >= NanosecondsPerDay ? LocalTime.Midnight : TimeOfDay(end));

    private static long Clamp(long nanoseconds) => nanoseconds < 0 ? 0 : nanoseconds > NanosecondsPerDay ? NanosecondsPerDay : nanoseconds;

    /// <summary>Converts nanoseconds since midnight (below a day) into a time of day.</summary>
    internal static LocalTime TimeOfDay(long nanoseconds) => LocalTime.FromNanosecondsSinceMidnight(nanoseconds);

    /// <inheritdoc/>
    public bool Equals(TimeOfDayRange other) => Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TimeOfDayRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((Start.GetHashCode() * 397) ^ End.GetHashCode());

    /// <summary>Formats the span as <c>HH:mm-HH:mm</c>, writing an end-of-day end as 24:00.</summary>
    /// <returns>The span as text, for example <c>09:00-17:00</c> or <c>22:00-24:00</c>.</returns>
    public override string ToString() =>
        FormatTime(Start) + "-" + (EndsAtEndOfDay ? "24:00" : FormatTime(End));

    /// <summary>Tests two spans for equality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when both spans have the same start and end.</returns>
    public static bool operator ==(TimeOfDayRange left, TimeOfDayRange right) => left.Equals(right);

    /// <summary>Tests two spans for inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when the spans differ.</returns>
    public static bool operator !=(TimeOfDayRange left, TimeOfDayRange right) => !left.Equals(right);

    private static string FormatTime(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : time.ToString("HH:mm:ss.FFFFFFFFF", CultureInfo.InvariantCulture);
}
