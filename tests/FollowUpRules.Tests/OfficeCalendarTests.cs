using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Tests;

/// <summary>
/// Day walks of <see cref="OfficeCalendar"/> held to a plain reference that steps one date at a time,
/// across office weeks that wrap past Sunday and holidays that move the week's opening and closing.
/// </summary>
public sealed class OfficeCalendarTests
{
    private static readonly TimeOfDayRange NineToFive = new(new LocalTime(9, 0), new LocalTime(17, 0));
    private static readonly LocalDate Start = new(2026, 3, 1);

    public static TheoryData<string, IsoDayOfWeek[]> Weeks => new()
    {
        { "Monday to Friday", [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday] },
        { "Sunday to Thursday", [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday] },
        { "Saturday to Tuesday, across Sunday", [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday] },
        { "Wednesdays only", [IsoDayOfWeek.Wednesday] },
        { "every day", [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday] },
    };

    [Theory]
    [MemberData(nameof(Weeks))]
    public void AddDays_BusinessDaysFromEveryDayOfThreeWeeks_MatchesADayByDayWalk(string week, IsoDayOfWeek[] days)
    {
        var calendar = Calendar(days, Start.PlusDays(9), Start.PlusDays(10), Start.PlusDays(16));

        for (var from = Start; from < Start.PlusDays(21); from = from.PlusDays(1))
        {
            for (var count = 0; count <= 10; count++)
            {
                calendar.AddDays(from, count, DayCounting.BusinessDays).Should().Be(ReferenceAddBusinessDays(calendar, from, count), "{0}: {1} business days after {2}", week, count, from);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Weeks))]
    public void OpeningOn_EveryDayOfThreeWeeks_IsTheFirstOpenDaysOpening(string week, IsoDayOfWeek[] days)
    {
        var calendar = Calendar(days, Start.PlusDays(9));

        for (var date = Start; date < Start.PlusDays(21); date = date.PlusDays(1))
        {
            var open = date;
            while (!calendar.IsOpen(open))
            {
                open = open.PlusDays(1);
            }

            calendar.OpeningOn(date).Should().Be(open.At(NineToFive.Start).InUtc().ToInstant(), "{0}: the opening on or after {1}", week, date);
        }
    }

    [Theory]
    [MemberData(nameof(Weeks))]
    public void OpensWeekAndClosesWeek_EveryDayOfThreeWeeks_AreTheWeeksFirstAndLastOpenDays(string week, IsoDayOfWeek[] days)
    {
        // A holiday on the week's first open day hands the opening to the next open day.
        var firstOpen = Start.PlusDays(1);
        while (!days.Contains(firstOpen.DayOfWeek))
        {
            firstOpen = firstOpen.PlusDays(1);
        }

        var calendar = Calendar(days, firstOpen);
        var office = calendar.Office;
        for (var date = Start; date < Start.PlusDays(21); date = date.PlusDays(1))
        {
            if (office.EffectiveWeekStart is not { } weekStart)
            {
                calendar.OpensWeek(date).Should().BeFalse(week);
                calendar.ClosesWeek(date).Should().BeFalse(week);
                continue;
            }

            var first = date;
            while (first.DayOfWeek != weekStart)
            {
                first = first.PlusDays(-1);
            }

            var open = Enumerable.Range(0, 7).Select(first.PlusDays).Where(calendar.IsOpen).ToList();
            calendar.OpensWeek(date).Should().Be(open.Count > 0 && open[0] == date, "{0}: does {1} open its week?", week, date);
            calendar.ClosesWeek(date).Should().Be(open.Count > 0 && open[^1] == date, "{0}: does {1} close its week?", week, date);
        }
    }

    [Theory]
    [MemberData(nameof(Weeks))]
    public void WeekStartOf_EveryDayOfThreeWeeks_IsTheLatestWeekStartOnOrBeforeIt(string week, IsoDayOfWeek[] days)
    {
        var calendar = Calendar(days);

        for (var date = Start; date < Start.PlusDays(21); date = date.PlusDays(1))
        {
            if (calendar.Office.EffectiveWeekStart is not { } weekStart)
            {
                calendar.WeekStartOf(date).Should().BeNull("{0}: an office open every day has no week opening", week);
                continue;
            }

            var expected = date;
            while (expected.DayOfWeek != weekStart)
            {
                expected = expected.PlusDays(-1);
            }

            calendar.WeekStartOf(date).Should().Be(expected, "{0}: the week of {1}", week, date);
        }
    }

    [Fact]
    public void Next_FromEachDay_IsTheFollowingDayWrappingAfterSunday()
    {
        for (var date = Start; date < Start.PlusDays(7); date = date.PlusDays(1))
        {
            OfficeCalendar.Next(date.DayOfWeek).Should().Be(date.PlusDays(1).DayOfWeek);
        }
    }

    private static OfficeCalendar Calendar(IsoDayOfWeek[] days, params LocalDate[] holidays)
    {
        var office = new EmployerOffice { TimeZoneId = "Etc/UTC", Hours = OfficeHours.Create(days, NineToFive), Holidays = holidays };
        return new OfficeCalendar(office, DateTimeZone.Utc, holidays: null);
    }

    private static LocalDate ReferenceAddBusinessDays(OfficeCalendar calendar, LocalDate from, int count)
    {
        var date = from;
        while (count > 0)
        {
            date = date.PlusDays(1);
            if (calendar.Office.Hours[date.DayOfWeek].Count > 0 && !calendar.Office.Holidays.Contains(date))
            {
                count--;
            }
        }

        return date;
    }
}
