using FluentAssertions;
using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules.Tests.Strategies;

/// <summary>How reasons write a profile's numbers.</summary>
public sealed class ProfileWordsTests
{
    [Theory]
    [InlineData(1, DayCounting.BusinessDays, "1 business day")]
    [InlineData(3, DayCounting.BusinessDays, "3 business days")]
    [InlineData(14, DayCounting.BusinessDays, "14 business days")]
    [InlineData(0, DayCounting.CalendarDays, "0 days")]
    [InlineData(5, DayCounting.CalendarDays, "5 days")]
    [InlineData(7, DayCounting.CalendarDays, "1 week")]
    [InlineData(21, DayCounting.CalendarDays, "3 weeks")]
    public void Days_CountedAsTheProfileSays_WritesThemSo(int days, DayCounting counting, string expected) =>
        ProfileWords.Days(days, counting).Should().Be(expected);

    [Fact]
    public void Of_PeriodsDurationsAndRanges_WritesTheLargestExactUnit()
    {
        ProfileWords.Of(Period.FromWeeks(1)).Should().Be("1 week");
        ProfileWords.Of(Period.FromDays(14)).Should().Be("2 weeks");
        ProfileWords.Of(Period.FromDays(10)).Should().Be("10 days");
        ProfileWords.Of(Period.FromMonths(1) + Period.FromWeeks(2)).Should().Be("1 month and 2 weeks");
        ProfileWords.Of(Period.FromYears(1) + Period.FromMonths(2) + Period.FromDays(3)).Should().Be("1 year, 2 months and 3 days");
        ProfileWords.Of(Period.Zero).Should().Be("no time");
        ProfileWords.Of(Duration.FromHours(2)).Should().Be("2 hours");
        ProfileWords.Of(Duration.FromMinutes(90)).Should().Be("90 minutes");
        ProfileWords.Of(Duration.FromSeconds(45)).Should().Be("45 seconds");
        ProfileWords.Of(new TimeOfDayRange(new LocalTime(11, 0), new LocalTime(13, 0))).Should().Be("11:00 to 13:00");
        ProfileWords.Of(new TimeOfDayRange(new LocalTime(22, 0), LocalTime.Midnight)).Should().Be("22:00 to 24:00");
        ProfileWords.Count(1, "voicemail").Should().Be("1 voicemail");
        ProfileWords.Count(0, "voicemail").Should().Be("0 voicemails");
    }
}
