using FluentAssertions;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.PlanTrials;

namespace FollowUpRules.Tests.Strategies;

/// <summary>What a host's call-planning strategy may do to the plan, and the errors that tell it what it got wrong.</summary>
public sealed class CallPlanDraftTests
{
    [Fact]
    public void Reasons_AfterAPlanStep_CiteItsReason()
    {
        var plan = CallingJane(Tuesday10).Plan;

        plan.HangUpOnVoicemail(Acme);

        plan.Reasons.Should().Equal(Acme);
    }

    [Fact]
    public void Because_ReasonsOfAnotherCatalogue_CitesEachOne()
    {
        var plan = CallingJane(Tuesday10).Plan;

        plan.Because(ReasonList.Create([Acme]));

        plan.Reasons.Should().Equal(Acme);
    }

    [Fact]
    public void Window_OutsideThePlan_ThrowsNamingTheIndexAndTheCount()
    {
        var plan = CallingJane(Tuesday10).Plan;
        plan.AddWindow(Window(10, 12));

        var read = () => plan.Window(1);

        plan.Window(0).Should().Be(Window(10, 12));
        read.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index").WithMessage("The plan holds 1 windows.*")
            .Which.ActualValue.Should().Be(1);
    }

    [Fact]
    public void AddWindow_CallNotYetDue_IsRejectedSayingWhenItIs()
    {
        var trial = CallingJane(Tuesday10);
        var due = Tuesday10 + Duration.FromDays(1);
        trial.Draft.NotBefore(due, Acme);

        var add = () => trial.Plan.AddWindow(Window(10, 12));

        add.Should().Throw<InvalidOperationException>().WithMessage($"The call is not due until {due}: a strategy looking ahead may stop or wait longer, but not plan windows.");
        trial.Plan.WindowCount.Should().Be(0);
    }

    [Fact]
    public void AddWindow_FourthWindow_IsRejectedSayingThePlanHoldsThree()
    {
        var plan = CallingJane(Tuesday10).Plan;
        plan.AddWindow(Window(10, 11));
        plan.AddWindow(Window(11, 12));
        plan.AddWindow(Window(12, 13));

        var add = () => plan.AddWindow(Window(14, 15));

        add.Should().Throw<InvalidOperationException>().WithMessage("A call carries at most 3 windows (the proposed one and two alternatives).");
        plan.WindowCount.Should().Be(3);
    }

    [Fact]
    public void AddWindow_StartingBeforeTheLastEnds_ThrowsNamingBothWindows()
    {
        var plan = CallingJane(Tuesday10).Plan;
        plan.AddWindow(Window(10, 11));
        plan.AddWindow(Window(11, 13));

        var add = () => plan.AddWindow(Window(12, 14));

        add.Should().Throw<ArgumentException>().WithParameterName("window")
            .WithMessage($"Windows are planned in order without overlapping; {Window(12, 14)} starts before {Window(11, 13)} ends.*");
        plan.WindowCount.Should().Be(2);
    }

    [Fact]
    public void WaitUntil_NotAfterNow_ThrowsNamingTheInstantAndNow()
    {
        var plan = CallingJane(Tuesday10).Plan;

        var wait = () => plan.WaitUntil(Tuesday10, Acme);

        wait.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("until").WithMessage($"A wait ends after now ({Tuesday10}).*")
            .Which.ActualValue.Should().Be(Tuesday10);
        plan.IsSettled.Should().BeFalse();
    }

    [Fact]
    public void AddWindow_PlanSettledAsAWait_IsRejectedSayingSo()
    {
        var plan = CallingJane(Tuesday10).Plan;
        plan.WaitUntil(Tuesday10 + Duration.FromHours(1), Acme);

        var add = () => plan.AddWindow(Window(10, 12));

        add.Should().Throw<InvalidOperationException>().WithMessage("The plan is already settled as a wait.");
    }

    [Fact]
    public void WaitUntil_PlanSettledAsAStop_IsRejectedSayingSo()
    {
        var plan = CallingJane(Tuesday10).Plan;
        plan.Stop(StopReason.LimitReached, Acme);

        var wait = () => plan.WaitUntil(Tuesday10 + Duration.FromHours(1), Acme);

        wait.Should().Throw<InvalidOperationException>().WithMessage("The plan is already settled as a stop.");
    }
}
