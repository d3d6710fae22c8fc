using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Strategies.Windows;
using FollowUpRules.Tests.Fixtures;
using NodaTime;

namespace FollowUpRules.Tests.Strategies.Windows;

/// <summary>
/// Overlapping hectic periods on one day (ETQ-05): the window search is told first about the one
/// that matters soonest from where it stands, and of two that matter from the same moment, the one
/// that lasts longer, so no call slips into the part of a period hidden behind another.
/// </summary>
public sealed class HecticPeriodsTests
{
    /// <summary>Wednesday 11 March 2026; the office opens at 09:00.</summary>
    private static readonly LocalDate Wednesday = new(2026, 3, 11);

    private static TimeOfDayRange Range(int fromHour, int fromMinute, int toHour, int toMinute) => new(new LocalTime(fromHour, fromMinute), new LocalTime(toHour, toMinute));

    private static IReadOnlyList<TimeOfDayRange> Blocks(params TimeOfDayRange[] hectic)
    {
        var builder = CaseBuilder.London().Emailed(new LocalDateTime(2026, 3, 5, 11, 0)).WithHectic([.. hectic.Select(h => new HecticPeriod { Hours = h })]);
        var strategy = new HecticPeriods();
        var trial = new StrategyTrial(builder.Build(), builder.At(new LocalDateTime(2026, 3, 10, 9, 0)), FollowUpProfiles.Etq, [strategy]);
        return trial.BlocksOn(strategy, Wednesday);
    }

    [Fact]
    public void TryGetBlock_TheLaterListedPeriodStartsFirst_IsNamedFirst()
    {
        Blocks(Range(10, 0, 12, 0), Range(9, 30, 11, 0)).Should().Equal(Range(9, 30, 11, 0), Range(10, 0, 12, 0));
    }

    [Fact]
    public void TryGetBlock_TwoPeriodsStartingTogether_NamesTheLongerOnly()
    {
        Blocks(Range(10, 0, 11, 0), Range(10, 0, 12, 0)).Should().Equal(Range(10, 0, 12, 0));
        Blocks(Range(10, 0, 12, 0), Range(10, 0, 11, 0)).Should().Equal(Range(10, 0, 12, 0));
    }

    [Fact]
    public void TryGetBlock_TwoPeriodsUnderWayAtOpening_NamesTheOneThatLastsLonger()
    {
        // Both began before 09:00; from the opening they matter equally soon, and 08:30-11:00 lasts longer.
        Blocks(Range(8, 0, 10, 0), Range(8, 30, 11, 0)).Should().Equal(Range(8, 30, 11, 0));
        Blocks(Range(8, 30, 11, 0), Range(8, 0, 10, 0)).Should().Equal(Range(8, 30, 11, 0));
    }

    [Fact]
    public void TryGetBlock_APeriodOverBeforeOpening_IsNotNamed()
    {
        Blocks(Range(7, 0, 9, 0), Range(14, 0, 15, 0)).Should().Equal(Range(14, 0, 15, 0));
    }
}
