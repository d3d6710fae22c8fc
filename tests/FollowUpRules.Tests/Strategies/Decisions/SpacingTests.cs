using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

/// <summary>Tests of <see cref="RedialLater"/> and <see cref="RoundInterval"/>, the rules that space calls out.</summary>
public sealed class SpacingTests
{
    [Fact]
    [Trait("Rule", "PHN-03")]
    public void Decide_DefaultAfterAnUnansweredCall_TriesAgainOnTheNextBusinessDay()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 10, 9, 5), Responder.Nobody);

        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 10, 9, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 11, 9, 0)));
        action.Reasons.Contains(RuleIds.Phn03).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-04")]
    public void Decide_EtqAfterAnUnansweredCall_CitesTheLibraryRedial()
    {
        var builder = CaseBuilder.London().Called(L(2026, 3, 10, 14, 5), Responder.Nobody);

        var action = Etq.Decide(builder.Build(), builder.At(L(2026, 3, 10, 14, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 11, 9, 0)));
        action.Reasons.Contains(RuleIds.Fur04).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-05")]
    public void Decide_PhnAfterAVoicemail_WaitsACoupleOfDaysBeforeTheNextCall()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .LeftVoicemail(L(2026, 3, 9, 9, 5));

        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 3, 9, 9, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 11, 9, 0)));
        action.Reasons.Contains(RuleIds.Phn05).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-09")]
    public void Decide_PhnAfterAConversationWithoutADate_WaitsTheRoundInterval()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 9, 9, 5), Responder.Interviewer);

        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 3, 9, 9, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 16, 9, 0)));
        action.Reasons.Contains(RuleIds.Fur09).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-10")]
    public void Decide_ThreeUnansweredCallsInARow_CountAsOneRound()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 5), Responder.Nobody)
            .Called(L(2026, 3, 11, 9, 5), Responder.Nobody)
            .Called(L(2026, 3, 12, 9, 5), Responder.Nobody);

        var rcr = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 12, 9, 10)));

        rcr.Should().BeOfType<NextAction.Stop>("RCR allows one round, and three unanswered calls complete it")
            .Which.Reason.Should().Be(StopReason.LimitReached);
    }

    [Fact]
    public void RedialReasons_NoDaysOrSomeDays_SayWhenTheNextTryComes()
    {
        var sameDay = FollowUpProfiles.Default with { Name = "acme", RedialAfterDays = 0 };
        var twoDays = FollowUpProfiles.Default with { Name = "acme", RedialAfterDays = 2 };

        RedialLater.TryAgainLater.For(sameDay).Explanation.Should().Be("The last call reached nobody useful; the next try may come at the next open time.");
        RedialLater.ReachAPerson.For(sameDay).Explanation.Should().Be("The last call reached no one from the interview; the next try aims to speak to a person.");
        RedialLater.TryAgainLater.For(twoDays).Explanation.Should().StartWith("The last call reached nobody useful, so the next try waits 2 ");
        RedialLater.ReachAPerson.For(twoDays).Explanation.Should().StartWith("The last call reached no one from the interview; the next try, 2 ").And.EndWith(" later, aims to speak to a person.");
    }
}
