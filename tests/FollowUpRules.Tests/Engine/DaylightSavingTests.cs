using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using FollowUpRules.Tests.Shared;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// Every spring-forward and fall-back day of 2026 and 2027 in six zones: New York, London, Sydney
/// (southern hemisphere), Jerusalem (a Friday transition), Santiago (transitions at midnight, so a
/// day starts in the gap or ends twice) and Lord Howe Island (a half-hour shift). For each, an office
/// open every day has its opening hour, or its lunch blackout, inside the skipped or repeated
/// wall-clock time, and the interview, "now" and window edges sit just before, at and just after the
/// transition. docs/time.md states the behaviour these tests pin down.
/// </summary>
public sealed class DaylightSavingTests
{
    private static readonly IsoDayOfWeek[] EveryDay =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    private static readonly Duration Minute = Duration.FromMinutes(1);

    /// <summary>
    /// A profile with none of the articles' blackouts, so that only the office hours and daylight
    /// saving shape the windows; one-minute windows, no thank-you first.
    /// </summary>
    private static readonly FollowUpProfile Bare = FollowUpProfiles.Default with
    {
        Name = "bare",
        ThankYouMessage = ThankYouMessage.None,
        WeekOpeningBlackout = null,
        PreWeekendBlackout = null,
        LunchBlackout = null,
        CallAtStartOrEndOfDay = false,
        AvoidHecticPeriods = false,
        MinimumCallWindow = Duration.FromMinutes(1),
    };

    public static TheoryData<DstDay> Days => new()
    {
        new DstDay("New York spring forward 2026", "America/New_York", new LocalDate(2026, 3, 8)),
        new DstDay("New York fall back 2026", "America/New_York", new LocalDate(2026, 11, 1)),
        new DstDay("New York spring forward 2027", "America/New_York", new LocalDate(2027, 3, 14)),
        new DstDay("New York fall back 2027", "America/New_York", new LocalDate(2027, 11, 7)),
        new DstDay("London spring forward 2026", "Europe/London", new LocalDate(2026, 3, 29)),
        new DstDay("London fall back 2026", "Europe/London", new LocalDate(2026, 10, 25)),
        new DstDay("London spring forward 2027", "Europe/London", new LocalDate(2027, 3, 28)),
        new DstDay("London fall back 2027", "Europe/London", new LocalDate(2027, 10, 31)),
        new DstDay("Sydney fall back 2026", "Australia/Sydney", new LocalDate(2026, 4, 5)),
        new DstDay("Sydney spring forward 2026", "Australia/Sydney", new LocalDate(2026, 10, 4)),
        new DstDay("Sydney fall back 2027", "Australia/Sydney", new LocalDate(2027, 4, 4)),
        new DstDay("Sydney spring forward 2027", "Australia/Sydney", new LocalDate(2027, 10, 3)),
        new DstDay("Jerusalem spring forward 2026 (a Friday)", "Asia/Jerusalem", new LocalDate(2026, 3, 27)),
        new DstDay("Jerusalem fall back 2026", "Asia/Jerusalem", new LocalDate(2026, 10, 25)),
        new DstDay("Jerusalem spring forward 2027 (a Friday)", "Asia/Jerusalem", new LocalDate(2027, 3, 26)),
        new DstDay("Jerusalem fall back 2027", "Asia/Jerusalem", new LocalDate(2027, 10, 31)),
        new DstDay("Santiago fall back 2026 (Saturday 23:00 repeats)", "America/Santiago", new LocalDate(2026, 4, 4)),
        new DstDay("Santiago spring forward 2026 (Sunday starts at 01:00)", "America/Santiago", new LocalDate(2026, 9, 6)),
        new DstDay("Santiago fall back 2027 (Saturday 23:00 repeats)", "America/Santiago", new LocalDate(2027, 4, 3)),
        new DstDay("Santiago spring forward 2027 (Sunday starts at 01:00)", "America/Santiago", new LocalDate(2027, 9, 5)),
        new DstDay("Lord Howe fall back 2026 (half an hour)", "Australia/Lord_Howe", new LocalDate(2026, 4, 5)),
        new DstDay("Lord Howe spring forward 2026 (half an hour)", "Australia/Lord_Howe", new LocalDate(2026, 10, 4)),
        new DstDay("Lord Howe fall back 2027 (half an hour)", "Australia/Lord_Howe", new LocalDate(2027, 4, 4)),
        new DstDay("Lord Howe spring forward 2027 (half an hour)", "Australia/Lord_Howe", new LocalDate(2027, 10, 3)),
    };

    public static TheoryData<DstDay, int, int> InterviewAndNowAroundTheTransition()
    {
        var data = new TheoryData<DstDay, int, int>();
        foreach (var day in Days)
        {
            foreach (var interview in new[] { -1, 0, 1 })
            {
                foreach (var now in new[] { -1, 0, 1 })
                {
                    if (now >= interview)
                    {
                        data.Add(day, interview, now);
                    }
                }
            }
        }

        return data;
    }

    private static CaseBuilder OfficeOpenEveryDay(DstDay day, TimeOfDayRange hours, LocalDateTime interview) =>
        CaseBuilder.In(day.Zone, interview).WithHours(OfficeHours.Create(EveryDay, hours));

    private static FollowUpPolicy BarePolicy(Func<FollowUpProfile, FollowUpProfile>? change = null) => FollowUpPolicy.Create(change is null ? Bare : change(Bare));

    [Theory]
    [MemberData(nameof(Days))]
    public void Fixture_NamesADayWhoseWallClockTimeIsSkippedOrRepeatedInTzdb(DstDay day)
    {
        var zone = DateTimeZoneProviders.Tzdb[day.Zone];

        day.ChangedStart.Should().BeLessThan(day.ChangedEnd == LocalTime.Midnight ? LocalTime.MaxValue : day.ChangedEnd);
        var inside = day.Day.At(day.ChangedStart);
        zone.MapLocal(inside).Count.Should().Be(day.SpringForward ? 0 : 2, day.Name);
        zone.MapLocal(day.Day.At(day.ChangedStart).PlusMinutes(-1)).Count.Should().Be(1, "the minute before is ordinary");
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void FindCallWindows_OpeningInsideTheChangedTime_OpensAtTheFirstRealInstantOfIt(DstDay day)
    {
        // Spring forward: an opening in the gap opens when the clock resumes. Fall back: an opening
        // in the repeated time opens on its first pass.
        var opening = day.Middle;
        var closing = opening.PlusHours(6) > opening ? opening.PlusHours(6) : LocalTime.Midnight;
        var builder = OfficeOpenEveryDay(day, new TimeOfDayRange(opening, closing), day.Day.PlusDays(-2).At(new LocalTime(10, 0)));
        var followUp = builder.Build();
        var from = day.StartOfDayBefore;

        var windows = BarePolicy().FindCallWindows(followUp, from, 10);
        var onTheDay = windows.First(w => w.LocalStart.Date == day.Day);

        onTheDay.Start.Should().Be(day.SpringForward ? day.Transition : day.FirstPass(opening), day.Name);
        onTheDay.LocalStart.Should().Be(onTheDay.Start.InZone(DateTimeZoneProviders.Tzdb[day.Zone]).LocalDateTime);
        MatchesTheReference(followUp, Bare, windows, from, day.StartOfDayBefore + Duration.FromDays(3), day.Name);
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void FindCallWindows_LunchBlackoutOverTheChangedTime_RemovesOnlyRealTimeAndNeverOffersAnHourTwice(DstDay day)
    {
        var builder = OfficeOpenEveryDay(day, new TimeOfDayRange(LocalTime.Midnight, LocalTime.Midnight), day.Day.PlusDays(-2).At(new LocalTime(10, 0)));
        var followUp = builder.Build();
        var profile = Bare with { LunchBlackout = new TimeOfDayRange(day.ChangedStart, day.ChangedEnd) };
        var from = day.StartOfDayBefore;

        var windows = BarePolicy(_ => profile).FindCallWindows(followUp, from, 10);
        var across = windows.Where(w => w.Start < day.Transition + day.Shift && w.End > day.Transition - day.Shift).ToList();

        if (day.SpringForward && day.DayStartsInTheGap)
        {
            // Santiago: the skipped hour is the first of the day, so the day's window starts when
            // the clock resumes and the previous day's ends there (windows never span two days).
            across.Should().HaveCount(2, day.Name);
            across[0].End.Should().Be(day.Transition, day.Name);
            across[1].Start.Should().Be(day.Transition, day.Name);
        }
        else if (day.SpringForward)
        {
            // The blackout lies wholly in the skipped time: nothing real is removed, so one window
            // runs straight through the jump.
            across.Should().ContainSingle(day.Name).Which.Contains(day.Transition).Should().BeTrue();
        }
        else
        {
            // The blackout takes the first pass; the second pass is never offered: one window ends
            // where the repeated time begins and the next starts when it has passed for good.
            windows.Should().Contain(w => w.End == day.Transition - day.Shift, day.Name);
            windows.Should().Contain(w => w.Start == day.Transition + day.Shift, day.Name);
            across.Should().BeEmpty("{0}: neither pass of the repeated time is offered", day.Name);
        }

        MatchesTheReference(followUp, profile, windows, from, day.StartOfDayBefore + Duration.FromDays(3), day.Name);
    }

    [Theory]
    [MemberData(nameof(InterviewAndNowAroundTheTransition))]
    public void Decide_InterviewAndNowJustBeforeAtOrAfterTheTransition_CallsFromTheFirstInstantThatIsNeitherPastNorRepeated(DstDay day, int interviewMinutes, int nowMinutes)
    {
        var zone = DateTimeZoneProviders.Tzdb[day.Zone];
        var interview = day.Transition + (interviewMinutes * Minute);
        var now = day.Transition + (nowMinutes * Minute);
        var builder = OfficeOpenEveryDay(day, new TimeOfDayRange(LocalTime.Midnight, LocalTime.Midnight), interview.InZone(zone).LocalDateTime)
            .WithNotes(new InterviewNotes { CallBackOn = interview.InZone(zone).Date });
        // A wall-clock time names the first pass of a repeated time, so set the instant itself to
        // place the interview on the second pass.
        var built = builder.Build();
        var followUp = built with { Interview = built.Interview with { At = interview } };

        var action = BarePolicy().Decide(followUp, now);

        var call = action.Should().BeOfType<NextAction.Call>($"{day.Name}: the employer asked for a call today").Subject;
        var expected = !day.SpringForward && now >= day.Transition && now < day.Transition + day.Shift ? day.Transition + day.Shift : now;
        call.Window.Start.Should().Be(expected, $"{day.Name}, interview {interviewMinutes:+0;-0;0} min, now {nowMinutes:+0;-0;0} min");
        call.Window.Start.Should().BeGreaterThanOrEqualTo(interview);
        call.Window.LocalStart.Should().Be(call.Window.Start.InZone(zone).LocalDateTime);
        foreach (var window in new[] { call.Window }.Concat(call.Alternatives))
        {
            for (var m = window.Start; m < window.End; m += Duration.FromMinutes(5))
            {
                ReferenceWindows.Allows(followUp, Bare, call.Whom, m).Should().BeTrue($"{day.Name}: {m} in {window}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Days))]
    public void Decide_WaitForACallBackDayWhoseOpeningIsInsideTheChangedTime_EndsAtARealInstant(DstDay day)
    {
        var opening = day.Middle;
        var closing = opening.PlusHours(6) > opening ? opening.PlusHours(6) : LocalTime.Midnight;
        var builder = OfficeOpenEveryDay(day, new TimeOfDayRange(opening, closing), day.Day.PlusDays(-2).At(new LocalTime(12, 0)))
            .WithNotes(new InterviewNotes { CallBackOn = day.Day });
        var followUp = builder.Build();
        var policy = BarePolicy();

        var wait = policy.Decide(followUp, builder.At(day.Day.PlusDays(-1).At(new LocalTime(12, 0))));

        var expected = day.SpringForward ? day.Transition : day.FirstPass(opening);
        wait.Should().BeOfType<NextAction.Wait>(day.Name).Which.Until.Should().Be(expected, day.Name);
        policy.Decide(followUp, expected).Should().BeOfType<NextAction.Call>().Which.Window.Start.Should().Be(expected, "deciding again at the end of the wait calls at once");
    }

    [Fact]
    public void FindCallWindows_KathmanduControl_HasNoTransitionAndKeepsItsQuarterHourOffset()
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Kathmandu"];
        zone.GetZoneIntervals(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2028, 1, 1, 0, 0)).Should().ContainSingle("Nepal keeps +05:45 all year");
        var builder = CaseBuilder.In("Asia/Kathmandu", new LocalDateTime(2027, 3, 26, 10, 0)).WithHours(OfficeHours.Create(EveryDay, new TimeOfDayRange(new LocalTime(2, 30), new LocalTime(8, 30))));

        var windows = BarePolicy().FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2027, 3, 28, 0, 0)), 2);

        windows[0].Start.Should().Be(Instant.FromUtc(2027, 3, 27, 20, 45), "02:30 at +05:45 is 20:45 UTC the day before");
        windows[0].Length.Should().Be(Duration.FromHours(6));
    }

    private static void MatchesTheReference(FollowUpCase followUp, FollowUpProfile profile, IReadOnlyList<CallWindow> windows, Instant from, Instant until, string name)
    {
        var engine = new HashSet<Instant>();
        foreach (var window in windows)
        {
            for (var m = window.Start; m < window.End && m < until; m += Minute)
            {
                engine.Add(m);
            }
        }

        var reference = new HashSet<Instant>();
        for (var m = from; m < until; m += Minute)
        {
            if (ReferenceWindows.Allows(followUp, profile, followUp.Interview.Lead, m))
            {
                reference.Add(m);
            }
        }

        engine.Should().BeEquivalentTo(reference, name);
    }
}

/// <summary>
/// A day on which the office's clock skips (spring forward) or repeats (fall back) some wall-clock
/// time, with what tzdb says about it: the instant of the change, the shift, and the wall-clock span
/// skipped or repeated.
/// </summary>
public sealed record DstDay
{
    public DstDay(string name, string zone, LocalDate day)
    {
        Name = name;
        Zone = zone;
        Day = day;
        var tz = DateTimeZoneProviders.Tzdb[zone];
        var from = day.PlusDays(-1).AtMidnight().InUtc().ToInstant();
        var interval = tz.GetZoneIntervals(from, from + Duration.FromDays(3)).Skip(1).First();
        var before = tz.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset;
        var after = interval.WallOffset;
        Transition = interval.Start;
        SpringForward = after > before;
        Shift = Duration.FromSeconds(Math.Abs((after - before).Seconds));

        // The changed wall-clock span: skipped [clock before the jump, clock after); repeated
        // [clock after the fall, clock before it).
        var clockBefore = Transition.WithOffset(before).LocalDateTime;
        var clockAfter = Transition.WithOffset(after).LocalDateTime;
        var (start, end) = SpringForward ? (clockBefore, clockAfter) : (clockAfter, clockBefore);
        ChangedStart = start.TimeOfDay;
        ChangedEnd = end.TimeOfDay;
        OffsetBefore = before;
        if (start.Date != day)
        {
            throw new ArgumentException($"{name}: the changed time starts on {start.Date}, not {day}.", nameof(day));
        }
    }

    public string Name { get; }

    public string Zone { get; }

    /// <summary>Gets the date whose wall-clock time is skipped or repeated.</summary>
    public LocalDate Day { get; }

    /// <summary>Gets the instant the offset changes: the first instant after the gap, or the start of the repeat.</summary>
    public Instant Transition { get; }

    public bool SpringForward { get; }

    /// <summary>Gets how long the skipped or repeated span is (an hour, or half an hour on Lord Howe).</summary>
    public Duration Shift { get; }

    public LocalTime ChangedStart { get; }

    /// <summary>Gets where the changed span ends; 00:00 when it runs to midnight (Santiago's fall back).</summary>
    public LocalTime ChangedEnd { get; }

    public Offset OffsetBefore { get; }

    /// <summary>Gets a value indicating whether the day's first wall-clock hour is skipped (Santiago).</summary>
    public bool DayStartsInTheGap => SpringForward && ChangedStart == LocalTime.Midnight;

    /// <summary>Gets the middle of the changed span.</summary>
    public LocalTime Middle => ChangedStart.PlusNanoseconds(Shift.ToInt64Nanoseconds() / 2);

    public Instant StartOfDayBefore => DateTimeZoneProviders.Tzdb[Zone].AtStartOfDay(Day.PlusDays(-1)).ToInstant();

    /// <summary>Gets the first pass of a repeated wall-clock time on <see cref="Day"/>.</summary>
    public Instant FirstPass(LocalTime time) => new OffsetDateTime(Day.At(time), OffsetBefore).ToInstant();

    public override string ToString() => Name;
}
