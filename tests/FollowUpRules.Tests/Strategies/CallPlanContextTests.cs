using FluentAssertions;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.PlanTrials;

namespace FollowUpRules.Tests.Strategies;

/// <summary>What a host's call-planning strategy reads: whether the call is due, the decision's reasons, and the window search.</summary>
public sealed class CallPlanContextTests
{
    [Fact]
    public void IsDue_EarliestIsNow_IsTrue()
    {
        var trial = CallingJane(Tuesday10);
        trial.Draft.NotBefore(Tuesday10, Acme);

        trial.PlanContext.Earliest.Should().Be(Tuesday10);
        trial.PlanContext.IsDue.Should().BeTrue();
    }

    [Fact]
    public void IsDue_EarliestAfterNow_IsFalse()
    {
        var trial = CallingJane(Tuesday10);
        trial.Draft.NotBefore(Tuesday10 + Duration.FromTicks(1), Acme);

        trial.PlanContext.IsDue.Should().BeFalse();
    }

    [Fact]
    public void DecisionReasons_ListTheDecisionStagesReasons()
    {
        var trial = CallingJane(Tuesday10);

        trial.PlanContext.DecisionReasons.Should().Equal(Acme);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void FindWindows_DaysOutOfRange_ThrowsNamingTheValue(int days)
    {
        var context = CallingJane(Tuesday10).PlanContext;

        var find = () => context.FindWindows(Tuesday10, days, 1);

        find.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(days)).WithMessage("Look 0 to 1,000 days ahead.*")
            .Which.ActualValue.Should().Be(days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void FindWindows_CountOutOfRange_ThrowsNamingTheValue(int count)
    {
        var context = CallingJane(Tuesday10).PlanContext;

        var find = () => context.FindWindows(Tuesday10, 10, count);

        find.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(count)).WithMessage("Ask for 1 to 3 windows.*")
            .Which.ActualValue.Should().Be(count);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1000, 3)]
    public void FindWindows_BoundsOfTheRanges_AreAccepted(int days, int count)
    {
        var context = CallingJane(Tuesday10).PlanContext;

        context.FindWindows(Tuesday10, days, count).Count.Should().Be(count);
    }
}
