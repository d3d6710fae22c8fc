using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Strategies.CallPlanning;
using FollowUpRules.Strategies.Scripts;
using NodaTime;

namespace FollowUpRules.Testing.Tests;

/// <summary>One strategy at a time, without a policy: what a host's own unit tests do.</summary>
public sealed class StrategyHarnessTests
{
    private static readonly FollowUpReason Acme = new(RuleId.Parse("ACME-09"), "Acme waits for Monday.");
    private static readonly Instant ThursdayNoon = At(2026, 3, 12, 12, 0);
    private static readonly Instant WednesdayNine = At(2026, 3, 11, 9, 0);

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Cases.London).ToInstant();

    private static FollowUpCase Thanked() => Cases.FridayInLondon().WithAttempt(new ContactAttempt { At = At(2026, 3, 6, 11, 0), Channel = ContactChannel.Email });

    [Fact]
    public void Apply_AHostDecisionStrategyAlone_ShowsTheDraftItLeaves()
    {
        var monday = At(2026, 3, 16, 9, 0);
        var waitForMonday = Strategy.WaitUntil("WaitForMonday", Acme, _ => monday);

        var result = StrategyHarness.For(Thanked()).At(ThursdayNoon).Apply(waitForMonday);

        result.Kind.Should().Be(NextActionKind.Call, "a draft starts as a call to the person to ask for");
        result.Earliest.Should().Be(monday);
        result.Reasons.Should().Equal(Acme);
        result.Action.Should().Be(new NextAction.Wait(monday, [Acme]), "a draft whose earliest moment is ahead is a wait");
    }

    [Fact]
    public void Apply_SeveralStrategies_RunsThemInOrderAndStopsAfterAStop()
    {
        var stop = Strategy.StopWhen("StopAlways", Acme, StopReason.NoResponse, _ => true);
        var after = Strategy.WaitUntil("NeverReached", new FollowUpReason(RuleId.Parse("ACME-10"), "Never cited."), _ => ThursdayNoon + Duration.FromDays(9));

        var result = StrategyHarness.For(Thanked()).At(ThursdayNoon).Apply(stop, after);

        result.IsStopped.Should().BeTrue();
        result.StopReason.Should().Be(StopReason.NoResponse);
        result.Action.Should().BeOfType<NextAction.Stop>().Which.Reasons.Should().Equal(Acme);
    }

    [Fact]
    public void Apply_AStrategyCitingAReasonItDoesNotDeclare_FailsAsAPolicyWould()
    {
        var sloppy = new CitesUndeclared();

        var run = () => StrategyHarness.For(Thanked()).At(ThursdayNoon).Apply(sloppy);

        run.Should().Throw<InvalidOperationException>().WithMessage("The reason 'ACME-11: Not declared.' is not declared by any strategy*");
    }

    [Fact]
    public void Plan_OpenWindowsThenTheStandardVoicemailLimit_ShowsTheCallAndItsVoicemailReason()
    {
        var result = StrategyHarness.For(Thanked()).At(WednesdayNine).Plan(new OpenWindows(), new VoicemailLimit());

        result.Windows.Should().HaveCount(3);
        var call = result.Call!;
        call.Window.LocalStart.Should().Be(new LocalDateTime(2026, 3, 11, 9, 0));
        call.IfVoicemail.Should().Be(VoicemailPlan.LeaveMessage);
        call.VoicemailReason!.RuleId.Should().Be(RuleId.Parse("PHN-05"), "the default profile follows PHN, whose rule spreads voicemails out");
    }

    [Fact]
    public void Plan_WhenNoCallIsDue_SaysWhatTheDecisionStageProposes()
    {
        var plan = () => StrategyHarness.For(Thanked()).At(ThursdayNoon - Duration.FromDays(5)).Plan(new OpenWindows());

        plan.Should().Throw<InvalidOperationException>().WithMessage("*does not end with a due call*");
    }

    [Fact]
    public void Blocks_TheStandardLunchBlackout_ListsLunchOnly()
    {
        var blocks = StrategyHarness.For(Thanked()).Blocks(new FollowUpRules.Strategies.Windows.LunchBlackout(), new LocalDate(2026, 3, 11));

        blocks.Should().Equal(new TimeOfDayRange(new LocalTime(11, 0), new LocalTime(13, 0)));
    }

    [Fact]
    public void Blocks_ADayTheOfficeIsClosed_Throws()
    {
        var blocks = () => StrategyHarness.For(Thanked()).Blocks(new FollowUpRules.Strategies.Windows.LunchBlackout(), new LocalDate(2026, 3, 14));

        blocks.Should().Throw<ArgumentException>().WithMessage("The office is not open on 2026-03-14*");
    }

    [Fact]
    public void Script_OneScriptStrategy_WritesOnlyItsOwnLines()
    {
        var call = (NextAction.Call)Cases.Default.Decide(Thanked(), WednesdayNine);

        var script = StrategyHarness.For(Thanked()).Script(new VoicemailMessage(), call);

        script.Lines.Should().ContainSingle().Which.Section.Should().Be(ScriptSection.IfVoicemail);
    }

    private sealed class CitesUndeclared : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(CitesUndeclared), "Cites a reason it does not declare.", [RuleId.Parse("ACME-11")]);

        public override void Apply(DecisionContext context, DecisionDraft draft) => draft.Because(new FollowUpReason(RuleId.Parse("ACME-11"), "Not declared."));
    }
}
