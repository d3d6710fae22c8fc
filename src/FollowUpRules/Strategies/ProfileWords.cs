using System.Globalization;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// How reasons write a profile's numbers in plain English ("3 business days", "2 weeks", "90
/// minutes"), so that a reason states the value in force rather than an article's own figure. The
/// built-in strategies word their reasons with it; a host's strategy can do the same:
/// <c>new FollowUpReason(id, p =&gt; $"Wait {ProfileWords.Days(p.RedialAfterDays, p.DayCounting)}.")</c>.
/// </summary>
/// <remarks>English only, invariant culture; every method is pure.</remarks>
public static class ProfileWords
{
    /// <summary>Writes a number of things, adding an "s" unless there is exactly one.</summary>
    /// <param name="count">The number.</param>
    /// <param name="thing">The thing, singular, with a plural made by adding "s" ("voicemail", "business day").</param>
    /// <returns>For example "1 voicemail" or "2 voicemails".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="thing"/> is null.</exception>
    public static string Count(int count, string thing) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Guard.NotNull(thing) + (count == 1 ? string.Empty : "s");

    /// <summary>Writes a wait in days as the profile counts them (<see cref="FollowUpProfile.DayCounting"/>).</summary>
    /// <param name="days">The number of days.</param>
    /// <param name="counting">How they are counted.</param>
    /// <returns>For example "1 business day", "5 days", or "2 weeks" for 14 calendar days.</returns>
    public static string Days(int days, DayCounting counting) =>
        counting == DayCounting.BusinessDays ? Count(days, "business day")
        : days > 0 && days % 7 == 0 ? Count(days / 7, "week")
        : Count(days, "day");

    /// <summary>Writes a period of whole days, weeks, months or years (any time part is left out).</summary>
    /// <param name="period">The period, such as <see cref="FollowUpProfile.RoundInterval"/>.</param>
    /// <returns>For example "3 weeks", "1 month and 2 weeks" or "10 days"; "no time" for an empty period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static string Of(Period period)
    {
        var days = Guard.NotNull(period).Days;
        var weeks = period.Weeks;
        if (days > 0 && days % 7 == 0)
        {
            weeks += days / 7;
            days = 0;
        }

        var parts = new List<string>(4);
        Add(parts, period.Years, "year");
        Add(parts, period.Months, "month");
        Add(parts, weeks, "week");
        Add(parts, days, "day");
        return parts.Count switch
        {
            0 => "no time",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1],
        };
    }

    /// <summary>Writes a length of time in the largest whole unit that states it exactly (to the second).</summary>
    /// <param name="duration">The length, such as <see cref="FollowUpProfile.StartOfDaySpan"/>.</param>
    /// <returns>For example "2 hours", "90 minutes" or "45 seconds".</returns>
    public static string Of(Duration duration)
    {
        var seconds = (long)duration.TotalSeconds;
        return seconds % 3600 == 0 ? Count((int)(seconds / 3600), "hour")
            : seconds % 60 == 0 ? Count((int)(seconds / 60), "minute")
            : Count((int)seconds, "second");
    }

    /// <summary>Writes a time-of-day range.</summary>
    /// <param name="range">The range, such as <see cref="FollowUpProfile.LunchBlackout"/>.</param>
    /// <returns>For example "11:00 to 13:00", or "22:00 to 24:00" for one that ends at midnight.</returns>
    public static string Of(TimeOfDayRange range) => range.ToString().Replace("-", " to ");

    private static void Add(List<string> parts, int value, string unit)
    {
        if (value != 0)
        {
            parts.Add(Count(value, unit));
        }
    }
}
