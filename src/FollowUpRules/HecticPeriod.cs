using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// A time the interviewer described as hectic (ETQ-05): certain days of the week, certain hours of
/// each day, or both, optionally limited to a range of dates (such as a quarter's closing week).
/// </summary>
/// <remarks>
/// <para>A date is hectic when it lies in <see cref="Dates"/> (if given) and its day of the week is in
/// <see cref="Days"/> (if any are given); on such a date, <see cref="Hours"/> (or the whole day) is avoided.</para>
/// <para>A period must narrow something: one that covers every hour of every day with no
/// <see cref="Dates"/> (nothing given, or the whole day on all seven days) would leave no time to call,
/// so a case holding one is invalid (<see cref="InvalidCaseException"/>, path
/// <c>office.hecticPeriods[i]</c>).</para>
/// </remarks>
public sealed record HecticPeriod
{
    private readonly IReadOnlyList<IsoDayOfWeek> _days = ValueList<IsoDayOfWeek>.Empty;

    /// <summary>Gets the days of the week that are hectic; empty means every day.</summary>
    /// <value>The default value is an empty list (every day).</value>
    public IReadOnlyList<IsoDayOfWeek> Days
    {
        get => _days;
        init => _days = ValueList<IsoDayOfWeek>.CopyOf(value);
    }

    /// <summary>Gets the hectic hours on those days; <see langword="null"/> means the whole day.</summary>
    /// <value>The default value is <see langword="null"/> (the whole day).</value>
    public TimeOfDayRange? Hours { get; init; }

    /// <summary>Gets the dates the period is limited to (inclusive); <see langword="null"/> means every week.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public DateInterval? Dates { get; init; }

    /// <summary>Gets what the interviewer said, for display.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Note { get; init; }

    /// <summary>Tells whether the period applies on <paramref name="date"/>.</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns><see langword="true"/> when the date is hectic at some hour.</returns>
    public bool AppliesOn(LocalDate date)
    {
        if (Dates is not null && !Dates.Contains(date))
        {
            return false;
        }

        var days = ((ValueList<IsoDayOfWeek>)_days).Items;
        if (days.Length == 0)
        {
            return true;
        }

        var dayOfWeek = date.DayOfWeek;
        foreach (var day in days)
        {
            if (day == dayOfWeek)
            {
                return true;
            }
        }

        return false;
    }
}
