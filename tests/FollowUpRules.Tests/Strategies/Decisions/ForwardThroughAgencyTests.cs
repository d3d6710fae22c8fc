using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class ForwardThroughAgencyTests
{
    private static CaseBuilder NoAddresses() => CaseBuilder.London()
        .WithPeople(new Interviewer { Name = "Jane Smith", Role = InterviewerRole.HiringManager })
        .ThroughAgency();

    [Fact]
    [Trait("Rule", "EML-04")]
    public void Decide_EmlWithNoInterviewerAddressViaAgency_AsksTheAgencyToForward()
    {
        var builder = NoAddresses();
        var action = Eml.Decide(builder.Build(), builder.At(L(2026, 3, 5, 11, 0)));

        var agency = action.Should().BeOfType<NextAction.ContactAgency>().Subject;
        agency.Request.Should().Be(AgencyRequest.ForwardThankYou);
        agency.Channel.Should().Be(ContactChannel.Email);
        action.Reasons.Contains(RuleIds.Eml04).Should().BeTrue();
    }

    [Fact]
    public void Decide_EmlWithAnInterviewerAddress_EmailsDirectlyNotTheAgency()
    {
        var builder = CaseBuilder.London().ThroughAgency();
        var action = Eml.Decide(builder.Build(), builder.At(L(2026, 3, 5, 11, 0)));

        action.Should().BeOfType<NextAction.SendEmail>();
    }

    [Fact]
    public void Decide_EmlWithNoAddressAndNoAgency_StopsForLackOfDetails()
    {
        var builder = CaseBuilder.London().WithPeople(new Interviewer { Name = "Jane Smith" });
        var action = Eml.Decide(builder.Build(), builder.At(L(2026, 3, 5, 11, 0)));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoContactDetails);
    }
}
