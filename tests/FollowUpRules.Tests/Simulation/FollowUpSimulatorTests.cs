using FluentAssertions;
using FollowUpRules.Simulation;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Simulation;

public sealed class FollowUpSimulatorTests
{
    private static CaseBuilder Builder => CaseBuilder.London();
    private static readonly Instant AfterInterview = Builder.At(L(2026, 3, 5, 12, 0));

    [Fact]
    public void Run_NobodyEverAnswers_RecordsEveryContactAndStopsAtTheLimit()
    {
        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview);

        transcript.Stopped.Should().BeTrue();
        transcript.Stop!.Reason.Should().Be(StopReason.LimitReached, "the default profile runs out of calls before its give-up date");
        var contacts = transcript.Steps.Where(s => s.Action is not NextAction.Wait and not NextAction.Stop).ToList();
        contacts.Should().OnlyContain(s => s.Recorded != null, "every contact the policy proposes is recorded");
        transcript.Steps.Where(s => s.Action is NextAction.Wait or NextAction.Stop).Should().OnlyContain(s => s.Recorded == null);
        transcript.FinalCase.Attempts.Should().Equal(contacts.Select(s => s.Recorded!));
        transcript.Steps.Select(s => s.Step).Should().Equal(Enumerable.Range(1, transcript.Steps.Count));
    }

    [Fact]
    public void Run_Call_IsRecordedAtTheStartOfItsWindowAsVoicemailWhenNobodyAnswers()
    {
        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview);

        foreach (var step in transcript.Steps.Where(s => s.Action is NextAction.Call))
        {
            var call = (NextAction.Call)step.Action;
            step.Recorded!.At.Should().Be(call.Window.Start);
            step.Recorded.Channel.Should().Be(ContactChannel.Phone);
            step.Recorded.AnsweredBy.Should().Be(Responder.Voicemail);
            step.Recorded.VoicemailLeft.Should().Be(call.IfVoicemail == VoicemailPlan.LeaveMessage);
        }
    }

    [Fact]
    public void Run_WrittenMessages_AreRecordedAtOnceOnTheirChannel()
    {
        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview);

        var first = transcript.Steps[0];
        first.Action.Should().BeOfType<NextAction.SendEmail>();
        first.Recorded!.At.Should().Be(AfterInterview);
        first.Recorded.Channel.Should().Be(ContactChannel.Email);
        first.Recorded.AnsweredBy.Should().Be(Responder.Nobody);
    }

    [Fact]
    public void Run_ByKindAnswer_AppliesToEveryActionOfThatKind()
    {
        var filled = new SimulatedResponse { AnsweredBy = Responder.Interviewer, Status = CandidateStatus.PositionFilled };
        var script = new SimulationScript(byKind: [new(NextActionKind.Call, filled)]);

        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, script);

        var call = transcript.Steps.First(s => s.Action is NextAction.Call);
        call.Recorded!.AnsweredBy.Should().Be(Responder.Interviewer);
        call.Recorded.Status.Should().Be(CandidateStatus.PositionFilled);
        call.Recorded.VoicemailLeft.Should().BeFalse();
        transcript.Stop!.Reason.Should().Be(StopReason.PositionFilled);
        transcript.Steps[^1].Step.Should().Be(call.Step + 1, "the decision after the news is the stop");
    }

    [Fact]
    public void Run_ByStepAnswer_TakesPrecedenceOverByKindAndDefault()
    {
        var offer = new SimulatedResponse { AnsweredBy = Responder.Interviewer, Status = CandidateStatus.OfferMade };
        var filled = new SimulatedResponse { AnsweredBy = Responder.Interviewer, Status = CandidateStatus.PositionFilled };
        var script = new SimulationScript(
            byStep: [new(1, offer)],
            byKind: [new(NextActionKind.SendEmail, filled)],
            fallback: filled);

        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, script);

        transcript.Steps[0].Recorded!.Status.Should().Be(CandidateStatus.OfferMade);
        transcript.Stop!.Reason.Should().Be(StopReason.OfferMade);
        transcript.Steps.Should().HaveCount(2);
    }

    [Fact]
    public void Run_Fallback_AnswersWhatNoStepOrKindScripts()
    {
        var notConsidered = new SimulatedResponse { Status = CandidateStatus.NoLongerConsidered };
        var script = new SimulationScript(fallback: notConsidered);

        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, script);

        script.Default.Should().BeSameAs(notConsidered);
        transcript.Stop!.Reason.Should().Be(StopReason.NotConsidered);
    }

    [Fact]
    public void Run_ResponderGivesDates_RecordsEveryFactOnTheAttempt()
    {
        var answer = new SimulatedResponse
        {
            AnsweredBy = Responder.Receptionist,
            VoicemailLeft = false,
            Status = CandidateStatus.StillUnderConsideration,
            DecisionExpectedBy = new LocalDate(2026, 4, 1),
            CallBackOnOrAfter = new LocalDate(2026, 3, 25),
            InterviewerAvailableAt = new LocalDateTime(2026, 3, 26, 15, 0),
            CallBackInAWeekAgreed = true,
        };

        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, m => m.Action is NextAction.Call ? answer : null, maxSteps: 6);

        var recorded = transcript.Steps.First(s => s.Action is NextAction.Call).Recorded!;
        recorded.AnsweredBy.Should().Be(Responder.Receptionist);
        recorded.VoicemailLeft.Should().BeFalse();
        recorded.Status.Should().Be(CandidateStatus.StillUnderConsideration);
        recorded.DecisionExpectedBy.Should().Be(new LocalDate(2026, 4, 1));
        recorded.CallBackOnOrAfter.Should().Be(new LocalDate(2026, 3, 25));
        recorded.InterviewerAvailableAt.Should().Be(new LocalDateTime(2026, 3, 26, 15, 0));
        recorded.CallBackInAWeekAgreed.Should().BeTrue();
    }

    [Fact]
    public void Run_ThroughAgency_RecordsAgencyContactsAsViaAgencyOnTheirChannel()
    {
        var transcript = FollowUpSimulator.Run(Rcr, Builder.ThroughAgency().Build(), AfterInterview);

        var agencySteps = transcript.Steps.Where(s => s.Action is NextAction.ContactAgency).ToList();
        agencySteps.Should().NotBeEmpty();
        foreach (var step in agencySteps)
        {
            step.Recorded!.ViaAgency.Should().BeTrue();
            step.Recorded.Channel.Should().Be(((NextAction.ContactAgency)step.Action).Channel);
        }
    }

    [Fact]
    public void Run_StepLimitReached_IsNotAStop()
    {
        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, maxSteps: 1);

        transcript.Steps.Should().ContainSingle();
        transcript.Stopped.Should().BeFalse();
        transcript.Stop.Should().BeNull();
        transcript.ReachedTimeLimit.Should().BeFalse();
        transcript.ToText(Builder.Zone).Should().EndWith("Step limit reached before a stop.\n");
    }

    [Fact]
    public void Run_Until_EndsBeforeTheFirstStepAfterIt()
    {
        var until = Builder.At(L(2026, 3, 20, 0, 0));

        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, until: until);

        transcript.Stopped.Should().BeFalse();
        transcript.ReachedTimeLimit.Should().BeTrue();
        transcript.FinalCase.Attempts.Should().NotBeEmpty().And.OnlyContain(a => a.At <= until);
        transcript.Steps.Where(s => s.Action is NextAction.Call).Should().OnlyContain(s => ((NextAction.Call)s.Action).Window.Start <= until);
        transcript.Steps.Should().OnlyContain(s => s.DecidedAt <= until);
        transcript.ToText(Builder.Zone).Should().EndWith("End of the simulated period reached before a stop.\n");
    }

    [Fact]
    public void Run_UntilAfterTheStop_StopsAsUsual()
    {
        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, until: Builder.At(L(2027, 1, 1, 0, 0)));

        transcript.Stopped.Should().BeTrue();
        transcript.ReachedTimeLimit.Should().BeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Run_StepLimitOutOfRange_Throws(int maxSteps)
    {
        var run = () => FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, maxSteps: maxSteps);

        run.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(maxSteps)).Which.ActualValue.Should().Be(maxSteps);
    }

    [Fact]
    public void Run_StepLimitOfOneThousand_IsAllowed()
    {
        FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, maxSteps: FollowUpSimulator.MaxStepLimit).Stopped.Should().BeTrue();
    }

    [Fact]
    public void Run_SameScenarioTwice_GivesTheSameTranscript()
    {
        var first = FollowUpSimulator.Run(Phn, Builder.Build(), AfterInterview).ToText(Builder.Zone);
        var second = FollowUpSimulator.Run(Phn, Builder.Build(), AfterInterview).ToText(Builder.Zone);

        second.Should().Be(first);
    }

    [Fact]
    public void ToText_Transcript_ShowsEachStepInOfficeTimeWithReasonsAndRecordedFacts()
    {
        var answer = new SimulatedResponse
        {
            AnsweredBy = Responder.Receptionist,
            Status = CandidateStatus.StillUnderConsideration,
            DecisionExpectedBy = new LocalDate(2026, 4, 1),
            CallBackOnOrAfter = new LocalDate(2026, 3, 25),
            InterviewerAvailableAt = new LocalDateTime(2026, 3, 26, 15, 0),
            CallBackInAWeekAgreed = true,
        };
        var transcript = FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, new SimulationScript(byKind: [new(NextActionKind.Call, answer)]), maxSteps: 4);

        var text = transcript.ToText(Builder.Zone);

        var lines = text.Split('\n');
        lines[0].Should().Be("  1. Thu 5 Mar 2026 12:00  " + transcript.Steps[0].Action.Describe());
        lines[1].Should().Be("     because " + string.Join(", ", transcript.Steps[0].Action.Reasons.CitedRuleIds()));
        lines[2].Should().Be("     recorded email at Thu 5 Mar 2026 12:00, answered by nobody");
        text.Should().Contain("  2. Thu 5 Mar 2026 12:00  Wait until ");
        text.Should().Contain("recorded phone at ").And.Contain(", answered by receptionist, status stillUnderConsideration, decision by 2026-04-01, call back on or after 2026-03-25, interviewer free at Thu 26 Mar 2026 15:00, call back in a week agreed\n");
    }

    [Fact]
    public void ToText_VoicemailLeft_SaysSo()
    {
        var transcript = FollowUpSimulator.Run(Phn, Builder.Build(), AfterInterview, respond: m => m.Action is NextAction.Call ? new SimulatedResponse { AnsweredBy = Responder.Voicemail, VoicemailLeft = true } : null);

        transcript.ToText(Builder.Zone).Should().Contain("answered by voicemail, voicemail left\n").And.EndWith("Stopped.\n");
    }

    [Fact]
    public void Run_VoicemailAnswersAWrittenMessage_ThrowsNamingTheStep()
    {
        var run = () => FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, new SimulationScript(fallback: new SimulatedResponse { AnsweredBy = Responder.Voicemail }));

        run.Should().Throw<ArgumentException>().WithMessage("Step 1: the scripted answer to SendEmail says answeredBy Voicemail, but only a phone call can be answered by Voicemail*");
    }

    [Fact]
    public void Run_VoicemailLeftWithAPersonAnswering_ThrowsNamingTheStep()
    {
        var run = () => FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, m => new SimulatedResponse { AnsweredBy = Responder.Interviewer, VoicemailLeft = true });

        run.Should().Throw<ArgumentException>().WithMessage("Step 1: the scripted answer says voicemailLeft true but answeredBy Interviewer*");
    }

    [Fact]
    public void Run_ReceptionistWhoWouldNotPutTheCallThrough_IsRecordedAndTheNextCallAnswersIt()
    {
        var calls = 0;
        var transcript = FollowUpSimulator.Run(Etq, Builder.Build(), AfterInterview, m => m.Action is NextAction.Call && ++calls == 1
            ? new SimulatedResponse { AnsweredBy = Responder.Receptionist, Gatekeeper = GatekeeperResponse.WouldNotPutThrough }
            : null, maxSteps: 6);

        var refused = transcript.Steps.First(s => s.Recorded is { Channel: ContactChannel.Phone });
        refused.Recorded!.Gatekeeper.Should().Be(GatekeeperResponse.WouldNotPutThrough);
        transcript.Steps.Select(s => s.Action).OfType<NextAction.Call>().Skip(1).First().IfGatekeeper.Should().Be(GatekeeperPlan.AskWhenInterviewerIsFree);
        transcript.ToText(Builder.Zone).Should().Contain("answered by receptionist, would not put the call through");
    }

    [Fact]
    public void Run_GatekeeperWithoutAReceptionist_ThrowsNamingTheStep()
    {
        var run = () => FollowUpSimulator.Run(Default, Builder.Build(), AfterInterview, m => new SimulatedResponse { AnsweredBy = Responder.Interviewer, Gatekeeper = GatekeeperResponse.OfferedToTakeMessage });

        run.Should().Throw<ArgumentException>().WithMessage("Step 1: the scripted answer says gatekeeper OfferedToTakeMessage but answeredBy Interviewer*");
        var unspecified = () => FollowUpSimulator.Run(Etq, Builder.Build(), AfterInterview, m => new SimulatedResponse { AnsweredBy = Responder.Receptionist, Gatekeeper = GatekeeperResponse.Unspecified });
        unspecified.Should().Throw<ArgumentException>().WithMessage("Step 2: the scripted answer says gatekeeper Unspecified; give OfferedToTakeMessage or WouldNotPutThrough*", "step 1 is the wait for the first call");
    }

    [Fact]
    public void SimulationScript_StepNumberBelowOne_Throws()
    {
        var create = () => new SimulationScript(byStep: [new(0, SimulatedResponse.NoAnswer)]);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("byStep");
    }

    [Fact]
    public void SimulationScript_Respond_PrefersStepThenKindThenDefault()
    {
        var byStep = new SimulatedResponse { Status = CandidateStatus.OfferMade };
        var byKind = new SimulatedResponse { Status = CandidateStatus.NoLongerConsidered };
        var fallback = new SimulatedResponse { Status = CandidateStatus.PositionFilled };
        var script = new SimulationScript([new(2, byStep)], [new(NextActionKind.SendEmail, byKind)], fallback);
        var email = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.FollowUp, null, [new FollowUpReason(RuleId.Parse("EML-01"), "test")]);
        var note = new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.ThankYou, null, [new FollowUpReason(RuleId.Parse("ETQ-01"), "test")]);

        script.Respond(new SimulationMoment(2, AfterInterview, email)).Should().BeSameAs(byStep);
        script.Respond(new SimulationMoment(3, AfterInterview, email)).Should().BeSameAs(byKind);
        script.Respond(new SimulationMoment(3, AfterInterview, note)).Should().BeSameAs(fallback);
        script.ByStep.Should().ContainKey(2);
        script.ByKind.Should().ContainKey(NextActionKind.SendEmail);
        SimulationScript.NoAnswer.Respond(new SimulationMoment(1, AfterInterview, note)).Should().BeSameAs(SimulatedResponse.NoAnswer);
    }
}
