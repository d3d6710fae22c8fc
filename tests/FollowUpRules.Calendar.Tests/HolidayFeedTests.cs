using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Calendar.Tests;

public sealed class HolidayFeedTests
{
    /// <summary>
    /// A hand-made feed: a yearly office closure on 10 March since 2019 except in 2020 (EXDATE), a
    /// three-day closure, an all-day event without an end, a Christmas moved in 2027 (RECURRENCE-ID),
    /// an early close (timed) and a cancelled day.
    /// </summary>
    private const string Feed = """
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//FollowUpRules tests//EN
        BEGIN:VEVENT
        UID:founders-day@tests
        DTSTAMP:20200101T000000Z
        DTSTART;VALUE=DATE:20190310
        DTEND;VALUE=DATE:20190311
        RRULE:FREQ=YEARLY
        EXDATE;VALUE=DATE:20200310
        SUMMARY:Founders' day
        END:VEVENT
        BEGIN:VEVENT
        UID:move@tests
        DTSTAMP:20200101T000000Z
        DTSTART;VALUE=DATE:20260415
        DTEND;VALUE=DATE:20260418
        SUMMARY:Office move
        END:VEVENT
        BEGIN:VEVENT
        UID:audit@tests
        DTSTAMP:20200101T000000Z
        DTSTART;VALUE=DATE:20260601
        SUMMARY:Audit day
        END:VEVENT
        BEGIN:VEVENT
        UID:christmas@tests
        DTSTAMP:20200101T000000Z
        DTSTART;VALUE=DATE:20251225
        DURATION:P2D
        RRULE:FREQ=YEARLY;UNTIL=20281231
        SUMMARY:Christmas
        END:VEVENT
        BEGIN:VEVENT
        UID:christmas@tests
        DTSTAMP:20200101T000000Z
        RECURRENCE-ID;VALUE=DATE:20271225
        DTSTART;VALUE=DATE:20271227
        DTEND;VALUE=DATE:20271229
        SUMMARY:Christmas (observed)
        END:VEVENT
        BEGIN:VEVENT
        UID:early@tests
        DTSTAMP:20200101T000000Z
        DTSTART;TZID=Europe/London:20261224T130000
        DTEND;TZID=Europe/London:20261224T170000
        SUMMARY:Early close
        END:VEVENT
        BEGIN:VEVENT
        UID:picnic@tests
        DTSTAMP:20200101T000000Z
        DTSTART;VALUE=DATE:20260703
        STATUS:CANCELLED
        SUMMARY:Picnic
        END:VEVENT
        END:VCALENDAR
        """;

    private static HolidayFeed Read() => HolidayFeed.Parse(Feed.ReplaceLineEndings("\r\n"), "feed.ics");

    [Fact]
    public void IsClosed_YearlyRuleWithExdate_EveryYearButTheExcludedOne()
    {
        var feed = Read();

        foreach (var year in new[] { 2019, 2024, 2026, 2031, 2100 })
        {
            feed.IsClosed(new LocalDate(year, 3, 10)).Should().BeTrue("{0}", year);
            feed.IsClosed(new LocalDate(year, 3, 11)).Should().BeFalse("{0}: DTEND is not included", year);
        }

        feed.IsClosed(new LocalDate(2020, 3, 10)).Should().BeFalse("EXDATE removes 2020");
        feed.IsClosed(new LocalDate(2018, 3, 10)).Should().BeFalse("the rule starts in 2019");
    }

    [Fact]
    public void ClosedDaysIn_2026_EveryAllDayEventsDaysHalfOpen()
    {
        Read().ClosedDaysIn(2026).Should().Equal(
            new LocalDate(2026, 3, 10),
            new LocalDate(2026, 4, 15), new LocalDate(2026, 4, 16), new LocalDate(2026, 4, 17),
            new LocalDate(2026, 6, 1),
            new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26));
    }

    [Fact]
    public void ClosedDaysIn_2027And2029_RecurrenceIdMovesOneYearAndUntilEndsTheRule()
    {
        var feed = Read();

        feed.ClosedDaysIn(2027).Should().Equal(new LocalDate(2027, 3, 10), new LocalDate(2027, 12, 27), new LocalDate(2027, 12, 28));
        feed.ClosedDaysIn(2028).Should().Contain([new LocalDate(2028, 12, 25), new LocalDate(2028, 12, 26)]);
        feed.ClosedDaysIn(2029).Should().Equal(new LocalDate(2029, 3, 10));
    }

    [Fact]
    public void Skipped_TimedAndCancelledEvents_ListedWithTheirLines()
    {
        Read().Skipped.Select(s => s.ToString()).Should().Equal(
            "line 42 (Early close): a timed event: only all-day events close the office",
            "line 49 (Picnic): cancelled (STATUS:CANCELLED)");
    }

    [Fact]
    public void IsClosed_MultiDayEventAcrossNewYear_ClosesBothYears()
    {
        var feed = HolidayFeed.Parse(Calendar("DTSTART;VALUE=DATE:20261230", "DTEND;VALUE=DATE:20270103"), "new-year.ics");

        feed.ClosedDaysIn(2027).Should().Equal(new LocalDate(2027, 1, 1), new LocalDate(2027, 1, 2));
        feed.ClosedDaysIn(2026).Should().Equal(new LocalDate(2026, 12, 30), new LocalDate(2026, 12, 31));
    }

    [Fact]
    public void IsHoliday_ForRegion_OnlyOfficesOfThatRegion()
    {
        var feed = Read().ForRegion("GB-ENG");
        var day = new LocalDate(2026, 3, 10);

        feed.IsHoliday(new EmployerOffice { TimeZoneId = "Europe/London", HolidayRegion = "gb-eng" }, day).Should().BeTrue();
        feed.IsHoliday(new EmployerOffice { TimeZoneId = "Europe/London", HolidayRegion = "GB-SCT" }, day).Should().BeFalse();
        feed.IsHoliday(new EmployerOffice { TimeZoneId = "Europe/London" }, day).Should().BeFalse();
        Read().IsHoliday(new EmployerOffice { TimeZoneId = "Europe/London", HolidayRegion = "GB-SCT" }, day).Should().BeTrue("a feed without a region applies to every office");
    }

    [Fact]
    public void IsClosed_NonIsoDate_ComparedAsIsoDate()
    {
        var julian = new LocalDate(2026, 3, 10).WithCalendar(CalendarSystem.Julian);

        Read().IsClosed(julian).Should().BeTrue();
    }

    [Fact]
    public void Decide_HolidayFeedWithRruleAndExdate_MovesTheCallOffTheHoliday()
    {
        // The README's example decides a call for 09:00 on Tuesday 10 March 2026; the feed closes the
        // office that day, but not on Tuesday 10 March 2020, its EXDATE.
        var followUp = Examples.FirstFollowUp;
        var without = (NextAction.Call)FollowUpPolicy.Default.Decide(followUp, Examples.TenthOfMarch);
        var policy = new FollowUpPolicyBuilder().UseHolidayCalendar(Read()).Build();

        var onTheHoliday = policy.Decide(followUp, Examples.TenthOfMarch);

        without.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 10));
        var wait = onTheHoliday.Should().BeOfType<NextAction.Wait>("the office is closed all day; Describe: {0}", onTheHoliday.Describe()).Subject;
        wait.Until.Should().Be(Instant.FromUtc(2026, 3, 11, 9, 0), "the office opens again on Wednesday");
        var call = policy.Decide(followUp, wait.Until).Should().BeOfType<NextAction.Call>().Subject;
        call.Window.LocalStart.Should().Be(new LocalDateTime(2026, 3, 11, 9, 0));
        policy.FindCallWindows(followUp, Examples.TenthOfMarch, 1)[0].LocalStart.Date.Should().Be(new LocalDate(2026, 3, 11));

        var sixYearsBefore = Duration.FromDays(2191); // 313 weeks: the same days of the week in 2020
        var inTheExcludedYear = (NextAction.Call)policy.Decide(Shifted(followUp, sixYearsBefore), Examples.TenthOfMarch - sixYearsBefore);
        inTheExcludedYear.Window.LocalStart.Date.Should().Be(new LocalDate(2020, 3, 10), "EXDATE 20200310 leaves the office open");
    }

    [Fact]
    public void Load_FileAndStream_SameDaysAndTheDocumentsName()
    {
        var path = Path.Combine(Path.GetTempPath(), "followup-feed-" + Guid.NewGuid().ToString("N") + ".ics");
        File.WriteAllText(path, "\uFEFF" + Feed);
        try
        {
            var fromFile = HolidayFeed.Load(path);
            using var stream = File.OpenRead(path);
            var fromStream = HolidayFeed.Load(stream, "feed from a stream");

            fromFile.Document.Should().Be(path);
            fromStream.Document.Should().Be("feed from a stream");
            fromFile.ClosedDaysIn(2026).Should().Equal(Read().ClosedDaysIn(2026));
            fromStream.ClosedDaysIn(2026).Should().Equal(Read().ClosedDaysIn(2026));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_FileNotFoundException()
    {
        var act = () => HolidayFeed.Load(Path.Combine(Path.GetTempPath(), "no-such-feed-" + Guid.NewGuid().ToString("N") + ".ics"));

        act.Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void IsClosed_ManyThreadsManyYears_SameAnswersAsOneThread()
    {
        var days = Enumerable.Range(0, 40 * 366).Select(i => new LocalDate(2000, 1, 1).PlusDays(i)).ToArray();
        var expected = days.Select(Read().IsClosed).ToArray();
        var shared = Read();

        var results = new bool[8][];
        Parallel.For(0, 8, t => results[t] = (t % 2 == 0 ? days : days.Reverse()).Select(shared.IsClosed).ToArray());

        for (var t = 0; t < 8; t++)
        {
            (t % 2 == 0 ? results[t] : results[t].Reverse().ToArray()).Should().Equal(expected);
        }
    }

    public static TheoryData<string, string[], int, string> Malformed => new()
    {
        { "a date with dashes", ["DTSTART;VALUE=DATE:2026-12-25"], 5, "2026-12-25 is not an iCalendar DATE" },
        { "a month 13", ["DTSTART;VALUE=DATE:20261325"], 5, "20261325 is not an iCalendar DATE" },
        { "a line that is not NAME:value", ["DTSTART;VALUE=DATE:20261225", "this is not iCalendar"], 6, "not an iCalendar content line" },
        { "an unknown FREQ", ["DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=SOMETIMES"], 6, "not a recurrence rule" },
        { "an UNTIL that is not a date", ["DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY;UNTIL=2030"], 6, "UNTIL is not an iCalendar DATE" },
        { "a bad EXDATE", ["DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20271225,2028122"], 7, "2028122 is not an iCalendar DATE" },
        { "a timed EXDATE on an all-day event", ["DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY", "EXDATE:20271225T000000"], 7, "is a DATE-TIME but the event's DTSTART is a DATE" },
        { "no DTSTART", ["SUMMARY:When?"], 3, "the event has no DTSTART" },
        { "an end before the start", ["DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261224"], 6, "must end at least one day after it starts" },
        { "a DURATION of hours on an all-day event", ["DTSTART;VALUE=DATE:20261225", "DURATION:PT4H"], 6, "whole days or weeks" },
        { "DTEND and DURATION", ["DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261226", "DURATION:P1D"], 7, "DTEND or DURATION, not both" },
        { "a VEVENT never closed", ["DTSTART;VALUE=DATE:20261225", "END:VCALENDAR", "END:VCALENDAR"], 6, "expected END:VEVENT" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_Malformed_InputExceptionNamingTheLine(string fault, string[] eventLines, int line, string problem)
    {
        var act = () => HolidayFeed.Parse(Calendar(eventLines), "bad.ics");

        var error = act.Should().Throw<InvalidICalendarException>(fault).Which;
        error.Should().BeAssignableTo<FollowUpInputException>();
        error.Line.Should().Be(line, fault);
        error.Document.Should().Be("bad.ics");
        error.Message.Should().StartWith("The iCalendar document bad.ics cannot be read (1 problem):\n- line " + line + " = ").And.Contain(problem);
        error.Problems.Single().Path.Should().Be("line " + line);
    }

    [Fact]
    public void Parse_SeveralFaults_AllReportedTogether()
    {
        var text = Calendar("DTSTART;VALUE=DATE:2026-12-25", "RRULE:FREQ=NEVER");

        var error = FluentActions.Invoking(() => HolidayFeed.Parse(text, "bad.ics")).Should().Throw<InvalidICalendarException>().Which;

        error.Problems.Select(p => p.Path).Should().Equal("line 5", "line 6");
    }

    [Theory]
    [InlineData("", 1, "the document is empty")]
    [InlineData("hello world\r\n", 1, "not an iCalendar content line")]
    [InlineData("BEGIN:VCALENDAR\r\n VERSION:2.0\r\n", 1, "never closed")]
    [InlineData(" folded\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", 1, "continuation line")]
    [InlineData("VERSION:2.0\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", 1, "outside BEGIN:VCALENDAR")]
    public void Parse_NotACalendar_InputExceptionNamingTheLine(string text, int line, string problem)
    {
        var error = FluentActions.Invoking(() => HolidayFeed.Parse(text, "bad.ics")).Should().Throw<InvalidICalendarException>().Which;

        error.Line.Should().Be(line);
        error.Message.Should().Contain(problem);
    }

    [Fact]
    public void Parse_FoldedLines_ProblemNamesTheLineTheContentStartsOn()
    {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:A very long\r\n  summary\r\nDTSTART;VALUE=DATE:2026\r\n 1325\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var error = FluentActions.Invoking(() => HolidayFeed.Parse(text, "bad.ics")).Should().Throw<InvalidICalendarException>().Which;

        error.Line.Should().Be(6);
        error.Message.Should().Contain("line 6 = DTSTART;VALUE=DATE:20261325: 20261325 is not");
    }

    /// <summary>A calendar holding one event with <paramref name="eventLines"/>; the event's first line is line 4.</summary>
    private static string Calendar(params string[] eventLines) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x@tests\r\n" + string.Concat(eventLines.Select(l => l + "\r\n")) + (eventLines.Contains("END:VCALENDAR") ? string.Empty : "END:VEVENT\r\nEND:VCALENDAR\r\n");

    private static FollowUpCase Shifted(FollowUpCase followUp, Duration back) => followUp with
    {
        Interview = followUp.Interview with { At = followUp.Interview.At - back },
        Office = followUp.Office with { Holidays = [] },
        Attempts = followUp.Attempts.Select(a => a with { At = a.At - back }).ToArray(),
    };
}
