using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class AgencyUpdateFirstTests
{
    [Fact]
    [Trait("Rule", "RCR-03")]
    public void Decide_RcrAgencyCandidate_AsksTheAgencySoonerThanCallingTheEmployer()
    {
        var builder = CaseBuilder.London().ThroughAgency();
        var followUp = builder.Build();

        var early = Rcr.Decide(followUp, builder.At(L(2026, 3, 6, 9, 0)));
        var wait = early.Should().BeOfType<NextAction.Wait>().Subject;
        wait.Until.Should().Be(builder.At(L(2026, 3, 9, 9, 0)), "RCR counts calendar days: two after Thursday is Saturday, and the wait ends when the office next opens");
        early.Reasons.Contains(RuleIds.Rcr03).Should().BeTrue();

        var due = Rcr.Decide(followUp, builder.At(L(2026, 3, 9, 9, 0)));
        var agency = due.Should().BeOfType<NextAction.ContactAgency>().Subject;
        agency.Request.Should().Be(AgencyRequest.AskForUpdate);
        agency.Channel.Should().Be(ContactChannel.Phone);
    }

    [Fact]
    public void Decide_RcrAfterTheAgencyUpdate_WaitsForTheUsualFirstCall()
    {
        var builder = CaseBuilder.London().ThroughAgency()
            .Called(L(2026, 3, 7, 10, 0), Responder.Agency);

        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 7, 11, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 12, 9, 0)));
        action.Reasons.Contains(RuleIds.Rcr02).Should().BeTrue();
    }

    [Fact]
    public void Decide_CbrAgencyCandidate_DoesNotContactTheAgencyFirst()
    {
        var builder = CaseBuilder.London().ThroughAgency();
        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 7, 10, 0)));

        action.Should().BeOfType<NextAction.Wait>();
        action.Reasons.Contains(RuleIds.Rcr03).Should().BeFalse();
    }
}
