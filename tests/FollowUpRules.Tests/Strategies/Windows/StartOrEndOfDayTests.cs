using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;
using static FollowUpRules.Tests.Fixtures.WindowPolicies;

namespace FollowUpRules.Tests.Strategies.Windows;

public sealed class StartOrEndOfDayTests
{
    [Fact]
    [Trait("Rule", "RCR-04")]
    public void FindCallWindows_Rcr_OffersOnlyTheStartAndEndOfTheDayAsPreferred()
    {
        var windows = WindowsOf(Rcr, CaseBuilder.London(), L(2026, 3, 10, 8, 0), 3);

        Describe(windows).Should().Be("Tue 09:00-10:30; Tue 15:30-17:00; Wed 09:00-10:30");
        windows.Should().OnlyContain(w => w.Quality == CallWindowQuality.Preferred);
        windows[0].EndShapedBy!.RuleId.Should().Be(RuleIds.Rcr04);
    }

    [Fact]
    public void FindCallWindows_SplitDay_TakesStartFromFirstOpeningAndEndFromLastClosing()
    {
        var builder = CaseBuilder.London().WithHours(OfficeHours.Create(
            [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday],
            new TimeOfDayRange(new LocalTime(8, 0), new LocalTime(12, 0)),
            new TimeOfDayRange(new LocalTime(13, 0), new LocalTime(18, 0))));

        var windows = WindowsOf(Rcr, builder, L(2026, 3, 10, 7, 0), 2);

        Describe(windows).Should().Be("Tue 08:00-09:30; Tue 16:30-18:00");
    }

    [Fact]
    public void FindCallWindows_ProfilesWithoutIt_MarkWindowsMerelyAllowed()
    {
        var windows = WindowsOf(Cbr, CaseBuilder.London(), L(2026, 3, 10, 8, 0), 1);

        windows.Single().Quality.Should().Be(CallWindowQuality.Allowed);
        Describe(windows).Should().Be("Tue 09:00-17:00");
    }
}
