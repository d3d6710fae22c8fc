using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class ThankYouFirstTests
{
    [Fact]
    [Trait("Rule", "EML-02")]
    [Trait("Rule", "EML-05")]
    public void Decide_DefaultRightAfterInterview_EmailsEveryoneMetStraightAway()
    {
        var builder = CaseBuilder.London();
        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 5, 11, 0)));

        var email = action.Should().BeOfType<NextAction.SendEmail>().Subject;
        email.Purpose.Should().Be(AttemptPurpose.ThankYou);
        email.To.Select(p => p.Name).Should().Equal("Jane Smith", "Raj Patel");
        action.Reasons.Contains(RuleIds.Eml02).Should().BeTrue();
        action.Reasons.Contains(RuleIds.Eml05).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "EML-02")]
    public void Decide_SomeoneWithoutAnAddress_IsLeftOutOfTheEmail()
    {
        var carl = new Interviewer { Name = "Carl Ng", DirectLine = "+44 20 7946 0002" };
        var builder = CaseBuilder.London().WithPeople(CaseBuilder.Jane, carl, CaseBuilder.Raj);

        var action = Eml.Decide(builder.Build(), builder.At(L(2026, 3, 5, 11, 0)));

        action.Should().BeOfType<NextAction.SendEmail>().Which.To.Select(p => p.Name).Should().Equal("Jane Smith", "Raj Patel");
    }

    [Fact]
    [Trait("Rule", "PHN-01")]
    public void Decide_PhnRightAfterInterview_SendsACardBeforeAnyCall()
    {
        var builder = CaseBuilder.London();
        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.SendThankYouNote>().Which.To.Should().HaveCount(2);
        action.Reasons.Contains(RuleIds.Phn01).Should().BeTrue();
    }

    [Fact]
    public void Decide_AfterTheThankYouWasSent_DoesNotSendItAgain()
    {
        var builder = CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0));
        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 5, 13, 0)));

        action.Should().NotBeOfType<NextAction.SendEmail>();
    }

    [Fact]
    public void Decide_ProfilesWithoutThankYou_NeverStartWithOne()
    {
        var builder = CaseBuilder.London();
        foreach (var policy in new[] { Etq, Rcr, Cbr })
        {
            var action = policy.Decide(builder.Build(), builder.At(L(2026, 3, 5, 11, 0)));
            action.Should().BeOfType<NextAction.Wait>(policy.Profile.Name);
        }
    }
}
