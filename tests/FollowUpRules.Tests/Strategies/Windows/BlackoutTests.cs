using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;
using static FollowUpRules.Tests.Fixtures.WindowPolicies;

namespace FollowUpRules.Tests.Strategies.Windows;

/// <summary>Tests of ETQ's timing blackouts, one rule at a time.</summary>
public sealed class BlackoutTests
{
    private static readonly FollowUpPolicy WeekOpening = Only(p => p with { WeekOpeningBlackout = Duration.FromHours(2) });
    private static readonly FollowUpPolicy WeekendEve = Only(p => p with { PreWeekendBlackout = Duration.FromHours(3) });
    private static readonly FollowUpPolicy Lunch = Only(p => p with { LunchBlackout = new TimeOfDayRange(new LocalTime(11, 0), new LocalTime(13, 0)) });
    private static readonly FollowUpPolicy Hectic = Only(p => p with { AvoidHecticPeriods = true });
    private static readonly FollowUpPolicy OutOfOffice = Only(p => p with { AvoidOutOfOffice = true });

    [Fact]
    [Trait("Rule", "ETQ-03")]
    public void FindCallWindows_Monday_SkipsTheFirstHoursOfTheWeek()
    {
        var windows = WindowsOf(WeekOpening, CaseBuilder.London(), L(2026, 3, 9, 8, 0), 2);

        Describe(windows).Should().Be("Mon 11:00-17:00; Tue 09:00-17:00");
        windows[0].StartShapedBy!.RuleId.Should().Be(RuleIds.Etq03);
    }

    [Fact]
    [Trait("Rule", "ETQ-03")]
    public void FindCallWindows_SundayToThursdayOffice_OpensItsWeekOnSunday()
    {
        var builder = CaseBuilder.In("Asia/Jerusalem", L(2026, 3, 4, 10, 0))
            .WithHours(OfficeHours.Create([IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], new TimeOfDayRange(new LocalTime(8, 30), new LocalTime(16, 30))));

        var windows = WindowsOf(WeekOpening, builder, L(2026, 3, 8, 7, 0), 2);

        Describe(windows).Should().Be("Sun 10:30-16:30; Mon 08:30-16:30");
    }

    [Fact]
    [Trait("Rule", "ETQ-03")]
    public void FindCallWindows_HolidayOnTheFirstDay_MovesTheWeekOpeningToTheNextOpenDay()
    {
        var builder = CaseBuilder.London().WithHolidays(new LocalDate(2026, 3, 9));

        var windows = WindowsOf(WeekOpening, builder, L(2026, 3, 9, 8, 0), 2);

        Describe(windows).Should().Be("Tue 11:00-17:00; Wed 09:00-17:00");
    }

    [Fact]
    [Trait("Rule", "ETQ-04")]
    public void FindCallWindows_Friday_SkipsTheLastHoursBeforeTheWeekend()
    {
        var windows = WindowsOf(WeekendEve, CaseBuilder.London(), L(2026, 3, 13, 8, 0), 2);

        Describe(windows).Should().Be("Fri 09:00-14:00; Mon 09:00-17:00");
        windows[0].EndShapedBy!.RuleId.Should().Be(RuleIds.Etq04);
    }

    [Fact]
    [Trait("Rule", "ETQ-04")]
    public void FindCallWindows_SundayToThursdayOffice_ClosesItsWeekOnThursday()
    {
        var builder = CaseBuilder.In("Asia/Jerusalem", L(2026, 3, 4, 10, 0))
            .WithHours(OfficeHours.Create([IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], new TimeOfDayRange(new LocalTime(8, 30), new LocalTime(16, 30))));

        var windows = WindowsOf(WeekendEve, builder, L(2026, 3, 12, 7, 0), 2);

        Describe(windows).Should().Be("Thu 08:30-13:30; Sun 08:30-16:30");
    }

    [Fact]
    [Trait("Rule", "ETQ-04")]
    public void FindCallWindows_HolidaysLeaveOnlyTheWeeksFirstDay_ThatDayAlsoClosesTheWeek()
    {
        // Tuesday to Friday are holidays: Monday both opens and closes the office's week.
        var builder = CaseBuilder.London().WithHolidays(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 11), new LocalDate(2026, 3, 12), new LocalDate(2026, 3, 13));

        var windows = WindowsOf(WeekendEve, builder, L(2026, 3, 9, 8, 0), 2);

        Describe(windows).Should().Be("Mon 09:00-14:00; Mon 09:00-17:00");
        windows[0].EndShapedBy!.RuleId.Should().Be(RuleIds.Etq04);
    }

    [Fact]
    [Trait("Rule", "ETQ-03")]
    [Trait("Rule", "ETQ-05")]
    public void Decide_TwoBlackoutsBackToBack_CitesBothThoughOnlyTheLastSetsTheStart()
    {
        // Monday: the week's opening hours (09:00-11:00), then a hectic hour (11:00-12:00).
        var policy = Only(p => p with { WeekOpeningBlackout = Duration.FromHours(2), AvoidHecticPeriods = true });
        var builder = CaseBuilder.London().WithHectic(new HecticPeriod { Hours = new TimeOfDayRange(new LocalTime(11, 0), new LocalTime(12, 0)) });

        var call = policy.Decide(builder.Build(), builder.At(L(2026, 3, 16, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 16, 12, 0));
        call.Window.StartShapedBy!.RuleId.Should().Be(RuleIds.Etq05);
        call.Reasons.Contains(RuleIds.Etq03).Should().BeTrue("the week's opening also kept the call from 09:00");
    }

    [Fact]
    [Trait("Rule", "ETQ-06")]
    public void FindCallWindows_AnyDay_SkipsLunch()
    {
        var windows = WindowsOf(Lunch, CaseBuilder.London(), L(2026, 3, 10, 8, 0), 2);

        Describe(windows).Should().Be("Tue 09:00-11:00; Tue 13:00-17:00");
        windows[0].EndShapedBy!.RuleId.Should().Be(RuleIds.Etq06);
        windows[1].StartShapedBy!.RuleId.Should().Be(RuleIds.Etq06);
    }

    [Fact]
    [Trait("Rule", "ETQ-05")]
    public void FindCallWindows_HecticDaysAndHours_AreAvoided()
    {
        var builder = CaseBuilder.London().WithHectic(
            new HecticPeriod { Days = [IsoDayOfWeek.Wednesday] },
            new HecticPeriod { Hours = new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(10, 0)) });

        var windows = WindowsOf(Hectic, builder, L(2026, 3, 10, 8, 0), 2);

        Describe(windows).Should().Be("Tue 10:00-17:00; Thu 10:00-17:00");
        windows[0].StartShapedBy!.RuleId.Should().Be(RuleIds.Etq05);
    }

    [Fact]
    [Trait("Rule", "ETQ-05")]
    public void FindCallWindows_HecticDatesOnly_AreAvoidedOnlyThen()
    {
        var builder = CaseBuilder.London().WithHectic(new HecticPeriod { Dates = new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 11)) });

        var windows = WindowsOf(Hectic, builder, L(2026, 3, 10, 8, 0), 1);

        Describe(windows).Should().Be("Thu 09:00-17:00");
    }

    [Fact]
    [Trait("Rule", "ETQ-07")]
    public void FindCallWindows_InterviewerOutOfOffice_SkipsThoseDays()
    {
        var away = CaseBuilder.Jane with { OutOfOffice = [new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 11))] };
        var builder = CaseBuilder.London().WithPeople(away, CaseBuilder.Raj);

        var windows = WindowsOf(OutOfOffice, builder, L(2026, 3, 10, 8, 0), 1);

        Describe(windows).Should().Be("Thu 09:00-17:00");
    }

    [Fact]
    [Trait("Rule", "ETQ-07")]
    [Trait("Rule", "ETQ-02")]
    public void Decide_InterviewerOutOfOffice_CallsAfterTheAbsence()
    {
        var away = CaseBuilder.Jane with { OutOfOffice = [new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 11))] };
        var builder = CaseBuilder.London().WithPeople(away, CaseBuilder.Raj);

        var call = Etq.Decide(builder.Build(), builder.At(L(2026, 3, 10, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 12));
        call.Reasons.Contains(RuleIds.Etq07).Should().BeTrue();
        Etq.Strategies.Windows.Should().Contain(d => d.RuleIds.Contains(RuleIds.Etq02));
    }

    [Fact]
    public void Policies_WithoutTheSetting_LeaveTheRuleOut()
    {
        Cbr.Strategies.Windows.Should().BeEmpty();
        Etq.Strategies.Windows.Select(d => d.Name).Should().Equal("OutOfOfficeDays", "WeekOpeningBlackout", "PreWeekendBlackout", "LunchBlackout", "HecticPeriods");
    }
}
