using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Testing.Tests;

/// <summary>Each expectation on an action: passes when it holds, fails with a message a developer can act on when it does not.</summary>
public sealed class ActionExpectationsTests
{
    // The first call after the Friday interview: Jane Smith, Wednesday 11 March 09:00-10:30, leave a voicemail.
    private static readonly NextAction FirstCall = Cases.ReceptionistThenVoicemailTwiceThenSilence().Calls[0];
    private static readonly NextAction ThankYou = Cases.ReceptionistThenVoicemailTwiceThenSilence().Steps[0].Action;
    private static readonly NextAction LimitStop = Cases.ReceptionistThenVoicemailTwiceThenSilence().Stop!;

    private static void FailsWith(Action expectation, string message) =>
        expectation.Should().Throw<FollowUpExpectationException>().WithMessage(message);

    [Fact]
    public void IsCallWithin_WindowInside_Passes()
    {
        FirstCall.Expect().IsCallWithin(new LocalDateTime(2026, 3, 11, 9, 0), new LocalDateTime(2026, 3, 11, 10, 30));
    }

    [Fact]
    public void IsCallWithin_WindowOutside_FailsShowingBothWindows()
    {
        FailsWith(
            () => FirstCall.Expect().IsCallWithin(new LocalDateTime(2026, 3, 11, 14, 0), new LocalDateTime(2026, 3, 11, 17, 0)),
            "Expected a call within Wed 2026-03-11 14:00 to Wed 2026-03-11 17:00 office time, but the proposed window is Wed 2026-03-11 09:00 to Wed 2026-03-11 10:30.\nThe action: Call Jane Smith*");
    }

    [Fact]
    public void IsCallWithin_NotACall_FailsNamingTheKind()
    {
        FailsWith(() => ThankYou.Expect().IsCallWithin(new LocalDateTime(2026, 3, 11, 9, 0), new LocalDateTime(2026, 3, 11, 17, 0)), "Expected a call, but found SendEmail.*");
    }

    [Fact]
    public void IsCallTo_RightPerson_PassesAndWrongPersonFails()
    {
        FirstCall.Expect().IsCallTo("Jane Smith");
        FailsWith(() => FirstCall.Expect().IsCallTo("Raj Patel"), "Expected a call to Raj Patel, but the call is to Jane Smith.*");
    }

    [Fact]
    public void Is_Kind_PassesOrFails()
    {
        ThankYou.Expect().Is(NextActionKind.SendEmail);
        FailsWith(() => ThankYou.Expect().Is(NextActionKind.Call), "Expected Call, but found SendEmail.*");
    }

    [Fact]
    public void IsStop_Reason_PassesOrFails()
    {
        LimitStop.Expect().IsStop(StopReason.LimitReached);
        FailsWith(() => LimitStop.Expect().IsStop(StopReason.NoResponse), "Expected a stop because NoResponse, but found a stop because LimitReached.*");
        FailsWith(() => FirstCall.Expect().IsStop(StopReason.NoResponse), "Expected a stop because NoResponse, but found Call.*");
    }

    [Fact]
    public void Cites_RuleAmongReasons_PassesOtherwiseFailsListingWhatIsCited()
    {
        FirstCall.Expect().Cites("PHN-02").Cites("FUR-02");
        FailsWith(() => FirstCall.Expect().Cites("ETQ-06"), "Expected the reasons to cite ETQ-06, but they cite PHN-02, RCR-15, PHN-05, PHN-04, CBR-02, RCR-04, FUR-02.*");
    }

    [Fact]
    public void DoesNotCite_RuleAbsent_PassesOtherwiseFails()
    {
        FirstCall.Expect().DoesNotCite("ETQ-06");
        FailsWith(() => FirstCall.Expect().DoesNotCite("PHN-02"), "Expected the reasons not to cite PHN-02, but they do: PHN-02, *");
    }

    [Fact]
    public void DoesNotProposeVoicemail_CallThatLeavesAMessage_Fails()
    {
        FailsWith(() => FirstCall.Expect().DoesNotProposeVoicemail(), "Expected the call not to propose leaving a voicemail, but its plan is LeaveMessage.*");
        FirstCall.Expect().ProposesVoicemail();
    }

    [Fact]
    public void DoesNotProposeVoicemail_CallThatHangsUp_Passes()
    {
        var later = Cases.ReceptionistThenVoicemailTwiceThenSilence().Calls[^1];

        later.Expect().DoesNotProposeVoicemail();
        FailsWith(() => later.Expect().ProposesVoicemail(), "Expected the call to propose leaving a voicemail, but its plan is HangUpAndCallAgain.*");
    }

    [Fact]
    public void Expectations_Chain_AndFailAtTheFirstThatDoesNotHold()
    {
        FailsWith(() => FirstCall.Expect().IsCallTo("Jane Smith").Cites("PHN-02").Is(NextActionKind.Wait), "Expected Wait, but found Call.*");
    }
}
