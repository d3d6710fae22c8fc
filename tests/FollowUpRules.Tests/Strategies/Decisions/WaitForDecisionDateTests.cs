using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class WaitForDecisionDateTests
{
    private static CaseBuilder TimelineGiven() => CaseBuilder.London()
        .Emailed(L(2026, 3, 5, 12, 0))
        .Called(L(2026, 3, 9, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration, DecisionExpectedBy = new LocalDate(2026, 3, 20) });

    [Fact]
    [Trait("Rule", "PHN-09")]
    public void Decide_PhnTimelineGiven_WaitsUntilTheDateHasPassed()
    {
        var builder = TimelineGiven();
        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 3, 9, 10, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 23, 9, 0)));
        action.Reasons.Contains(RuleIds.Phn09).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "CBR-06")]
    public void Decide_CbrSourcedTimelineGiven_WaitsForTheTimeline()
    {
        var builder = TimelineGiven();
        var policy = With(p => p with { MaxFollowUpRounds = 3, FinalCallAfterSilence = null }, FollowUpProfiles.Cbr);

        var action = policy.Decide(builder.Build(), builder.At(L(2026, 3, 9, 10, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 23, 9, 0)));
        action.Reasons.Contains(RuleIds.Cbr06).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "CBR-08")]
    public void Decide_CbrTimelineEndingBeforeTheFinalCall_WaitsForTheFinalCall()
    {
        var builder = TimelineGiven();
        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 9, 10, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 26, 9, 0)), "the one call is made; the next is CBR-08's after several weeks");
        action.Reasons.Contains(RuleIds.Cbr08).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "ETQ-02")]
    public void Decide_EtqTimeFrameFromTheInterview_WaitsForIt()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { DecisionExpectedBy = new LocalDate(2026, 3, 18) });
        var action = Etq.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 19, 9, 0)));
        action.Reasons.Contains(RuleIds.Etq02).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "RCR-18")]
    public void Decide_TimelineWithRcrProfile_CitesTheHiringTimeline()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { DecisionExpectedBy = new LocalDate(2026, 3, 25) });
        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 26, 9, 0)));
        action.Reasons.Contains(RuleIds.Rcr18).Should().BeTrue();
    }

    [Fact]
    public void Decide_DateAlreadyFollowedUp_NoLongerHoldsTheCandidateBack()
    {
        var builder = TimelineGiven().LeftVoicemail(L(2026, 3, 23, 9, 30));
        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 3, 30, 9, 0)));

        action.Reasons.Contains(RuleIds.Phn09).Should().BeFalse();
    }
}
