using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using Ical.Net.CalendarComponents;
using NodaTime;
using static FollowUpRules.Calendar.Tests.ICalendarReading;

namespace FollowUpRules.Calendar.Tests;

/// <summary>
/// Exports calls whose windows end at, start at, span or lie inside a daylight-saving change, parses
/// each calendar back with Ical.Net and checks every date-time against the decision's instants twice:
/// as Ical.Net resolves the TZID (tzdb) and as the calendar's own VTIMEZONE says. Four zones:
/// London and New York (an hour at 01:00 or 02:00), Lord Howe Island (half an hour) and Santiago
/// (at midnight, so a day starts in the gap or its last hour repeats).
/// </summary>
public sealed class ExportDaylightSavingTests
{
    private static readonly IsoDayOfWeek[] EveryDay =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <summary>CBR's profile has no blackout of its own: only the office hours and daylight saving shape the windows.</summary>
    private static readonly FollowUpPolicy Bare = FollowUpPolicy.Create(FollowUpProfiles.Cbr);

    public static TheoryData<string, string, LocalDate> Transitions => new()
    {
        { "London spring forward 2026 (01:00 becomes 02:00)", "Europe/London", new LocalDate(2026, 3, 29) },
        { "London fall back 2026 (01:00 to 02:00 repeats)", "Europe/London", new LocalDate(2026, 10, 25) },
        { "New York spring forward 2026 (02:00 becomes 03:00)", "America/New_York", new LocalDate(2026, 3, 8) },
        { "New York fall back 2026 (01:00 to 02:00 repeats)", "America/New_York", new LocalDate(2026, 11, 1) },
        { "Lord Howe fall back 2026 (01:30 to 02:00 repeats)", "Australia/Lord_Howe", new LocalDate(2026, 4, 5) },
        { "Lord Howe spring forward 2026 (02:00 becomes 02:30)", "Australia/Lord_Howe", new LocalDate(2026, 10, 4) },
        { "Santiago fall back 2026 (Saturday 23:00 to midnight repeats)", "America/Santiago", new LocalDate(2026, 4, 4) },
        { "Santiago spring forward 2026 (Sunday starts at 01:00)", "America/Santiago", new LocalDate(2026, 9, 6) },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Write_WindowsAroundTheChange_ReadBackAsTheDecidedInstantsBothWays(string name, string zoneId, LocalDate day)
    {
        var (zone, change) = ChangeOn(zoneId, day);
        var shift = change.WallOffset - zone.GetUtcOffset(change.Start - Duration.Epsilon);
        var length = Duration.FromTicks(Math.Abs(shift.Ticks));
        var t = change.Start;
        var windows = new[]
        {
            Window(zone, t - Duration.FromHours(1), t),                // ends as the clock changes
            Window(zone, t, t + Duration.FromHours(1)),                // starts as it changes
            Window(zone, t - Duration.FromMinutes(20), t + Duration.FromMinutes(20)), // spans the change
            Window(zone, t + (length / 2), t + length + Duration.FromMinutes(10)), // fall back: starts in the second pass
        };

        foreach (var window in windows)
        {
            var (calendar, item) = ExportCall(zoneId, window);

            ByIcalNet(item.DtStart!).Should().Be(window.Start, "{0}, Ical.Net, start of {1}", name, window);
            ByIcalNet(item.DtEnd!).Should().Be(window.End, "{0}, Ical.Net, end of {1}", name, window);
            ByVTimeZone(calendar, item.DtStart!).Should().Be(window.Start, "{0}, VTIMEZONE, start of {1}", name, window);
            ByVTimeZone(calendar, item.DtEnd!).Should().Be(window.End, "{0}, VTIMEZONE, end of {1}", name, window);
        }
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Write_AroundTheChange_VTimeZoneHasTzdbsTransitionExactly(string name, string zoneId, LocalDate day)
    {
        var (zone, change) = ChangeOn(zoneId, day);
        var before = zone.GetUtcOffset(change.Start - Duration.Epsilon);

        var (calendar, _) = ExportCall(zoneId, Window(zone, change.Start - Duration.FromHours(2), change.Start + Duration.FromHours(2)));

        var observance = calendar.TimeZones.Single().TimeZoneInfos.Should().ContainSingle(o => o.OffsetTo!.Offset == change.WallOffset.ToTimeSpan(), name).Subject;
        observance.OffsetFrom!.Offset.Should().Be(before.ToTimeSpan());
        var onset = new LocalDateTime(observance.DtStart!.Year, observance.DtStart.Month, observance.DtStart.Day, observance.DtStart.Hour, observance.DtStart.Minute, observance.DtStart.Second);
        onset.Should().Be(change.Start.WithOffset(before).LocalDateTime, "{0}: the onset is the change's local time in the offset before it", name);
        observance.Name.Should().Be(change.Savings > Offset.Zero ? "DAYLIGHT" : "STANDARD");
        observance.TimeZoneName.Should().Be(change.Name);
    }

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Write_DecidedCallsOverTheChange_ReadBackAsTheDecidedInstants(string name, string zoneId, LocalDate day)
    {
        var builder = CaseBuilder.In(zoneId, day.PlusDays(-10).At(new LocalTime(10, 0)))
            .WithHours(OfficeHours.Create(EveryDay, new TimeOfDayRange(LocalTime.Midnight, LocalTime.Midnight)));
        var followUp = builder.Build();
        var zone = builder.Zone;
        var now = day.PlusDays(-1).AtStartOfDayInZone(zone).ToInstant();
        var windows = Bare.FindCallWindows(followUp, now, 6);
        var change = ChangeOn(zoneId, day).Change.Start;
        windows.Should().Contain(w => w.Start <= change && change <= w.End, "{0}: a window runs up to, over or from the change", name);

        var call = Bare.Decide(followUp, now).Should().BeOfType<NextAction.Call>().Subject;
        var calendar = Parse(new CalendarExporter(Bare).Write(followUp, call, now));
        var exported = calendar.Events.OrderBy(e => ByIcalNet(e.DtStart!)).ToList();
        var decided = new[] { call.Window }.Concat(call.Alternatives).ToList();
        exported.Select(e => ByIcalNet(e.DtStart!)).Should().Equal(decided.Select(w => w.Start), name);
        exported.Select(e => ByVTimeZone(calendar, e.DtEnd!)).Should().Equal(decided.Select(w => w.End), name);

        foreach (var window in windows)
        {
            var (single, item) = ExportCall(zoneId, window);
            ByVTimeZone(single, item.DtStart!).Should().Be(window.Start, "{0}: {1}", name, window);
            ByVTimeZone(single, item.DtEnd!).Should().Be(window.End, "{0}: {1}", name, window);
            ByIcalNet(item.DtEnd!).Should().Be(window.End, "{0}: {1}", name, window);
        }
    }

    [Fact]
    public void Write_StartInTheSecondPassOfARepeatedHour_WrittenInUtc()
    {
        // London, 25 October 2026: 01:15 happens at 00:15 UTC (BST) and again at 01:15 UTC (GMT).
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var second = Instant.FromUtc(2026, 10, 25, 1, 15);

        var (calendar, item) = ExportCall("Europe/London", Window(zone, second, second + Duration.FromHours(1)));

        item.DtStart!.IsUtc.Should().BeTrue("TZID=Europe/London:20261025T011500 would read as the first pass");
        ByIcalNet(item.DtStart).Should().Be(second);
        ByVTimeZone(calendar, item.DtStart).Should().Be(second);
        item.DtEnd!.TzId.Should().Be("Europe/London", "02:15 happens once");
        ByVTimeZone(calendar, item.DtEnd).Should().Be(second + Duration.FromHours(1));
    }

    private static (DateTimeZone Zone, NodaTime.TimeZones.ZoneInterval Change) ChangeOn(string zoneId, LocalDate day)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var from = day.AtMidnight().InUtc().ToInstant() - Duration.FromDays(1);
        var change = zone.GetZoneIntervals(new Interval(from, from + Duration.FromDays(3))).Skip(1).First();
        return (zone, change);
    }

    private static CallWindow Window(DateTimeZone zone, Instant start, Instant end) =>
        new(start, end, zone.GetUtcOffset(start), zone.GetUtcOffset(end - Duration.Epsilon), CallWindowQuality.Allowed);

    private static (Ical.Net.Calendar Calendar, CalendarEvent Item) ExportCall(string zoneId, CallWindow window)
    {
        var followUp = CaseBuilder.In(zoneId, window.Start.InUtc().LocalDateTime.PlusDays(-5)).Build();
        var call = Examples.CallIn(window);
        var calendar = Parse(new CalendarExporter(FollowUpPolicy.Default).Write(followUp, call, window.Start - Duration.FromDays(1)));
        return (calendar, calendar.Events.Single());
    }
}
