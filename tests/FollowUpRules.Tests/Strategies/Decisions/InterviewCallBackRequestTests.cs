using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

public sealed class InterviewCallBackRequestTests
{
    [Fact]
    [Trait("Rule", "RCR-02")]
    public void Decide_RcrAskedToCallOnADate_CallsThenNotAWeekLater()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 9) });
        var followUp = builder.Build();

        var before = Rcr.Decide(followUp, builder.At(L(2026, 3, 6, 9, 0)));
        before.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 9, 9, 0)));
        before.Reasons.Contains(RuleIds.Rcr02).Should().BeTrue();

        var on = Rcr.Decide(followUp, builder.At(L(2026, 3, 9, 9, 0)));
        var call = on.Should().BeOfType<NextAction.Call>().Subject;
        call.RequestedByEmployer.Should().BeTrue();
        call.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 9));
    }

    [Fact]
    [Trait("Rule", "ETQ-10")]
    public void Decide_EtqAskedToCallWithinOneDay_CallsOnThatDayAndSaysSo()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackWithinDays = 1 });
        var followUp = builder.Build();

        var action = Etq.Decide(followUp, builder.At(L(2026, 3, 5, 15, 0)));
        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 6, 9, 0)));
        action.Reasons.Contains(RuleIds.Etq10).Should().BeTrue();

        var call = Etq.Decide(followUp, builder.At(L(2026, 3, 6, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;
        call.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 6));
        var greeting = Etq.Script(followUp, call).In(ScriptSection.Greeting);
        greeting.Should().ContainSingle().Which.RuleId.Should().Be(RuleIds.Etq10);
        greeting[0].Text.Should().Contain("asked me to call today");
    }

    [Fact]
    [Trait("Rule", "FUR-14")]
    public void Decide_ProfileWhoseArticlesSayNothingOfIt_StillHonoursTheRequest()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 6) });

        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 5, 15, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 6, 9, 0)), "the request comes before CBR's three days");
        action.Reasons.Contains(RuleIds.Fur14).Should().BeTrue();
    }

    [Theory]
    [InlineData("rcr")]
    [InlineData("cbr")]
    public void Decide_CallBackDateIsTheInterviewDayAndTheOfficeOpensBeforeIt_NeverProposesTimeBeforeTheInterview(string profile)
    {
        // Found by the property tests: the day's opening (09:00) came before the interview (10:00),
        // and the request moved the earliest time back to 09:00, so a call was planned before the
        // interview had taken place.
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 5) });
        var policy = For(profile);

        var early = policy.Decide(builder.Build(), builder.At(L(2026, 3, 4, 12, 0)));
        early.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.InterviewAt);

        var atInterview = policy.Decide(builder.Build(), builder.InterviewAt);
        atInterview.Should().BeOfType<NextAction.Call>().Which.Window.Start.Should().BeGreaterThanOrEqualTo(builder.InterviewAt);
    }

    [Fact]
    public void Decide_WithinDaysLongerThanTheProfileWait_KeepsTheProfileWait()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackWithinDays = 5 });
        var action = Etq.Decide(builder.Build(), builder.At(L(2026, 3, 5, 15, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 10, 9, 0)));
    }

    [Fact]
    public void Decide_WithinDaysEndingOnAWeekend_CallsOnTheLastOpenDay()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackWithinDays = 2 });
        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 5, 15, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 6, 9, 0)), "Saturday is closed, so Friday is the last open day of the period");
    }

    [Fact]
    public void Decide_AfterTheRequestedCallWasMade_TheRequestNoLongerApplies()
    {
        var builder = CaseBuilder.London()
            .WithNotes(new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 9) })
            .LeftVoicemail(L(2026, 3, 9, 9, 30));

        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 9, 12, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 12, 9, 0)), "the invited call does not use up RCR's one call");
    }
}
