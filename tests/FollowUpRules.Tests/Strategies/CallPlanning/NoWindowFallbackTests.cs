using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies;
using FollowUpRules.Strategies.CallPlanning;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.CallPlanning;

/// <summary>Tests of <see cref="NoWindowFallback"/> (FUR-06): a stop for want of a window stays a stop.</summary>
public sealed class NoWindowFallbackTests
{
    private static readonly FollowUpReason NeverTakesCalls = new(RuleId.Parse("ACME-1"), "This employer takes no calls.");

    /// <summary>A policy for <paramref name="profile"/> whose host window strategy keeps calls off every day: no window ever opens.</summary>
    private static FollowUpPolicy NoCallsEver(FollowUpProfile profile) =>
        new FollowUpPolicyBuilder(profile).Add(Strategy.BlockDays("NoCallsEver", NeverTakesCalls, _ => true)).Build();


    [Theory]
    [Trait("Rule", "FUR-06")]
    [InlineData("cbr")]
    [InlineData("phn")]
    [InlineData("etq")]
    [InlineData("default")]
    public void Decide_AnUnansweredCallRecordedAfterANoWindowStop_StillStops(string profile)
    {
        var policy = NoCallsEver(For(profile).Profile);
        var builder = CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0));
        var first = policy.Decide(builder.Build(), builder.At(L(2026, 4, 20, 8, 0)));
        first.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoCallWindow);

        builder.Called(L(2026, 4, 20, 8, 5), Responder.Nobody);
        var next = policy.Decide(builder.Build(), builder.At(L(2026, 4, 20, 8, 15)));

        next.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoCallWindow, "the office is still closed for a year; only a change to its calendar can reopen the follow-up");
        next.Reasons.CitedRuleIds().Should().Contain(RuleIds.Fur06);
    }

    [Fact]
    [Trait("Rule", "FUR-06")]
    public void Decide_AWaitForACallThatNoWindowCanFollow_StopsAtOnce()
    {
        // The first call is not due for days, but whenever it falls due the office is closed for a year.
        var builder = CaseBuilder.London();

        var action = NoCallsEver(FollowUpProfiles.Cbr).Decide(builder.Build(), builder.At(L(2026, 3, 6, 12, 0)));

        action.Should().NotBeOfType<NextAction.Wait>("a wait would end in the same stop");

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoCallWindow);
    }
}
