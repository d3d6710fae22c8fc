using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Testing.Tests;

/// <summary>Each expectation on a transcript: passes when it holds, fails with the reason and the whole timeline when it does not.</summary>
public sealed class TranscriptExpectationsTests
{
    // Calls on 11, 19, 23, 24, 25 March and 1, 2, 3 April; stops LimitReached on Friday 3 April.
    private static readonly ScenarioTranscript Story = Cases.ReceptionistThenVoicemailTwiceThenSilence();

    private static void FailsWith(Action expectation, string message)
    {
        var error = expectation.Should().Throw<FollowUpExpectationException>().WithMessage(message).Which;
        error.Message.Should().Contain("\nThe timeline:\n  1. Fri 6 Mar 2026 10:00  Email a thank-you to Jane Smith", "a failure shows the timeline");
    }

    [Fact]
    public void StopsWith_Reason_PassesOrFailsNamingTheActualReason()
    {
        Story.Expect().StopsWith(StopReason.LimitReached);
        FailsWith(() => Story.Expect().StopsWith(StopReason.NoResponse), "Expected the follow-up to stop because NoResponse, but it stopped because LimitReached.*");
    }

    [Fact]
    public void StopsWith_NeverStopped_SaysSo()
    {
        var unfinished = FollowUpScenario.For(Cases.FridayInLondon()).For(Period.FromDays(10)).Run(Cases.Default);

        FailsWith(() => unfinished.Expect().StopsWith(StopReason.LimitReached), "Expected the follow-up to stop because LimitReached, but it never stopped.*");
        unfinished.Expect().DoesNotStop();
    }

    [Fact]
    public void StopsWith_ByADay_PassesOnOrBeforeItAndFailsAfter()
    {
        Story.Expect().StopsWith(StopReason.LimitReached, new LocalDate(2026, 4, 3));
        FailsWith(() => Story.Expect().StopsWith(StopReason.LimitReached, new LocalDate(2026, 4, 2)), "Expected the follow-up to stop by Thu 2 Apr 2026, but it stopped on Fri 3 Apr 2026.*");
    }

    [Fact]
    public void DoesNotStop_Stopped_Fails()
    {
        FailsWith(() => Story.Expect().DoesNotStop(), "Expected the follow-up not to stop, but it stopped because LimitReached.*");
    }

    [Fact]
    public void HasNoCallBefore_PassesOnTheFirstCallDayAndFailsAfterIt()
    {
        Story.Expect().HasNoCallBefore(new LocalDate(2026, 3, 11));
        FailsWith(() => Story.Expect().HasNoCallBefore(new LocalDate(2026, 3, 12)), "Expected no call before Thu 12 Mar 2026, but step 3 calls on Wed 11 Mar 2026 at 09:00.*");
    }

    [Fact]
    public void MakesAtMostCalls_PassesAtTheCountAndFailsBelowIt()
    {
        Story.Expect().MakesAtMostCalls(8).MakesCalls(8);
        FailsWith(() => Story.Expect().MakesAtMostCalls(7), "Expected at most 7 calls, but found 8.*");
        FailsWith(() => Story.Expect().MakesCalls(1), "Expected 1 call, but found 8.*");
    }

    [Fact]
    public void LeavesNoVoicemail_WhenOneIsLeft_FailsNamingTheStep()
    {
        FailsWith(() => Story.Expect().LeavesNoVoicemail(), "Expected no voicemail to be left, but step 5 leaves one.*");
        FollowUpScenario.For(Cases.FridayInLondon()).OnEvery(NextActionKind.Call, Answers.RingsOut).WithMaxSteps(4).Run(Cases.Default).Expect().LeavesNoVoicemail();
    }

    [Fact]
    public void HasNoCallOn_Day_PassesOrFailsNamingTheStep()
    {
        Story.Expect().HasNoCallOn(IsoDayOfWeek.Saturday);
        FailsWith(() => Story.Expect().HasNoCallOn(IsoDayOfWeek.Friday), "Expected no call on a Friday, but step 17 calls on Fri 3 Apr 2026.*");
    }

    [Fact]
    public void EveryStep_ConditionOfTheTests_PassesOrFailsWithItsDescription()
    {
        Story.Expect().EveryStep(s => s.ActsAtLocal.Hour < 17, "acts before 17:00");
        FailsWith(() => Story.Expect().EveryStep(s => s.Action is not NextAction.Wait, "never waits"), "Expected every step to satisfy \"never waits\", but step 2 does not: 2. 2026-03-06 10:00 Wait until*");
    }
}
