using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Duration = NodaTime.Duration;

namespace FollowUpRules.Calendar;

/// <summary>
/// A VTIMEZONE written from the zone's own tzdb rules (NodaTime's zone intervals), one observance
/// per offset change, so it says exactly what tzdb says about the span it covers.
/// </summary>
/// <remarks>
/// Each zone interval overlapping the span becomes a STANDARD observance (or DAYLIGHT, when the
/// interval has daylight savings) whose DTSTART is the transition's local time in the offset before
/// it (RFC 5545, 3.6.5), with TZOFFSETFROM, TZOFFSETTO and the interval's abbreviation as TZNAME. No
/// RRULE is written: a rule would describe transitions beyond the span, which tzdb may change, and
/// could not describe irregular ones (a change at midnight one year and at 03:00 the next).
/// </remarks>
internal static class TimeZoneComponent
{
    /// <summary>The onset written for an interval that has no start (a zone that never changed).</summary>
    private static readonly LocalDateTime NoStart = new(1601, 1, 1, 0, 0);

    /// <summary>Builds the VTIMEZONE of <paramref name="zone"/> for every instant from <paramref name="earliest"/> to <paramref name="latest"/> inclusive.</summary>
    public static VTimeZone Create(DateTimeZone zone, Instant earliest, Instant latest)
    {
        var component = new VTimeZone(zone.Id);
        foreach (var interval in zone.GetZoneIntervals(new Interval(earliest, latest + Duration.Epsilon)))
        {
            var before = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset : interval.WallOffset;
            var onset = interval.HasStart ? interval.Start.WithOffset(before).LocalDateTime : NoStart;
            component.TimeZoneInfos.Add(new VTimeZoneInfo(interval.Savings > Offset.Zero ? Components.Daylight : Components.Standard)
            {
                TimeZoneName = interval.Name,
                OffsetFrom = new UtcOffset(before.ToTimeSpan()),
                OffsetTo = new UtcOffset(interval.WallOffset.ToTimeSpan()),
                DtStart = new CalDateTime(onset.Year, onset.Month, onset.Day, onset.Hour, onset.Minute, onset.Second, null),
            });
        }

        return component;
    }
}
