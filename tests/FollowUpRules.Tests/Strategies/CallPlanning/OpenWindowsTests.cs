using FluentAssertions;
using FollowUpRules.Strategies.CallPlanning;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.PlanTrials;

namespace FollowUpRules.Tests.Strategies.CallPlanning;

/// <summary>Tests of <see cref="OpenWindows"/> (FUR-02) after a host's strategy has already filled or settled the plan.</summary>
public sealed class OpenWindowsTests
{
    [Fact]
    public void Plan_PlanSettledAsAWait_LeavesTheWait()
    {
        var openWindows = new OpenWindows();
        var trial = CallingJane(Tuesday10, openWindows);
        var until = Tuesday10 + Duration.FromHours(1);
        trial.Plan.WaitUntil(until, Acme);

        trial.ApplyPlanning(openWindows);

        trial.Plan.WindowCount.Should().Be(0);
        trial.Conclude().Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(until);
    }

    [Fact]
    public void Plan_PlanAlreadyFull_LeavesTheHostsWindows()
    {
        var openWindows = new OpenWindows();
        var trial = CallingJane(Tuesday10, openWindows);
        trial.Plan.AddWindow(Window(10, 11));
        trial.Plan.AddWindow(Window(12, 13));
        trial.Plan.AddWindow(Window(14, 15));

        trial.ApplyPlanning(openWindows);

        trial.Plan.IsFull.Should().BeTrue();
        trial.Plan.Window(0).Should().Be(Window(10, 11));
        trial.Plan.Window(2).Should().Be(Window(14, 15));
    }
}
