using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

/// <summary>Tests of <see cref="FinalCallAfterSilence"/>, <see cref="CallLimit"/>, <see cref="GiveUpAfterSilence"/> and <see cref="AttemptCap"/>.</summary>
public sealed class LimitTests
{
    [Fact]
    [Trait("Rule", "CBR-08")]
    public void Decide_CbrAfterOneCallWithoutNews_MakesOneMoreAfterWeeksOfSilence()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration });
        var followUp = builder.Build();

        var wait = Cbr.Decide(followUp, builder.At(L(2026, 3, 10, 10, 0)));
        wait.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 26, 9, 0)), "three weeks after the interview");
        wait.Reasons.Contains(RuleIds.Cbr08).Should().BeTrue();

        var call = Cbr.Decide(followUp, builder.At(L(2026, 3, 26, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;
        call.IsFinalCall.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "CBR-07")]
    public void Decide_CbrAfterTheFinalCall_Stops()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration })
            .Called(L(2026, 3, 26, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration });

        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 26, 10, 0)));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.LimitReached);
        action.Reasons.Contains(RuleIds.Cbr07).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "RCR-17")]
    public void Decide_RcrAfterItsOneCall_Stops()
    {
        var builder = CaseBuilder.London().LeftVoicemail(L(2026, 3, 12, 9, 30));

        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 20, 9, 0)));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.LimitReached);
        action.Reasons.Contains(RuleIds.Rcr17).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-06")]
    public void Decide_PhnCallsUnreturnedForWeeks_MovesOn()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .LeftVoicemail(L(2026, 3, 9, 9, 30))
            .LeftVoicemail(L(2026, 3, 11, 9, 30));
        var followUp = builder.Build();

        Phn.Decide(followUp, builder.At(L(2026, 3, 20, 9, 0))).Should().BeOfType<NextAction.Call>("four weeks have not passed yet");
        var action = Phn.Decide(followUp, builder.At(L(2026, 4, 6, 9, 0)));
        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoResponse);
        action.Reasons.Contains(RuleIds.Phn06).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-06")]
    public void Decide_SilenceCountsFromTheDayAfterTheDecisionDateWhenThatIsLater()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .LeftVoicemail(L(2026, 3, 9, 9, 30))
            .Called(L(2026, 3, 11, 9, 30), Responder.Receptionist, a => a with { DecisionExpectedBy = new LocalDate(2026, 4, 20) });
        var followUp = builder.Build();

        Phn.Decide(followUp, builder.At(L(2026, 4, 9, 9, 0))).Should().NotBeOfType<NextAction.Stop>("four weeks of silence count from 21 April, not from March");
        var late = Phn.Decide(followUp, builder.At(L(2026, 5, 20, 9, 0)));
        late.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoResponse);
    }

    [Fact]
    [Trait("Rule", "PHN-06")]
    public void Decide_TheNextCallWouldFallAfterTheSilenceRunsOut_StopsNowRatherThanWaiting()
    {
        // Four weeks from the first call (9 March) run out at the start of Monday 6 April; on
        // Friday 3 April the next call could not come before Monday, so it is time to move on now.
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .LeftVoicemail(L(2026, 3, 9, 9, 30))
            .Called(L(2026, 4, 3, 16, 30), Responder.Nobody);

        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 4, 3, 16, 45)));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoResponse);
        action.Reasons.Contains(RuleIds.Phn06).Should().BeTrue();
    }

    [Fact]
    public void Decide_SilenceCountsFromTheLastNews()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .LeftVoicemail(L(2026, 3, 9, 9, 30))
            .Called(L(2026, 3, 30, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration });

        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 4, 7, 9, 0)));

        action.Should().BeOfType<NextAction.Call>();
    }

    [Fact]
    [Trait("Rule", "FUR-05")]
    public void Decide_EtqWithNoRoundLimit_StopsAtTheAttemptCeiling()
    {
        var builder = CaseBuilder.London();
        var day = new LocalDate(2026, 3, 10);
        for (var i = 0; i < 8; i++)
        {
            while (day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                day = day.PlusDays(1);
            }

            builder.Called(day.At(new LocalTime(14, 0)), Responder.Nobody);
            day = day.PlusDays(1);
        }

        var action = Etq.Decide(builder.Build(), builder.At(L(2026, 4, 1, 9, 0)));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.LimitReached);
        action.Reasons.Contains(RuleIds.Fur05).Should().BeTrue();
    }

    [Theory]
    [InlineData(1, false, "1 round of calls")]
    [InlineData(1, true, "1 round of calls and a final call")]
    [InlineData(3, false, "3 rounds of calls")]
    [InlineData(2, true, "2 rounds of calls and a final call")]
    [InlineData(null, true, "no limit on rounds")]
    public void CallLimitReasons_AnyProfile_StateItsRoundsAndFinalCall(int? rounds, bool finalCall, string allowed)
    {
        var profile = FollowUpProfiles.Default with { Name = "acme", MaxFollowUpRounds = rounds, FinalCallAfterSilence = finalCall ? Period.FromWeeks(3) : null };

        CallLimit.ProfileLimit.For(profile).Explanation.Should().Be($"The profile's follow-up calls are used up ({allowed}).");
        CallLimit.OneIsEnough.For(profile).Explanation.Should().Contain($"({allowed})");
        CallLimit.OnceUnlessAsked.For(profile).Explanation.Should().Contain($"({allowed})");
    }
}
