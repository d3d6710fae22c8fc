using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies;
using FollowUpRules.Strategies.CallPlanning;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies;

/// <summary>What a host's strategies can do and what the engine guarantees them: the same views, no hidden caps, clear errors.</summary>
public sealed class HostStrategyTests
{
    private static readonly CaseBuilder Builder = CaseBuilder.London();
    private static readonly Instant FirstCallDue = Builder.At(L(2026, 3, 10, 9, 0));
    private static readonly FollowUpReason Acme = new(RuleId.Parse("ACME-01"), "Acme's own rule.");

    /// <summary>The default case once the thank-you is out: the next step is the first call.</summary>
    private static FollowUpCase Thanked() => CaseBuilder.London().Emailed(L(2026, 3, 5, 11, 0)).Build();

    [Fact]
    public void BlockDays_Tuesdays_PushesTheCallToWednesday()
    {
        var policy = new FollowUpPolicyBuilder().Add(Strategy.BlockDays("NoTuesdays", Acme, day => day.DayOfWeek == IsoDayOfWeek.Tuesday)).Build();

        var call = (NextAction.Call)policy.Decide(Thanked(), FirstCallDue);

        call.Window.LocalStart.DayOfWeek.Should().Be(IsoDayOfWeek.Wednesday);
        call.Reasons.Should().Contain(Acme, "the window search names the strategy that pushed the call");
    }

    [Fact]
    public void BlockSpan_NullOnADay_BlocksNothingThatDay()
    {
        var mornings = Strategy.BlockSpan("NoMornings", Acme, day => day.DayOfWeek == IsoDayOfWeek.Tuesday ? new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(12, 0)) : null);
        var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Cbr).Add(mornings).Build();

        var windows = policy.FindCallWindows(Thanked(), FirstCallDue, 2);

        windows.Select(w => (w.LocalStart, w.LocalEnd)).Should().Equal((L(2026, 3, 10, 12, 0), L(2026, 3, 10, 17, 0)), (L(2026, 3, 11, 9, 0), L(2026, 3, 11, 17, 0)));
    }

    [Fact]
    public void StopWhen_TheConditionHolds_StopsWithTheHostsReasonAlone()
    {
        var policy = new FollowUpPolicyBuilder()
            .InsertBefore<FollowUpRules.Strategies.Decisions.FirstCallDelay>(Strategy.StopWhen("StopForAgencyJobs", Acme, StopReason.LimitReached, context => context.Case.Interview.Company == "Northwind"))
            .Build();

        var stop = policy.Decide(Thanked(), FirstCallDue).Should().BeOfType<NextAction.Stop>().Subject;

        stop.Reason.Should().Be(StopReason.LimitReached);
        stop.Reasons.Should().Equal(Acme);
    }

    [Fact]
    public void WaitUntil_ALaterInstant_HoldsTheCallUntilThen()
    {
        var monday = Builder.At(L(2026, 3, 16, 9, 0));
        var policy = new FollowUpPolicyBuilder().Add(Strategy.WaitUntil("NotBeforeMonday", Acme, _ => monday)).Build();

        var wait = policy.Decide(Thanked(), FirstCallDue).Should().BeOfType<NextAction.Wait>().Subject;

        wait.Until.Should().Be(monday);
        wait.Reasons.Should().Contain(Acme).And.NotContain(r => r.RuleId == RuleIds.Phn02, "the host's later wait replaces the first-call delay as the binding timing reason");
    }

    [Theory]
    [InlineData("default")]
    [InlineData("etq")]
    [InlineData("eml")]
    [InlineData("phn")]
    [InlineData("rcr")]
    [InlineData("cbr")]
    public void Warnings_BuiltInProfileWithTheStandardStrategies_AreNone(string profile)
    {
        For(profile).Strategies.Warnings.Should().BeEmpty("every setting of a built-in profile is read by a standard strategy");
    }

    [Fact]
    public void Warnings_ReplacementThatDeclaresTheSetting_AreNone()
    {
        var policy = new FollowUpPolicyBuilder().Replace<VoicemailLimit>(new ReadsMaxVoicemails()).Build();

        policy.Strategies.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Warnings_RemovedStrategy_NameTheSettingItsValueAndTheStrategy()
    {
        var policy = new FollowUpPolicyBuilder().Remove<VoicemailLimit>().Build();

        policy.Strategies.Warnings.Should().ContainSingle().Which.ToString().Should().Be(
            "maxVoicemails = 1: no strategy of this policy reads it, so it has no effect; the standard strategies that read it (VoicemailLimit) were removed or replaced by ones that do not declare it.");
    }

    [Fact]
    public void Warnings_RemovedStrategyWhoseSettingIsOff_AreNone()
    {
        var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Cbr).Remove<FollowUpRules.Strategies.Windows.LunchBlackout>().Build();

        policy.Strategies.Warnings.Should().BeEmpty("CBR sets no lunch blackout, so nothing is lost when no strategy reads it");
    }

    [Fact]
    public void Warnings_SettingReadByTwoRemovedStrategies_NamesBoth()
    {
        var policy = new FollowUpPolicyBuilder().Remove<VoicemailLimit>().Remove<FollowUpRules.Strategies.Decisions.RoundInterval>().Build();

        policy.Strategies.Warnings.Should().ContainSingle(w => w.Setting == ProfileSettings.VoicemailSpacingDays).Which.Message.Should().Be(
            "no strategy of this policy reads it, so it has no effect; the standard strategies that read it (RoundInterval, VoicemailLimit) were removed or replaced by ones that do not declare it.");
    }

    [Fact]
    public void Warnings_RemovedStrategyWhoseSwitchIsFalse_DoNotNameTheSwitch()
    {
        FollowUpProfiles.Etq.CallAtStartOrEndOfDay.Should().BeFalse("the case under test: a switch that is off");

        var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Etq).Remove<FollowUpRules.Strategies.Windows.StartOrEndOfDay>().Build();

        policy.Strategies.Warnings.Select(w => w.Setting).Should().NotContain(ProfileSettings.CallAtStartOrEndOfDay, "a setting that is false is off, so nothing is lost when no strategy reads it");
    }

    [Fact]
    public void Decide_TwoHundredReasonsDeclared_CitesOneBeyondTheHundredAndTwentyEighth()
    {
        var many = Enumerable.Range(1, 200).Select(i => new FollowUpReason(RuleId.Parse("ACME-" + i), "Reason " + i)).ToArray();
        var policy = new FollowUpPolicyBuilder().Add(new CitesOne(many, many[199])).Build();

        var action = policy.Decide(Thanked(), FirstCallDue);

        policy.Strategies.Reasons.Should().HaveCountGreaterThan(200);
        action.Reasons.Should().Contain(many[199]);
        action.Reasons.Should().NotContain(many[198]);
    }

    [Fact]
    public void Decide_SeventyWindowStrategies_AllAreApplied()
    {
        var builder = new FollowUpPolicyBuilder(FollowUpProfiles.Cbr);
        for (var i = 0; i < 70; i++)
        {
            var reason = new FollowUpReason(RuleId.Parse("ACME-" + i), "Blocks minute " + i + " after nine.");
            var minute = i;
            builder.Add(Strategy.BlockSpan("Minute" + i, reason, _ => new TimeOfDayRange(new LocalTime(9, 0).PlusMinutes(minute), new LocalTime(9, 0).PlusMinutes(minute + 1))));
        }

        var call = (NextAction.Call)builder.Build().Decide(Thanked(), FirstCallDue);

        call.Window.LocalStart.Should().Be(L(2026, 3, 10, 10, 10), "the seventieth strategy's block ends at 10:10");
        call.Window.StartShapedBy!.RuleId.Should().Be(RuleId.Parse("ACME-69"));
    }

    [Fact]
    public void Decide_HundredPeopleMet_ThanksEveryOneWithAnAddress()
    {
        var people = Enumerable.Range(1, 100).Select(i => new Interviewer { Name = "Person " + i, Email = $"p{i}@northwind.example" }).ToArray();
        var followUp = Builder.Build() with { Interview = Builder.Build().Interview with { Interviewers = people } };

        var email = Default.Decide(followUp, Builder.At(L(2026, 3, 5, 11, 0))).Should().BeOfType<NextAction.SendEmail>().Subject;

        email.To.Should().Equal(people);
    }

    [Fact]
    public void Views_KeptPastTheirDecision_ThrowInsteadOfReadingTheNext()
    {
        var keeper = new KeepsTheContext();
        var policy = new FollowUpPolicyBuilder().Add(keeper).Build();
        policy.Decide(Thanked(), FirstCallDue);

        var read = () => keeper.Kept!.Value.Now;
        var history = () => keeper.Kept!.Value.History.Count;

        read.Should().Throw<InvalidOperationException>().WithMessage("This view belongs to a decision that has ended*");
        history.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Views_KeptIntoTheNextDecisionOnTheSameThread_Throw()
    {
        var reader = new ReadsThePreviousContext();
        var policy = new FollowUpPolicyBuilder().Add(reader).Build();

        policy.Decide(Thanked(), FirstCallDue);
        policy.Decide(Thanked(), FirstCallDue + Duration.FromHours(1));

        reader.Refused.Should().NotBeNull("the next decision reuses the thread's state, and a kept view must not read it");
        reader.Refused!.Message.Should().StartWith("This view belongs to a decision that has ended");
    }

    [Fact]
    public void Views_DefaultValues_ThrowSayingWhereViewsComeFrom()
    {
        var draft = () => default(DecisionDraft).Kind;
        var context = () => default(DecisionContext).Now;

        draft.Should().Throw<InvalidOperationException>().WithMessage("This DecisionDraft is a default value*");
        context.Should().Throw<InvalidOperationException>().WithMessage("This DecisionContext is a default value*");
    }

    [Fact]
    public void Views_DefaultCallPlanningValues_ThrowSayingWhereTheyComeFrom()
    {
        var plan = () => default(CallPlanDraft).Because(Acme);
        var context = () => default(CallPlanContext).Now;

        plan.Should().Throw<InvalidOperationException>().WithMessage("This CallPlanDraft is a default value; drafts come from the policy or from a StrategyTrial.");
        context.Should().Throw<InvalidOperationException>().WithMessage("This CallPlanContext is a default value; contexts come from the policy or from a StrategyTrial.");
    }

    /// <summary>Stops the call, then tries to stop it again; or cites the reasons of another policy's action.</summary>
    private sealed class PlansTwiceOrBorrows(ReasonList? borrowed) : CallPlanningStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(PlansTwiceOrBorrows), "Misuses its plan.", [RuleId.Parse("ACME-01")], [Acme]);

        public InvalidOperationException? Refused { get; private set; }

        public override void Plan(CallPlanContext context, CallPlanDraft plan)
        {
            if (borrowed is { } reasons)
            {
                plan.Because(reasons);
                return;
            }

            plan.Stop(StopReason.LimitReached, Acme);
            try
            {
                plan.Stop(StopReason.NoCallWindow, Acme);
            }
            catch (InvalidOperationException e)
            {
                Refused = e;
            }
        }
    }

    [Fact]
    public void CallPlanDraft_StoppedTwice_RefusesTheSecondStop()
    {
        var twice = new PlansTwiceOrBorrows(null);
        var policy = new FollowUpPolicyBuilder().InsertBefore<OpenWindows>(twice).Build();

        var action = policy.Decide(Thanked(), FirstCallDue);

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.LimitReached);
        twice.Refused.Should().NotBeNull().And.Subject.As<InvalidOperationException>().Message.Should().Be("The plan is already settled as a stop.");
    }

    [Fact]
    public void CallPlanDraft_ReasonsOfAnotherPolicy_AreCitedByTheirRules()
    {
        // The reasons come from the CBR policy's catalogue, numbered differently from this policy's.
        var borrowed = Cbr.Decide(Thanked(), FirstCallDue).Reasons;
        var policy = new FollowUpPolicyBuilder().InsertBefore<OpenWindows>(new PlansTwiceOrBorrows(borrowed)).Build();

        var call = policy.Decide(Thanked(), FirstCallDue);

        foreach (var reason in borrowed)
        {
            call.Reasons.Contains(reason.RuleId).Should().BeTrue(reason.RuleId.ToString());
        }
    }

    [Fact]
    public void DecisionDraft_PassedByValueToAHelper_KeepsTheHelpersChange()
    {
        var policy = new FollowUpPolicyBuilder().Add(new DelaysThroughAHelper()).Build();

        var wait = policy.Decide(Thanked(), FirstCallDue).Should().BeOfType<NextAction.Wait>().Subject;

        wait.Until.Should().Be(FirstCallDue + Duration.FromDays(1), "a draft is a view: a copy changes the same decision");
    }

    [Fact]
    public void Match_EveryKind_CallsItsOwnFunction()
    {
        var reasons = new[] { Acme };
        NextAction[] actions =
        [
            new NextAction.Wait(FirstCallDue, Offset.Zero, reasons),
            Default.Decide(Thanked(), FirstCallDue),
            new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.FollowUp, null, reasons),
            new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.ThankYou, null, reasons),
            new NextAction.MessageOnLinkedIn("Jane Smith", reasons),
            new NextAction.ContactAgency(CaseBuilder.Agency, AgencyRequest.AskForUpdate, ContactChannel.Email, reasons),
            new NextAction.Stop(StopReason.NoResponse, reasons),
        ];

        var names = actions.Select(a => a.Match(_ => "wait", _ => "call", _ => "email", _ => "note", _ => "linkedin", _ => "agency", _ => "stop"));
        var switched = new List<NextActionKind>();
        foreach (var action in actions)
        {
            action.Switch(w => switched.Add(w.Kind), c => switched.Add(c.Kind), e => switched.Add(e.Kind), n => switched.Add(n.Kind), m => switched.Add(m.Kind), a => switched.Add(a.Kind), s => switched.Add(s.Kind));
        }

        names.Should().Equal("wait", "call", "email", "note", "linkedin", "agency", "stop");
        switched.Should().Equal(actions.Select(a => a.Kind));
    }

    [Fact]
    public void Decide_HostProposesTheAgencyOfACandidateWithoutOne_ThrowsSayingSo()
    {
        var policy = new FollowUpPolicyBuilder().Add(new AsksTheAgency()).Build();

        var decide = () => policy.Decide(Thanked(), FirstCallDue);

        decide.Should().Throw<InvalidOperationException>().WithMessage("A decision strategy proposed to contact the agency of a candidate who has none.");
    }

    [Fact]
    public void Decide_NoRouteStopRemovedAndNoNumberToCall_ThrowsNamingWhatToKeep()
    {
        var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Etq).Remove<FollowUpRules.Strategies.Decisions.NoRouteStop>().Build();
        var followUp = CaseBuilder.London().WithPeople(CaseBuilder.Jane with { DirectLine = null }).WithGeneralNumber(null).Build();

        var decide = () => policy.Decide(followUp, FirstCallDue);

        decide.Should().Throw<InvalidOperationException>().WithMessage(
            "The decision strategies proposed a call without a number, and none stopped or chose another channel. Keep NoRouteStop (FUR-08) at the end of the decision strategies, or add one that settles a case with no number to call.");
    }

    [Fact]
    public void Decide_OpenWindowsAndNoWindowFallbackRemoved_ThrowsNamingWhatToKeep()
    {
        var policy = new FollowUpPolicyBuilder().Remove<OpenWindows>().Remove<NoWindowFallback>().Build();

        var decide = () => policy.Decide(Thanked(), FirstCallDue);

        decide.Should().Throw<InvalidOperationException>().WithMessage(
            "The call-planning strategies left the call without a window and did not settle it as a wait or a stop. Keep OpenWindows (FUR-02) and NoWindowFallback (FUR-06) among the call-planning strategies, or add ones that do their work.");
    }

    [Fact]
    public void Decide_PlanAheadWaitsLonger_WaitsUntilThenCitingIt()
    {
        var policy = new FollowUpPolicyBuilder().InsertBefore<OpenWindows>(new WaitsLongerAhead(Duration.FromDays(1))).Build();

        var wait = policy.Decide(Thanked(), Builder.At(L(2026, 3, 6, 9, 0))).Should().BeOfType<NextAction.Wait>().Subject;

        wait.Until.Should().Be(FirstCallDue + Duration.FromDays(1));
        wait.Reasons.Should().Contain(Acme);
    }

    [Fact]
    public void Decide_PlanAheadWaitsNoLonger_KeepsTheDecisionsWaitAndReasons()
    {
        var policy = new FollowUpPolicyBuilder().InsertBefore<OpenWindows>(new WaitsLongerAhead(Duration.Zero)).Build();
        var now = Builder.At(L(2026, 3, 6, 9, 0));

        var wait = policy.Decide(Thanked(), now).Should().BeOfType<NextAction.Wait>().Subject;

        wait.Until.Should().Be(FirstCallDue);
        wait.Reasons.Should().NotContain(Acme, "a wait to the instant the decision stage already waits for binds nothing");
        wait.Should().Be(Default.Decide(Thanked(), now));
    }

    [Fact]
    public void FindCallWindows_HostStrategyThatCanMarkPreferredButDoesNotSay_LeavesTheWindowsAsTheyWere()
    {
        var plain = new FollowUpPolicyBuilder(FollowUpProfiles.Cbr).Build();
        var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Cbr).Add(new CanMarkPreferredOnly()).Build();

        var windows = policy.FindCallWindows(Thanked(), FirstCallDue, 5);

        windows.Should().Equal(plain.FindCallWindows(Thanked(), FirstCallDue, 5));
        windows.Should().Contain(w => w.Quality == CallWindowQuality.Allowed, "MarksPreferred says false unless the strategy overrides it");
    }

    private sealed class AsksTheAgency : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(AsksTheAgency), "Asks the agency for an update.", [RuleId.Parse("ACME-01")], [Acme]);

        public override void Apply(DecisionContext context, DecisionDraft draft) => draft.ContactAgency(AgencyRequest.AskForUpdate, ContactChannel.Email, Acme);
    }

    private sealed class WaitsLongerAhead(Duration longer) : CallPlanningStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(WaitsLongerAhead), "Looking ahead, waits until later.", [RuleId.Parse("ACME-01")], [Acme]);

        public override void Plan(CallPlanContext context, CallPlanDraft plan)
        {
        }

        public override void PlanAhead(CallPlanContext context, CallPlanDraft plan) => plan.WaitUntil(context.Earliest + longer, Acme);
    }

    private sealed class CanMarkPreferredOnly : CallWindowStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(CanMarkPreferredOnly), "Says it can mark windows preferred, and blocks nothing.", [RuleId.Parse("ACME-01")], [Acme]);

        public override bool CanMarkPreferred => true;

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            block = default;
            return false;
        }
    }

    private sealed class ReadsMaxVoicemails : CallPlanningStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(ReadsMaxVoicemails), "Never leaves more than the profile's voicemails.", [RuleId.Parse("ACME-01")], [Acme], [ProfileSettings.MaxVoicemails]);

        public override void Plan(CallPlanContext context, CallPlanDraft plan)
        {
            if (plan.WindowCount > 0 && !plan.IsSettled)
            {
                plan.HangUpOnVoicemail(Acme);
            }
        }
    }

    private sealed class CitesOne(FollowUpReason[] declared, FollowUpReason cited) : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(CitesOne), "Cites one of many reasons.", [RuleId.Parse("ACME-01")], declared);

        public override void Apply(DecisionContext context, DecisionDraft draft) => draft.Because(cited);
    }

    private sealed class KeepsTheContext : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(KeepsTheContext), "Keeps its context, which it must not.", [RuleId.Parse("ACME-01")]);

        public DecisionContext? Kept { get; private set; }

        public override void Apply(DecisionContext context, DecisionDraft draft) => Kept = context;
    }

    /// <summary>Keeps its context and, in the next decision, tries to read the kept one.</summary>
    private sealed class ReadsThePreviousContext : DecisionStrategy
    {
        private DecisionContext? _previous;

        public override StrategyDescriptor Descriptor { get; } = new(nameof(ReadsThePreviousContext), "Reads a context it kept, which it must not.", [RuleId.Parse("ACME-01")]);

        public InvalidOperationException? Refused { get; private set; }

        public override void Apply(DecisionContext context, DecisionDraft draft)
        {
            if (_previous is { } previous)
            {
                try
                {
                    _ = previous.Now;
                }
                catch (InvalidOperationException e)
                {
                    Refused = e;
                }
            }

            _previous = context;
        }
    }

    private sealed class DelaysThroughAHelper : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(DelaysThroughAHelper), "Delays a day, through a helper.", [RuleId.Parse("ACME-01")], [Acme]);

        public override void Apply(DecisionContext context, DecisionDraft draft) => DelayADay(context, draft);

        private static void DelayADay(DecisionContext context, DecisionDraft copy) => copy.NotBefore(context.Now + Duration.FromDays(1), Acme);
    }
}
