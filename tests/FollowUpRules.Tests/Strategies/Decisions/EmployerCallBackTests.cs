using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using FollowUpRules.Strategies.CallPlanning;
using FollowUpRules.Strategies.Decisions;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

/// <summary>Tests of <see cref="FollowUpRules.Strategies.Decisions.EmployerCallBack"/>: call backs the employer asked for, at the interview or later.</summary>
public sealed class EmployerCallBackTests
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
    [Trait("Rule", "ETQ-10")]
    public void Decide_EtqAskedToCallWithinFiveDays_CallsEarlyInThePeriodNotAfterItsOwnThreeDayWait()
    {
        // Said on Thursday at 10:00: the period runs to Tuesday 10:00; the call is the next office day, Friday.
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackWithinDays = 5 });
        var followUp = builder.Build();

        var action = Etq.Decide(followUp, builder.At(L(2026, 3, 5, 15, 0)));
        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 6, 9, 0)));

        var call = Etq.Decide(followUp, builder.At(L(2026, 3, 6, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;
        call.RequestedByEmployer.Should().BeTrue();
        call.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 6));
        call.Reasons.Should().Contain(EmployerCallBack.WithinPeriod).And.NotContain(CallBackPeriod.AfterThePeriod);
    }

    [Fact]
    [Trait("Rule", "ETQ-10")]
    public void Decide_WithinDays_CountsCalendarDaysFromWhenItWasSaidEvenUnderABusinessDayProfile()
    {
        // Within 3 days of Thursday 10:00 ends on Sunday 10:00, not three business days later: with
        // Friday a holiday and the weekend closed, no window is left inside it, so the call is the
        // earliest after it, and the reasons say so.
        var builder = CaseBuilder.London()
            .WithNotes(new InterviewNotes { CallBackWithinDays = 3 })
            .WithHolidays(new LocalDate(2026, 3, 6));
        var followUp = builder.Build();

        var call = Etq.Decide(followUp, builder.At(L(2026, 3, 9, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Date.Should().Be(new LocalDate(2026, 3, 9));
        call.RequestedByEmployer.Should().BeTrue();
        call.Reasons.Should().Contain(CallBackPeriod.AfterThePeriod);
    }

    [Fact]
    [Trait("Rule", "ETQ-10")]
    public void Decide_WithinDaysWhenBlackoutsLeaveNoWindowInside_OffersTheEarliestWindowAfterAndSaysSo()
    {
        // Within 1 day of Thursday 10:00: the period ends on Friday at 10:00, and Friday morning is a
        // hectic period, so the first window is Friday afternoon, after the period.
        var builder = CaseBuilder.London()
            .WithNotes(new InterviewNotes { CallBackWithinDays = 1 })
            .WithHectic(new HecticPeriod { Days = [IsoDayOfWeek.Friday], Hours = new TimeOfDayRange(new LocalTime(0, 0), new LocalTime(12, 0)) })
            .Emailed(L(2026, 3, 5, 12, 0));
        var followUp = builder.Build();

        var call = Default.Decide(followUp, builder.At(L(2026, 3, 6, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.Start.Should().BeGreaterThanOrEqualTo(builder.At(L(2026, 3, 6, 12, 0)));
        call.RequestedByEmployer.Should().BeTrue();
        call.Reasons.Should().Contain(CallBackPeriod.AfterThePeriod);
    }

    [Fact]
    [Trait("Rule", "ETQ-10")]
    public void Decide_WithinDaysInsideThePeriod_NeverOffersAWindowOnTheDayItWasSaid()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackWithinDays = 3 });

        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 5, 10, 30)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 6, 9, 0)), "a decent pause: the next office day");
    }

    [Fact]
    public void Decide_WithinDaysEndingOnAWeekend_CallsOnTheNextOfficeDayInsideIt()
    {
        var builder = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackWithinDays = 2 });
        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 5, 15, 0)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 6, 9, 0)), "Friday, the next office day, is inside the period (it ends on Saturday at 10:00)");
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

    [Fact]
    [Trait("Rule", "PHN-04")]
    public void Decide_ReceptionistNamedATime_CallsThenInARequestedWindow()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 9, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 10, 15, 0) });
        var followUp = builder.Build();

        var wait = Phn.Decide(followUp, builder.At(L(2026, 3, 9, 9, 35)));
        wait.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 10, 15, 0)));
        wait.Reasons.Contains(RuleIds.Phn04).Should().BeTrue();

        var call = Phn.Decide(followUp, builder.At(L(2026, 3, 10, 15, 0))).Should().BeOfType<NextAction.Call>().Subject;
        call.Window.Quality.Should().Be(CallWindowQuality.Requested);
        call.Window.LocalStart.Should().Be(L(2026, 3, 10, 15, 0));
        call.Window.LocalEnd.Should().Be(L(2026, 3, 10, 15, 30));
        call.RequestedByEmployer.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-12")]
    public void Decide_NamedTimeInsideTheLunchBlackout_IsHonoured()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 9, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 11, 11, 30) });

        var call = Default.Decide(builder.Build(), builder.At(L(2026, 3, 11, 11, 30))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 11, 11, 30));
        call.Reasons.Contains(RuleIds.Fur12).Should().BeTrue();
        call.Alternatives.Should().OnlyContain(w => w.Start >= call.Window.End);
    }

    [Fact]
    [Trait("Rule", "CBR-06")]
    public void Decide_CbrAgreedToCallBackInAWeek_CallsAWeekLaterDespiteOneCallBeingEnough()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration, CallBackInAWeekAgreed = true });
        var followUp = builder.Build();

        var wait = Cbr.Decide(followUp, builder.At(L(2026, 3, 10, 10, 0)));
        wait.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 17, 9, 0)));
        wait.Reasons.Contains(RuleIds.Cbr06).Should().BeTrue();

        var call = Cbr.Decide(followUp, builder.At(L(2026, 3, 17, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;
        call.RequestedByEmployer.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "RCR-17")]
    public void Decide_RcrAskedToCallBackOnADate_AllowsACallBeyondTheOne()
    {
        var asked = CaseBuilder.London()
            .Called(L(2026, 3, 12, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration, CallBackOnOrAfter = new LocalDate(2026, 3, 19) });
        var notAsked = CaseBuilder.London()
            .Called(L(2026, 3, 12, 9, 30), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration });

        var invited = Rcr.Decide(asked.Build(), asked.At(L(2026, 3, 19, 9, 0)));
        invited.Should().BeOfType<NextAction.Call>().Which.RequestedByEmployer.Should().BeTrue();
        invited.Reasons.Contains(RuleIds.Rcr17).Should().BeTrue();

        var stopped = Rcr.Decide(notAsked.Build(), notAsked.At(L(2026, 3, 19, 9, 0)));
        stopped.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.LimitReached);
        stopped.Reasons.Contains(RuleIds.Rcr17).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "CBR-02")]
    public void Decide_CbrReceptionistNamedATime_WaitsForThatTime()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 11, 16, 0) });

        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 9, 35)));

        action.Reasons.Contains(RuleIds.Cbr02).Should().BeTrue();
        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 11, 16, 0)));
    }

    [Fact]
    public void Decide_NamedTimeAlreadyPast_FallsBackToTheNextOrdinaryWindow()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 10, 15, 0) });

        var call = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 10, 16, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.Quality.Should().Be(CallWindowQuality.Allowed);
        call.Window.LocalStart.Should().Be(L(2026, 3, 10, 16, 0));
    }
}
