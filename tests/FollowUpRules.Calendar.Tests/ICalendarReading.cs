using FluentAssertions;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using NodaTime;
using Duration = NodaTime.Duration;
using IcsCalendar = Ical.Net.Calendar;

namespace FollowUpRules.Calendar.Tests;

/// <summary>
/// Reads exported iCalendar back with Ical.Net and resolves its date-times two independent ways:
/// as Ical.Net does (TZID looked up in tzdb) and as a client that knows only the document's own
/// VTIMEZONE does (RFC 5545: a repeated local time is its first occurrence, a skipped one takes the
/// offset before the gap).
/// </summary>
internal static class ICalendarReading
{
    public static IcsCalendar Parse(string text)
    {
        text.Should().Contain("\r\n", "iCalendar lines end in CRLF");
        return IcsCalendar.Load(text)!;
    }

    /// <summary>The instant Ical.Net reads.</summary>
    public static Instant ByIcalNet(CalDateTime value) => Instant.FromDateTimeUtc(DateTime.SpecifyKind(value.AsUtc, DateTimeKind.Utc));

    /// <summary>The instant the calendar's own VTIMEZONE gives (or the UTC value itself).</summary>
    public static Instant ByVTimeZone(IcsCalendar calendar, CalDateTime value)
    {
        if (value.IsUtc)
        {
            return ByIcalNet(value);
        }

        value.TzId.Should().NotBeNull("every exported date-time is in the office's zone or in UTC");
        var zone = calendar.TimeZones.Single(z => z.TzId == value.TzId);
        var local = new LocalDateTime(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second);
        var observances = zone.TimeZoneInfos
            .Select(o => new Observance(ToLocal(o.DtStart!), Offset.FromTimeSpan(o.OffsetFrom!.Offset), Offset.FromTimeSpan(o.OffsetTo!.Offset)))
            .OrderBy(o => o.Onset)
            .ToList();
        observances[0].OnsetLocal.Should().BeLessThanOrEqualTo(local, "the VTIMEZONE must cover every time it is used for");

        var candidates = new List<Instant>();
        for (var i = 0; i < observances.Count; i++)
        {
            var instant = local.InUtc().ToInstant() - Duration.FromTimeSpan(observances[i].To.ToTimeSpan());
            var next = i + 1 < observances.Count ? observances[i + 1].Onset : Instant.MaxValue;
            if (instant >= observances[i].Onset && instant < next)
            {
                candidates.Add(instant);
            }
        }

        if (candidates.Count > 0)
        {
            return candidates.Min();
        }

        // A skipped time: the observance whose onset it falls after, read with the offset before it.
        var gap = observances.Last(o => o.OnsetLocal <= local);
        return local.InUtc().ToInstant() - Duration.FromTimeSpan(gap.From.ToTimeSpan());
    }

    public static IEnumerable<CalendarEvent> Events(IcsCalendar calendar) => calendar.Events;

    private static LocalDateTime ToLocal(CalDateTime value) => new(value.Year, value.Month, value.Day, value.Hour, value.Minute, value.Second);

    /// <summary>One observance: its local onset (in the offset before it) and offsets.</summary>
    private sealed record Observance(LocalDateTime OnsetLocal, Offset From, Offset To)
    {
        public Instant Onset => OnsetLocal.InUtc().ToInstant() - Duration.FromTimeSpan(From.ToTimeSpan());
    }
}
