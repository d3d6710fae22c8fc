using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests;

/// <summary>The policy's own entry points: its shared default, argument checks, scripts, and where each stage stops asking strategies.</summary>
public sealed class FollowUpPolicyTests
{
    private static readonly CaseBuilder Builder = CaseBuilder.London();

    /// <summary>Every office hour is hectic: no call window exists within a year.</summary>
    private static CaseBuilder NeverCallable() =>
        CaseBuilder.London().WithHectic(new HecticPeriod { Hours = new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(17, 0)), Note = "always busy in office hours" });

    private sealed class CountsDecisions : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(CountsDecisions), "Counts the decisions it is asked about.", [RuleId.Parse("ACME-01")]);

        public int Asked { get; private set; }

        public override void Apply(DecisionContext context, DecisionDraft draft) => Asked++;
    }

    private sealed class CountsPlans : CallPlanningStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(CountsPlans), "Counts the calls it is asked to plan.", [RuleId.Parse("ACME-02")]);

        public int Planned { get; private set; }

        public int PlannedAhead { get; private set; }

        public override void Plan(CallPlanContext context, CallPlanDraft plan) => Planned++;

        public override void PlanAhead(CallPlanContext context, CallPlanDraft plan) => PlannedAhead++;
    }

    [Fact]
    public void Default_ReadTwice_IsTheSamePolicy()
    {
        FollowUpPolicy.Default.Should().BeSameAs(FollowUpPolicy.Default, "the default policy is built once");
    }

    [Fact]
    public void FindCallWindows_NullCaseOrPerson_ThrowsNamingTheArgument()
    {
        var followUp = Builder.Build();

        var noCase = () => Default.FindCallWindows(null!, Builder.InterviewAt, 1, CaseBuilder.Jane);
        var noPerson = () => Default.FindCallWindows(followUp, Builder.InterviewAt, 1, null!);

        noCase.Should().Throw<ArgumentNullException>().WithParameterName("followUpCase");
        noPerson.Should().Throw<ArgumentNullException>().WithParameterName("person");
    }

    [Fact]
    public void FindCallWindows_SomeoneNotAtTheInterview_ThrowsNamingThemAndTheInterviewers()
    {
        var followUp = Builder.Build();
        var stranger = new Interviewer { Name = "Sam Stranger" };

        var find = () => Default.FindCallWindows(followUp, Builder.InterviewAt, 1, stranger);

        find.Should().Throw<ArgumentException>().WithParameterName("person")
            .WithMessage($"Sam Stranger is not one of the case's interviewers ({string.Join(", ", followUp.Interview.Interviewers.Select(p => p.Name))}).*");
    }

    [Fact]
    public void Script_NullCaseOrAction_ThrowsNamingTheArgument()
    {
        var followUp = Builder.Build();
        var action = Default.Decide(followUp, Builder.At(L(2026, 3, 5, 11, 0)));

        var noCase = () => Default.Script(null!, action);
        var noAction = () => Default.Script(followUp, null!);

        noCase.Should().Throw<ArgumentNullException>().WithParameterName("followUpCase");
        noAction.Should().Throw<ArgumentNullException>().WithParameterName("action");
    }

    [Fact]
    public void Script_CaseWithAttemptsInAnyOrder_IsWrittenForTheLatestOfThem()
    {
        // Recorded out of order: the latest attempt is not the last in the list.
        var followUp = CaseBuilder.London()
            .Called(L(2026, 3, 12, 9, 30), Responder.Nobody)
            .Called(L(2026, 3, 10, 9, 30), Responder.Receptionist)
            .Build();
        var action = Default.Decide(followUp, Builder.At(L(2026, 3, 13, 9, 0)));

        var script = Default.Script(followUp, action);

        script.Should().NotBeNull();
    }

    [Fact]
    public void Decide_AfterADecisionStrategyStops_AsksNoLaterOne()
    {
        var counter = new CountsDecisions();
        var policy = new FollowUpPolicyBuilder().Add(counter).Build();
        var filled = CaseBuilder.London().Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.PositionFilled });

        var action = policy.Decide(filled.Build(), filled.At(L(2026, 3, 11, 9, 0)));

        action.Should().BeOfType<NextAction.Stop>();
        counter.Asked.Should().Be(0, "the decision stage ends at the first stop");
    }

    [Fact]
    public void Decide_CallPlanningStops_AsksNoLaterPlanningStrategy()
    {
        var counter = new CountsPlans();
        var policy = new FollowUpPolicyBuilder().Add(counter).Build();
        var builder = NeverCallable().Emailed(L(2026, 3, 5, 11, 0));

        var due = policy.Decide(builder.Build(), builder.At(L(2026, 3, 12, 10, 0)));
        var ahead = policy.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        due.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoCallWindow);
        ahead.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoCallWindow);
        counter.Planned.Should().Be(0, "planning ends at the first strategy that stops or waits");
        counter.PlannedAhead.Should().Be(0, "looking ahead ends there too");
    }

    [Fact]
    public void Decide_WrittenFollowUpNotYetDue_WaitsEvenWhenNoCallWindowExists()
    {
        // Only the general number is known, so the default profile writes instead of calling
        // (D5); a written follow-up needs no call window, so the office's lack of one does not stop it.
        var builder = NeverCallable().Emailed(L(2026, 3, 5, 11, 0)).WithPeople(CaseBuilder.Jane with { DirectLine = null }, CaseBuilder.Raj);

        var due = Default.Decide(builder.Build(), builder.At(L(2026, 3, 16, 8, 0)));
        var ahead = Default.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        due.Should().BeOfType<NextAction.SendEmail>(due.Describe());
        ahead.Should().BeOfType<NextAction.Wait>(ahead.Describe());
    }
}
