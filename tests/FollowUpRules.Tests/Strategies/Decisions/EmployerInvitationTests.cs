using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class EmployerInvitationTests
{
    [Fact]
    [Trait("Rule", "PHN-04")]
    public void Decide_ReceptionistNamedATime_CallsThenInARequestedWindow()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 9, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 10, 15, 0) });
        var followUp = builder.Build();

        var wait = Phn.Decide(followUp, builder.At(L(2026, 3, 9, 9, 35)));
        wait.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 10, 15, 0)));
        wait.Reasons.Contains(RuleIds.Phn04).Should().BeTrue();

        var call = Phn.Decide(followUp, builder.At(L(2026, 3, 10, 15, 0))).Should().BeOfType<NextAction.Call>().Subject;
        call.Window.Quality.Should().Be(CallWindowQuality.Requested);
        call.Window.LocalStart.Should().Be(L(2026, 3, 10, 15, 0));
        call.Window.LocalEnd.Should().Be(L(2026, 3, 10, 15, 30));
        call.RequestedByEmployer.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-12")]
    public void Decide_NamedTimeInsideTheLunchBlackout_IsHonoured()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 9, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 11, 11, 30) });

        var call = Default.Decide(builder.Build(), builder.At(L(2026, 3, 11, 11, 30))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 11, 11, 30));
        call.Reasons.Contains(RuleIds.Fur12).Should().BeTrue();
        call.Alternatives.Should().OnlyContain(w => w.Start >= call.Window.End);
    }

    [Fact]
    [Trait("Rule", "CBR-06")]
    public void Decide_CbrAgreedToCallBackInAWeek_CallsAWeekLaterDespiteOneCallBeingEnough()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration, CallBackInAWeekAgreed = true });
        var followUp = builder.Build();

        var wait = Cbr.Decide(followUp, builder.At(L(2026, 3, 10, 10, 0)));
        wait.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 17, 9, 0)));
        wait.Reasons.Contains(RuleIds.Cbr06).Should().BeTrue();

        var call = Cbr.Decide(followUp, builder.At(L(2026, 3, 17, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;
        call.RequestedByEmployer.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "RCR-17")]
    public void Decide_RcrAskedToCallBackOnADate_AllowsACallBeyondTheOne()
    {
        var asked = CaseBuilder.London()
            .Called(L(2026, 3, 12, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration, CallBackOnOrAfter = new LocalDate(2026, 3, 19) });
        var notAsked = CaseBuilder.London()
            .Called(L(2026, 3, 12, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration });

        var invited = Rcr.Decide(asked.Build(), asked.At(L(2026, 3, 19, 9, 0)));
        invited.Should().BeOfType<NextAction.Call>().Which.RequestedByEmployer.Should().BeTrue();
        invited.Reasons.Contains(RuleIds.Rcr17).Should().BeTrue();

        var stopped = Rcr.Decide(notAsked.Build(), notAsked.At(L(2026, 3, 19, 9, 0)));
        stopped.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.LimitReached);
        stopped.Reasons.Contains(RuleIds.Rcr17).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "CBR-02")]
    public void Decide_CbrReceptionistNamedATime_WaitsForThatTime()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 11, 16, 0) });

        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 9, 35)));

        action.Reasons.Contains(RuleIds.Cbr02).Should().BeTrue();
        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 11, 16, 0)));
    }

    [Fact]
    public void Decide_NamedTimeAlreadyPast_FallsBackToTheNextOrdinaryWindow()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 10, 15, 0) });

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 16, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.Quality.Should().Be(CallWindowQuality.Allowed);
        call.Window.LocalStart.Should().Be(L(2026, 3, 10, 16, 0));
    }
}
