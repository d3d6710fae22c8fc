using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class FirstCallDelayTests
{
    private static CaseBuilder AfterThankYou() => CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0));

    [Fact]
    [Trait("Rule", "PHN-02")]
    public void Decide_PhnDayAfter_WaitsTwoBusinessDays()
    {
        var builder = AfterThankYou();
        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 9, 9, 0)), "Thursday plus two business days is Monday, from when the office opens");
        action.Reasons.Contains(RuleIds.Phn02).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "CBR-01")]
    public void Decide_CbrDayAfter_WaitsAtLeastThreeBusinessDays()
    {
        var builder = AfterThankYou();
        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 10, 9, 0)));
        action.Reasons.Contains(RuleIds.Cbr01).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "RCR-02")]
    public void Decide_RcrDayAfter_WaitsAWeek()
    {
        var builder = AfterThankYou();
        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 12, 9, 0)));
        action.Reasons.Contains(RuleIds.Rcr02).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "RCR-01")]
    public void Decide_Rcr_NeverCallsStraightAfterButCallsPromptlyWhenLate()
    {
        var builder = AfterThankYou();
        var followUp = builder.Build();

        Rcr.Decide(followUp, builder.At(L(2026, 3, 5, 15, 0))).Should().BeOfType<NextAction.Wait>("straight after the interview is over-eager");
        var late = Rcr.Decide(followUp, builder.At(L(2026, 3, 30, 9, 0)));
        var call = late.Should().BeOfType<NextAction.Call>("waiting longer only makes it later").Subject;
        call.Window.LocalStart.Date.Should().Be(new NodaTime.LocalDate(2026, 3, 30));
    }

    [Fact]
    [Trait("Rule", "FUR-13")]
    public void Decide_EtqWithoutArticleNumber_UsesTheLibraryWait()
    {
        var builder = AfterThankYou();
        var action = Etq.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 10, 9, 0)));
        action.Reasons.Contains(RuleIds.Fur13).Should().BeTrue();
    }

    [Fact]
    public void Decide_CalendarDayCounting_CountsTheWeekend()
    {
        var builder = AfterThankYou();
        var policy = With(p => p with { DayCounting = DayCounting.CalendarDays, FirstCallDelayDays = 2 });

        var action = policy.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 9, 9, 0)));
    }

    [Fact]
    public void Decide_BusinessDayCounting_SkipsAHoliday()
    {
        var builder = AfterThankYou().WithHolidays(new NodaTime.LocalDate(2026, 3, 9));
        var action = Phn.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 10, 9, 0)));
    }

    [Fact]
    [Trait("Rule", "RCR-01")]
    public void Decide_CandidateAlreadyCalledTooEarlyAndReachedNobody_StillWaitsForTheProfilesFirstCallTime()
    {
        // Found by the property tests: an unanswered call on the interview day made the next call a
        // redial due the day after, a week before RCR's first call time.
        var builder = CaseBuilder.London().Called(L(2026, 3, 5, 15, 0), Responder.Nobody);

        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 6, 9, 30)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 12, 9, 0)));
        action.Reasons.Contains(RuleIds.Rcr02).Should().BeTrue();
    }
}
