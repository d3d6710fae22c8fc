using Ical.Net.DataTypes;
using NodaTime;
using Duration = NodaTime.Duration;
using NodaTime.TimeZones;

namespace FollowUpRules.Calendar;

/// <summary>
/// Instants as iCalendar DATE-TIME values: office wall-clock time with the zone's TZID where that
/// reads back as the same instant, UTC otherwise.
/// </summary>
/// <remarks>
/// RFC 5545 (3.3.5) reads a local time that occurs twice as its first occurrence and one the clock
/// skips with the offset in force before the gap: NodaTime's lenient resolver. An instant in the
/// second occurrence of a repeated hour has no local time that reads back as itself, so it is
/// written in UTC, which every reader takes as it is.
/// </remarks>
internal static class ICalendarTime
{
    private const string UtcId = "UTC";

    /// <summary>Gets <paramref name="instant"/> as a DATE-TIME in <paramref name="zone"/>, or in UTC when its local time would read back as another instant.</summary>
    public static CalDateTime In(Instant instant, DateTimeZone zone)
    {
        CheckYear(instant);
        var local = instant.InZone(zone).LocalDateTime;
        return zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant() == instant
            ? new CalDateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second, zone.Id)
            : Utc(instant);
    }

    /// <summary>Gets <paramref name="instant"/> as a UTC DATE-TIME.</summary>
    public static CalDateTime Utc(Instant instant)
    {
        CheckYear(instant);
        var utc = instant.InUtc();
        return new CalDateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, UtcId);
    }

    /// <summary>Gets the first whole second at or after <paramref name="instant"/>: iCalendar times have no fractions.</summary>
    public static Instant Ceiling(Instant instant)
    {
        var floor = Floor(instant);
        return floor == instant ? instant : floor + Duration.FromSeconds(1);
    }

    /// <summary>Gets the last whole second at or before <paramref name="instant"/>.</summary>
    public static Instant Floor(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        var remainder = ticks % NodaConstants.TicksPerSecond;
        return Instant.FromUnixTimeTicks(ticks - (remainder < 0 ? remainder + NodaConstants.TicksPerSecond : remainder));
    }

    private static void CheckYear(Instant instant)
    {
        // The widest offset is 18 hours, so a day's margin keeps every local reading in range.
        if (instant < Instant.FromUtc(1, 1, 2, 0, 0) || instant >= Instant.FromUtc(9999, 12, 31, 0, 0))
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "iCalendar writes years 0001 to 9999 only.");
        }
    }
}
