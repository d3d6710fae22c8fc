using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class StopOnOutcomeTests
{
    private static readonly CaseBuilder Case = CaseBuilder.London();

    [Fact]
    [Trait("Rule", "PHN-08")]
    public void Decide_PositionFilled_Stops()
    {
        var followUp = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.PositionFilled })
            .Build();

        var action = Phn.Decide(followUp, Case.At(2026, 3, 11, 9));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.PositionFilled);
        action.Reasons.Contains(RuleIds.Phn08).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "CBR-04")]
    public void Decide_NoLongerConsideredUnderCbr_Stops()
    {
        var followUp = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.NoLongerConsidered })
            .Build();

        var action = Cbr.Decide(followUp, Case.At(2026, 3, 11, 9));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NotConsidered);
        action.Reasons.Contains(RuleIds.Cbr04).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-07")]
    public void Decide_OfferMade_Stops()
    {
        var followUp = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.OfferMade })
            .Build();

        var action = Default.Decide(followUp, Case.At(2026, 3, 11, 9));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.OfferMade);
        action.Reasons.Contains(RuleIds.Fur07).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-08")]
    public void Decide_FilledThenLaterStillConsidered_StaysStopped()
    {
        var followUp = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.PositionFilled })
            .Called(L(2026, 3, 17, 9, 30), Responder.OtherInterviewer, a => a with { Status = CandidateStatus.StillUnderConsideration })
            .Build();

        var action = Default.Decide(followUp, Case.At(2026, 4, 20, 9));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.PositionFilled);
    }

    [Fact]
    public void Decide_StillUnderConsideration_DoesNotStop()
    {
        var followUp = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration })
            .Build();

        var action = Phn.Decide(followUp, Case.At(2026, 3, 11, 9));

        action.Should().NotBeOfType<NextAction.Stop>();
    }
}
