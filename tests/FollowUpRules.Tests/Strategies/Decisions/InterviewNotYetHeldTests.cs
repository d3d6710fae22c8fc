using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class InterviewNotYetHeldTests
{
    [Fact]
    [Trait("Rule", "FUR-01")]
    public void Decide_BeforeTheInterview_WaitsForTheInterview()
    {
        var builder = CaseBuilder.London();
        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 5, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.InterviewAt);
        action.Reasons.Contains(RuleIds.Fur01).Should().BeTrue();
    }

    [Fact]
    public void Decide_AtTheInterview_DoesNotCiteFur01()
    {
        var builder = CaseBuilder.London();
        var action = Default.Decide(builder.Build(), builder.InterviewAt);

        action.Reasons.Contains(RuleIds.Fur01).Should().BeFalse();
    }
}
