using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;
using static FollowUpRules.Tests.Fixtures.WindowPolicies;

namespace FollowUpRules.Tests.Strategies.Windows;

/// <summary>Tests of the library's calendar rules: office hours (FUR-02), holidays (FUR-03), the search horizon (FUR-06) and the minimum window (FUR-11).</summary>
public sealed class OfficeCalendarRuleTests
{
    [Fact]
    [Trait("Rule", "FUR-02")]
    public void FindCallWindows_SeveralRangesADay_OffersEachRange()
    {
        var builder = CaseBuilder.London().WithHours(OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .With(IsoDayOfWeek.Tuesday, new TimeOfDayRange(new LocalTime(8, 0), new LocalTime(12, 0)), new TimeOfDayRange(new LocalTime(14, 0), new LocalTime(19, 0))));

        var windows = WindowsOf(Cbr, builder, L(2026, 3, 10, 7, 0), 3);

        Describe(windows).Should().Be("Tue 08:00-12:00; Tue 14:00-19:00; Wed 09:00-17:00");
        windows[0].StartShapedBy!.RuleId.Should().Be(RuleIds.Fur02);
    }

    [Fact]
    [Trait("Rule", "FUR-03")]
    public void Decide_HolidayOnTheDayOfTheCall_MovesTheCallAndCitesIt()
    {
        var builder = CaseBuilder.London().WithHolidays(new LocalDate(2026, 3, 12));

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 12, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 13));
        call.Reasons.Contains(RuleIds.Fur03).Should().BeTrue();
    }

    private sealed class EveryWednesdayIsAHoliday : IHolidayCalendar
    {
        public bool IsHoliday(EmployerOffice office, LocalDate day) => day.DayOfWeek == IsoDayOfWeek.Wednesday;
    }

    [Fact]
    [Trait("Rule", "FUR-03")]
    public void FindCallWindows_HostHolidayCalendar_ClosesTheOffice()
    {
        var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Cbr).UseHolidayCalendar(new EveryWednesdayIsAHoliday()).Build();

        var windows = WindowsOf(policy, CaseBuilder.London(), L(2026, 3, 11, 8, 0), 1);

        Describe(windows).Should().Be("Thu 09:00-17:00");
    }

    [Fact]
    [Trait("Rule", "FUR-06")]
    public void Decide_NoWindowWithinTheHorizon_WaitsForTheNextWindow()
    {
        var builder = CaseBuilder.London().WithHolidays(Enumerable.Range(0, 120).Select(d => new LocalDate(2026, 3, 12).PlusDays(d)).ToArray());

        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 12, 8, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 7, 10, 9, 0)), "the office is closed for 120 days; the first window after that is Friday 10 July");
        action.Reasons.Contains(RuleIds.Fur06).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-06")]
    public void Decide_NoWindowWithinAYear_Stops()
    {
        // Every office hour (09:00-17:00) hectic; a period covering every hour of every day is invalid input.
        var builder = CaseBuilder.London().WithHectic(new HecticPeriod { Hours = new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(17, 0)), Note = "always busy in office hours" });
        var policy = Only(p => p with { AvoidHecticPeriods = true });

        var action = policy.Decide(builder.Build(), builder.At(L(2026, 3, 12, 8, 0)));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoCallWindow);
        action.Reasons.Single().RuleId.Should().Be(RuleIds.Fur06);
    }

    [Fact]
    [Trait("Rule", "FUR-11")]
    public void FindCallWindows_ASliverBeforeClosing_IsNotOffered()
    {
        var windows = WindowsOf(Cbr, CaseBuilder.London(), L(2026, 3, 10, 16, 50), 1);

        Describe(windows).Should().Be("Wed 09:00-17:00");
        var builder = CaseBuilder.London();
        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 16, 50))).Should().BeOfType<NextAction.Call>().Subject;
        call.Reasons.Contains(RuleIds.Fur11).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-02")]
    public void Decide_BeforeOpening_CitesTheOfficeHoursThatSetTheCallsStart()
    {
        var builder = CaseBuilder.London();

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 11, 7, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 11, 9, 0));
        call.Reasons.Contains(RuleIds.Fur02).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-03")]
    [Trait("Rule", "FUR-11")]
    public void Decide_CallInsideTodaysHours_CitesNeitherAHolidayNorAShortWindow()
    {
        var builder = CaseBuilder.London();

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 10, 17))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 10, 10, 17));
        call.Reasons.Contains(RuleIds.Fur03).Should().BeFalse("no holiday was passed over");
        call.Reasons.Contains(RuleIds.Fur11).Should().BeFalse("no window was too short");
    }

    [Fact]
    [Trait("Rule", "FUR-03")]
    public void Decide_TwoHolidaysInARowBeforeTheCall_StillCitesTheHoliday()
    {
        var builder = CaseBuilder.London().WithHolidays(new LocalDate(2026, 3, 12), new LocalDate(2026, 3, 13));

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 12, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 16));
        call.Reasons.Contains(RuleIds.Fur03).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-03")]
    [Trait("Rule", "FUR-11")]
    public void Decide_ASliverThenAHolidayBeforeTheCall_CitesBoth()
    {
        // Tuesday 16:50 leaves ten minutes (too short); Wednesday is a holiday; the call is Thursday.
        var builder = CaseBuilder.London().WithHolidays(new LocalDate(2026, 3, 11));

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 16, 50))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 12, 9, 0));
        call.Reasons.Contains(RuleIds.Fur11).Should().BeTrue();
        call.Reasons.Contains(RuleIds.Fur03).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-11")]
    public void Decide_AtClosingTime_CitesNoShortWindow()
    {
        var builder = CaseBuilder.London();

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 17, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 11, 9, 0));
        call.Reasons.Contains(RuleIds.Fur11).Should().BeFalse("the day was over, nothing short was passed over");
    }

    [Fact]
    [Trait("Rule", "FUR-03")]
    public void Decide_HolidayOnAWeekendBeforeTheCall_IsNotCited()
    {
        // Friday evening; Saturday 14 March is a listed holiday, but the office is closed that day anyway.
        var builder = CaseBuilder.London().WithHolidays(new LocalDate(2026, 3, 14));

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 13, 18, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 16));
        call.Reasons.Contains(RuleIds.Fur03).Should().BeFalse("the holiday did not move the call");
    }

    [Theory]
    [Trait("Rule", "FUR-03")]
    [InlineData(11)]
    [InlineData(12)]
    public void Decide_HolidayOnlyAmongTheAlternatives_IsNotCitedForTheCall(int holiday)
    {
        // Tuesday 10 March, in office hours: the call is today, its alternatives on the next open days.
        var builder = CaseBuilder.London().WithHolidays(new LocalDate(2026, 3, holiday));

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 10, 17))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 10, 10, 17));
        call.Alternatives.Should().NotContain(w => w.LocalStart.Date == new LocalDate(2026, 3, holiday));
        call.Reasons.Contains(RuleIds.Fur03).Should().BeFalse("the holiday comes after the proposed window");
    }

    [Fact]
    [Trait("Rule", "FUR-11")]
    public void Decide_TwoShortRangesBeforeTheCall_StillCitesTheMinimumWindow()
    {
        // Wednesday opens for two five-minute slivers before its real hours.
        var builder = CaseBuilder.London().WithHours(OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0))
            .With(IsoDayOfWeek.Wednesday, new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(9, 5)), new TimeOfDayRange(new LocalTime(9, 10), new LocalTime(9, 15)), new TimeOfDayRange(new LocalTime(10, 0), new LocalTime(17, 0))));

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 11, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 11, 10, 0));
        call.Reasons.Contains(RuleIds.Fur11).Should().BeTrue();
    }

    [Fact]
    public void FindCallWindows_FromInsideAWindow_StartsNowAndCitesNoRuleForTheStart()
    {
        var windows = WindowsOf(Cbr, CaseBuilder.London(), L(2026, 3, 10, 10, 17), 1);

        windows[0].LocalStart.Should().Be(L(2026, 3, 10, 10, 17));
        windows[0].StartShapedBy.Should().BeNull();
    }
}
