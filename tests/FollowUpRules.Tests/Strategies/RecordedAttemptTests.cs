using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies;

/// <summary>One attempt of a history with what it was for: equality and the text a host logs.</summary>
public sealed class RecordedAttemptTests
{
    private static readonly ContactAttempt Email = new() { Channel = ContactChannel.Email, At = Instant.FromUtc(2026, 3, 5, 11, 0) };

    /// <summary>The same email read in two cases: the day after the interview it is the thank-you; a week later, a follow-up.</summary>
    private static RecordedAttempt Read(LocalDateTime interview) =>
        new StrategyTrial(CaseBuilder.London().InterviewedAt(interview).Build() with { Attempts = [Email] }, Instant.FromUtc(2026, 3, 6, 9, 0), FollowUpProfiles.Default, []).History[0];

    [Fact]
    public void ReachedNobodyUseful_AnythingTheCallGot_MakesItUseful()
    {
        var unanswered = new ContactAttempt { Channel = ContactChannel.Phone, At = Instant.FromUtc(2026, 3, 10, 9, 30), AnsweredBy = Responder.Receptionist };
        RecordedAttempt Of(ContactAttempt attempt) => new StrategyTrial(CaseBuilder.London().Build() with { Attempts = [attempt] }, Instant.FromUtc(2026, 3, 11, 9, 0), FollowUpProfiles.Default, []).History[0];

        Of(unanswered).ReachedNobodyUseful.Should().BeTrue();
        Of(unanswered with { Channel = ContactChannel.Email, AnsweredBy = Responder.Nobody }).ReachedNobodyUseful.Should().BeFalse("an email is not a call");
        Of(unanswered with { AnsweredBy = Responder.Interviewer }).ReachedNobodyUseful.Should().BeFalse("the interviewer answered");
        Of(unanswered with { AnsweredBy = Responder.Voicemail, VoicemailLeft = true }).ReachedNobodyUseful.Should().BeFalse("a voicemail was left");
        Of(unanswered with { Status = CandidateStatus.StillUnderConsideration }).ReachedNobodyUseful.Should().BeFalse("the status was learned");
        Of(unanswered with { DecisionExpectedBy = new LocalDate(2026, 3, 20) }).ReachedNobodyUseful.Should().BeFalse("a decision date was learned");
        Of(unanswered with { CallBackOnOrAfter = new LocalDate(2026, 3, 16) }).ReachedNobodyUseful.Should().BeFalse("a time to call back was given");
    }

    [Fact]
    public void Equals_SameAttemptAndPurpose_AreEqual()
    {
        var one = Read(L(2026, 3, 5, 10, 0));
        var again = Read(L(2026, 3, 5, 10, 0));

        one.Purpose.Should().Be(AttemptPurpose.ThankYou);
        one.Equals(again).Should().BeTrue();
        (one == again).Should().BeTrue();
        (one != again).Should().BeFalse();
        one.GetHashCode().Should().Be(again.GetHashCode());
    }

    [Fact]
    public void Equals_SameAttemptForAnotherPurpose_Differ()
    {
        var thankYou = Read(L(2026, 3, 5, 10, 0));
        var followUp = Read(L(2026, 2, 26, 10, 0));

        followUp.Attempt.Should().BeSameAs(thankYou.Attempt);
        followUp.Purpose.Should().Be(AttemptPurpose.FollowUp);
        thankYou.Equals(followUp).Should().BeFalse();
        thankYou.Equals((object)followUp).Should().BeFalse();
        (thankYou != followUp).Should().BeTrue();
    }

    [Fact]
    public void ToString_GivesInstantChannelAndPurpose()
    {
        Read(L(2026, 3, 5, 10, 0)).ToString().Should().Be("2026-03-05T11:00:00Z Email ThankYou");
        default(RecordedAttempt).ToString().Should().Be("(none)");
    }
}
