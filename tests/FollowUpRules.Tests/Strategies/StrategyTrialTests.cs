using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Strategies.Windows;
using FollowUpRules.Tests.Fixtures;
using NodaTime;

namespace FollowUpRules.Tests.Strategies;

/// <summary>
/// A decision worked through by hand, as a host's unit test of its own strategy does: what it
/// refuses, which planning entry it calls, and the spans a window strategy blocks, asked as the
/// window search asks.
/// </summary>
public sealed class StrategyTrialTests
{
    private static readonly FollowUpReason Acme = PlanTrials.Acme;

    /// <summary>Wednesday 11 March 2026, an ordinary open day at the London office.</summary>
    private static readonly LocalDate Wednesday = new(2026, 3, 11);

    private static TimeOfDayRange Range(int fromHour, int toHour) => new(new LocalTime(fromHour, 0), toHour == 24 ? LocalTime.Midnight : new LocalTime(toHour, 0));

    /// <summary>Blocks the spans it is given, each named once, as a well-behaved window strategy does.</summary>
    private sealed class Meetings(params TimeOfDayRange[] spans) : CallWindowStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(Meetings), "Blocks fixed meetings.", [Acme.RuleId], [Acme]);

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            foreach (var span in spans)
            {
                if (span.EndsAfter(from))
                {
                    block = span;
                    return true;
                }
            }

            block = default;
            return false;
        }
    }

    /// <summary>Records which entry the trial called.</summary>
    private sealed class RecordsEntry : CallPlanningStrategy
    {
        public string? Called { get; private set; }

        public override StrategyDescriptor Descriptor { get; } = new(nameof(RecordsEntry), "Records whether it planned or planned ahead.", [Acme.RuleId]);

        public override void Plan(CallPlanContext context, CallPlanDraft plan) => Called = nameof(Plan);

        public override void PlanAhead(CallPlanContext context, CallPlanDraft plan) => Called = nameof(PlanAhead);
    }

    private static StrategyTrial Trial(params FollowUpStrategy[] strategies) => PlanTrials.CallingJane(PlanTrials.Tuesday10, strategies);

    [Fact]
    public void BlocksOn_TwoMeetings_ListsBothInOrderAndStopsAfterTheLast()
    {
        var meetings = new Meetings(Range(10, 11), Range(14, 15));

        Trial(meetings).BlocksOn(meetings, Wednesday).Should().Equal(Range(10, 11), Range(14, 15));
    }

    [Fact]
    public void BlocksOn_ASpanToTheEndOfTheDay_IsTheLast()
    {
        var meetings = new Meetings(Range(15, 24), Range(16, 17));

        Trial(meetings).BlocksOn(meetings, Wednesday).Should().Equal(Range(15, 24));
    }

    [Fact]
    public void BlocksOn_AStrategyThatBlocksNothing_IsEmpty()
    {
        var none = new Meetings();

        Trial(none).BlocksOn(none, Wednesday).Should().BeEmpty();
    }

    [Fact]
    public void BlocksOn_OutOfOfficeDays_AsksAboutTheLeadUnlessTheCalleeIsGiven()
    {
        var away = CaseBuilder.Raj with { OutOfOffice = [new DateInterval(Wednesday, Wednesday)] };
        var followUpCase = CaseBuilder.London().Emailed(new LocalDateTime(2026, 3, 5, 11, 0)).Build();
        followUpCase = followUpCase with { Interview = followUpCase.Interview with { Interviewers = [CaseBuilder.Jane, away] } };
        var outOfOffice = new OutOfOfficeDays();
        var trial = new StrategyTrial(followUpCase, PlanTrials.Tuesday10, FollowUpProfiles.Etq, [outOfOffice]);

        trial.BlocksOn(outOfOffice, Wednesday).Should().BeEmpty("Jane, the lead, is in");
        trial.BlocksOn(outOfOffice, Wednesday, away).Should().Equal(TimeOfDayRange.WholeDay);
    }

    [Fact]
    public void BlocksOn_ADayTheOfficeIsClosed_ThrowsNamingTheDate()
    {
        var meetings = new Meetings(Range(10, 11));

        var saturday = () => Trial(meetings).BlocksOn(meetings, new LocalDate(2026, 3, 14));

        saturday.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("The office is not open on 2026-03-14*");
    }

    [Fact]
    public void ApplyAndBlocksOn_AStrategyTheTrialWasNotGiven_ThrowNamingIt()
    {
        var trial = Trial();

        var apply = () => trial.Apply(new UnlistedRule());
        var blocks = () => trial.BlocksOn(new Meetings(), Wednesday);

        apply.Should().Throw<ArgumentException>().WithParameterName("strategy")
            .WithMessage("UnlistedRule is not one of the strategies this trial was given; its reasons would be unknown.*");
        var plan = () => trial.ApplyPlanning(new RecordsEntry());

        blocks.Should().Throw<ArgumentException>().WithParameterName("strategy").WithMessage("Meetings is not one of*");
        plan.Should().Throw<ArgumentException>().WithParameterName("strategy").WithMessage("RecordsEntry is not one of*");
    }

    [Fact]
    public void ApplyPlanning_CallDueNow_PlansAndCallNotYetDue_PlansAhead()
    {
        var due = new RecordsEntry();
        var later = new RecordsEntry();
        var dueTrial = Trial(due);
        var laterTrial = Trial(later);
        laterTrial.Draft.NotBefore(PlanTrials.Tuesday10 + Duration.FromDays(1), Acme);

        dueTrial.ApplyPlanning(due);
        laterTrial.ApplyPlanning(later);

        due.Called.Should().Be(nameof(RecordsEntry.Plan));
        later.Called.Should().Be(nameof(RecordsEntry.PlanAhead));
    }

    [Fact]
    public void ApplyPlanning_ADraftThatIsNotACall_ThrowsSayingWhatItNeeds()
    {
        var planner = new RecordsEntry();
        var trial = Trial(planner);
        trial.Draft.EmailPerson(CaseBuilder.Jane, AttemptPurpose.FollowUp, Acme);

        var plan = () => trial.ApplyPlanning(planner);

        plan.Should().Throw<InvalidOperationException>().WithMessage("Call planning needs a draft that is a call with a number and a person to ask for*");
        planner.Called.Should().BeNull();
    }

    [Fact]
    public void Constructor_ANullStrategyAnInvalidProfileOrAnInvalidCase_Throws()
    {
        var followUpCase = PlanTrials.Builder.Build();

        var nullStrategy = () => new StrategyTrial(followUpCase, PlanTrials.Tuesday10, FollowUpProfiles.Default, [null!]);
        var badProfile = () => new StrategyTrial(followUpCase, PlanTrials.Tuesday10, FollowUpProfiles.Default with { Name = "" }, []);
        var badCase = () => new StrategyTrial(followUpCase with { Interview = followUpCase.Interview with { Role = " " } }, PlanTrials.Tuesday10, FollowUpProfiles.Default, []);
        var noCase = () => new StrategyTrial(null!, PlanTrials.Tuesday10, FollowUpProfiles.Default, []);

        nullStrategy.Should().Throw<ArgumentException>().WithParameterName("strategies").WithMessage("A strategy is null.*");
        badProfile.Should().Throw<InvalidProfileException>();
        badCase.Should().Throw<InvalidCaseException>().Which.Problems.Should().ContainSingle().Which.Path.Should().Be("interview.role");
        noCase.Should().Throw<ArgumentNullException>().WithParameterName("followUpCase");
    }

    private sealed class UnlistedRule : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(UnlistedRule), "A decision strategy the trial was not given.", [Acme.RuleId]);

        public override void Apply(DecisionContext context, DecisionDraft draft)
        {
        }
    }
}
