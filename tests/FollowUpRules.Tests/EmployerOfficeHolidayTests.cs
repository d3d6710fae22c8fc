using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Tests;

/// <summary>
/// <see cref="EmployerOffice.IsListedHoliday"/> answers from sorted integer keys; these tests hold it
/// to plain list membership, including the orders, years and calendars a key could get wrong.
/// </summary>
public sealed class EmployerOfficeHolidayTests
{
    private static EmployerOffice Office(params LocalDate[] holidays) => new() { TimeZoneId = "Europe/London", Holidays = holidays };

    [Fact]
    public void IsListedHoliday_EveryDayOfFiveYears_MatchesListMembership()
    {
        var random = new Random(20261122);
        var first = new LocalDate(2024, 1, 1);
        var listed = Enumerable.Range(0, 60).Select(_ => first.PlusDays(random.Next(5 * 366))).ToArray();
        var office = Office(listed);

        for (var date = first.PlusDays(-3); date <= first.PlusDays((5 * 366) + 3); date = date.PlusDays(1))
        {
            office.IsListedHoliday(date).Should().Be(listed.Contains(date), "{0} is {1}listed", date, listed.Contains(date) ? string.Empty : "not ");
        }
    }

    [Fact]
    public void IsListedHoliday_YearsBeforeTheCommonEraAndFarAhead_SortAsDates()
    {
        // Keys pack the year above the month and day: negative years must still sort before positive ones.
        var listed = new[] { new LocalDate(9999, 12, 30), new LocalDate(-9998, 1, 1), new LocalDate(-1, 12, 31), new LocalDate(0, 1, 1), new LocalDate(1, 1, 1) };
        var office = Office(listed);

        foreach (var date in listed)
        {
            office.IsListedHoliday(date).Should().BeTrue("{0} is listed", date);
            office.IsListedHoliday(date.PlusDays(1)).Should().Be(listed.Contains(date.PlusDays(1)), "{0} is the day after", date);
        }

        office.IsListedHoliday(new LocalDate(-1, 1, 1)).Should().BeFalse();
    }

    [Fact]
    public void IsListedHoliday_UnsortedWithDuplicates_FindsEach()
    {
        var office = Office(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 28), new LocalDate(2026, 1, 1));

        office.IsListedHoliday(new LocalDate(2026, 1, 1)).Should().BeTrue();
        office.IsListedHoliday(new LocalDate(2026, 12, 25)).Should().BeTrue();
        office.IsListedHoliday(new LocalDate(2026, 12, 28)).Should().BeTrue();
        office.IsListedHoliday(new LocalDate(2026, 12, 26)).Should().BeFalse();
        office.Holidays.Should().Equal(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 28), new LocalDate(2026, 1, 1));
    }

    [Fact]
    public void IsListedHoliday_NoHolidays_IsFalse()
    {
        Office().IsListedHoliday(new LocalDate(2026, 12, 25)).Should().BeFalse();
    }

    [Fact]
    public void IsListedHoliday_DateInAnotherCalendar_MatchesOnlyTheSameCalendar()
    {
        var julianChristmas = new LocalDate(2026, 12, 25, CalendarSystem.Julian);
        var iso = Office(new LocalDate(2026, 12, 25));
        var julian = Office(julianChristmas);

        iso.IsListedHoliday(julianChristmas).Should().BeFalse("dates in different calendars are never equal");
        julian.IsListedHoliday(julianChristmas).Should().BeTrue();
        julian.IsListedHoliday(new LocalDate(2026, 12, 25)).Should().BeFalse();
        julian.IsListedHoliday(julianChristmas.WithCalendar(CalendarSystem.Iso)).Should().BeFalse("the same day in another calendar is not the listed date");
    }

    [Fact]
    public void Holidays_MixingCalendars_BuildsAndAnswersByEquality()
    {
        // Sorting mixed calendars would throw; the office is built, and validation names the date.
        var julian = new LocalDate(2026, 12, 12, CalendarSystem.Julian);
        var office = Office(new LocalDate(2026, 12, 25), julian);

        office.IsListedHoliday(new LocalDate(2026, 12, 25)).Should().BeTrue();
        office.IsListedHoliday(julian).Should().BeTrue();
        office.IsListedHoliday(new LocalDate(2026, 12, 12)).Should().BeFalse();
    }

    [Fact]
    public void Holidays_SameDatesInAnotherOrder_KeepRecordEqualityByList()
    {
        var a = Office(new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 28));
        var same = Office(new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 28));
        var reordered = Office(new LocalDate(2026, 12, 28), new LocalDate(2026, 12, 25));

        a.Should().Be(same);
        a.GetHashCode().Should().Be(same.GetHashCode());
        a.Should().NotBe(reordered, "Holidays is a list and keeps the order given");
    }

    [Fact]
    public void Holidays_ReplacedWithWith_AnswersFromTheNewList()
    {
        var before = Office(new LocalDate(2026, 12, 25));
        var after = before with { Holidays = [new LocalDate(2026, 12, 28)] };

        after.IsListedHoliday(new LocalDate(2026, 12, 25)).Should().BeFalse();
        after.IsListedHoliday(new LocalDate(2026, 12, 28)).Should().BeTrue();
        before.IsListedHoliday(new LocalDate(2026, 12, 25)).Should().BeTrue();
    }
}
