using System.Globalization;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// How reasons write a profile's numbers in plain English ("3 business days", "2 weeks", "90
/// minutes"), so that a reason states the value in force rather than an article's own figure.
/// </summary>
internal static class ProfileWords
{
    /// <summary>A number of things: "1 voicemail", "2 voicemails".</summary>
    public static string Count(int count, string thing) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + thing + (count == 1 ? string.Empty : "s");

    /// <summary>A wait in days as the profile counts them: "1 business day", "5 days", "2 weeks".</summary>
    public static string Days(int days, DayCounting counting) =>
        counting == DayCounting.BusinessDays ? Count(days, "business day")
        : days > 0 && days % 7 == 0 ? Count(days / 7, "week")
        : Count(days, "day");

    /// <summary>A period: "3 weeks", "1 month and 2 weeks", "10 days".</summary>
    public static string Of(Period period)
    {
        var days = period.Days;
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

    /// <summary>A length of time: "2 hours", "90 minutes", "45 seconds".</summary>
    public static string Of(Duration duration)
    {
        var seconds = (long)duration.TotalSeconds;
        return seconds % 3600 == 0 ? Count((int)(seconds / 3600), "hour")
            : seconds % 60 == 0 ? Count((int)(seconds / 60), "minute")
            : Count((int)seconds, "second");
    }

    /// <summary>A time of day range: "11:00 to 13:00".</summary>
    public static string Of(TimeOfDayRange range) => range.ToString().Replace("-", " to ");

    private static void Add(List<string> parts, int value, string unit)
    {
        if (value != 0)
        {
            parts.Add(Count(value, unit));
        }
    }
}
