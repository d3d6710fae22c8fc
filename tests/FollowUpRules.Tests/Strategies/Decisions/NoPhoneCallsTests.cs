using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class NoPhoneCallsTests
{
    [Fact]
    [Trait("Rule", "EML-01")]
    public void Decide_EmlAfterTheEmail_StopsWithoutEverCalling()
    {
        var builder = CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0));
        var followUp = builder.Build();

        for (var day = 0; day < 60; day++)
        {
            var action = Eml.Decide(followUp, builder.At(L(2026, 3, 5, 13, 0)) + Duration.FromDays(day));
            action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.LimitReached);
            action.Reasons.Contains(RuleIds.Eml01).Should().BeTrue();
        }
    }

    [Fact]
    public void Decide_EveryProfileWithPhone_EventuallyCalls()
    {
        var builder = CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0));
        var followUp = builder.Build();
        foreach (var policy in new[] { Default, Etq, Phn, Rcr, Cbr })
        {
            policy.Decide(followUp, builder.At(L(2026, 3, 20, 8, 0))).Should().BeOfType<NextAction.Call>(policy.Profile.Name);
        }
    }
}
