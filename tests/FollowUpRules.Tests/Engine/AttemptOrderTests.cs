using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// Attempts a host sends out of order are read in time order, and attempts at the same instant in one
/// order fixed by their content: the same attempts in any order give the same history and the same decision.
/// </summary>
public sealed class AttemptOrderTests
{
    private static readonly CaseBuilder Builder = CaseBuilder.London().ThroughAgency();
    private static readonly Instant Now = Builder.At(L(2026, 3, 12, 9, 0));
    private static readonly ContactAttempt ThankYou = new() { Channel = ContactChannel.Email, At = Builder.At(L(2026, 3, 5, 11, 0)) };
    private static readonly ContactAttempt Tied = new() { Channel = ContactChannel.Phone, At = Builder.At(L(2026, 3, 10, 9, 30)), AnsweredBy = Responder.Interviewer };

    /// <summary>Two attempts at the same instant, by the same channel, that differ in one field only.</summary>
    public static TheoryData<string> Fields() =>
    [
        nameof(ContactAttempt.Purpose),
        nameof(ContactAttempt.AnsweredBy),
        nameof(ContactAttempt.ViaAgency),
        nameof(ContactAttempt.Gatekeeper),
        nameof(ContactAttempt.VoicemailLeft),
        nameof(ContactAttempt.Status),
        nameof(ContactAttempt.DecisionExpectedBy),
        nameof(ContactAttempt.CallBackOnOrAfter),
        nameof(ContactAttempt.InterviewerAvailableAt),
        nameof(ContactAttempt.CallBackInAWeekAgreed),
    ];

    private static (ContactAttempt A, ContactAttempt B) TiedPair(string field) => field switch
    {
        nameof(ContactAttempt.Purpose) => (Tied with { AnsweredBy = Responder.Nobody, Purpose = AttemptPurpose.FollowUp }, Tied with { AnsweredBy = Responder.Nobody, Purpose = AttemptPurpose.RequestedCall }),
        nameof(ContactAttempt.AnsweredBy) => (Tied with { AnsweredBy = Responder.Nobody }, Tied),
        nameof(ContactAttempt.Gatekeeper) => (Tied with { AnsweredBy = Responder.Receptionist, Gatekeeper = GatekeeperResponse.OfferedToTakeMessage }, Tied with { AnsweredBy = Responder.Receptionist, Gatekeeper = GatekeeperResponse.WouldNotPutThrough }),
        nameof(ContactAttempt.ViaAgency) => (Tied with { AnsweredBy = Responder.Nobody }, Tied with { AnsweredBy = Responder.Nobody, ViaAgency = true }),
        nameof(ContactAttempt.VoicemailLeft) => (Tied with { AnsweredBy = Responder.Voicemail }, Tied with { AnsweredBy = Responder.Voicemail, VoicemailLeft = true }),
        nameof(ContactAttempt.Status) => (Tied, Tied with { Status = CandidateStatus.StillUnderConsideration }),
        nameof(ContactAttempt.DecisionExpectedBy) => (Tied with { DecisionExpectedBy = new LocalDate(2026, 3, 20) }, Tied with { DecisionExpectedBy = new LocalDate(2026, 3, 27) }),
        nameof(ContactAttempt.CallBackOnOrAfter) => (Tied with { CallBackOnOrAfter = new LocalDate(2026, 3, 16) }, Tied with { CallBackOnOrAfter = new LocalDate(2026, 3, 17) }),
        nameof(ContactAttempt.InterviewerAvailableAt) => (Tied with { InterviewerAvailableAt = L(2026, 3, 16, 10, 0) }, Tied with { InterviewerAvailableAt = L(2026, 3, 16, 14, 0) }),
        nameof(ContactAttempt.CallBackInAWeekAgreed) => (Tied, Tied with { CallBackInAWeekAgreed = true }),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "no such field"),
    };

    private static FollowUpCase Case(params ContactAttempt[] attempts) => Builder.Build() with { Attempts = attempts };

    private static List<ContactAttempt> Read(params ContactAttempt[] attempts) =>
        [.. new StrategyTrial(Case(attempts), Now, FollowUpProfiles.Default, []).History.Select(r => r.Attempt)];

    [Theory]
    [MemberData(nameof(Fields))]
    public void History_TiedAttemptsInEitherOrder_AreReadInOneOrder(string field)
    {
        var (a, b) = TiedPair(field);
        a.Should().NotBe(b, "the pair differs in " + field);

        var forward = Read(ThankYou, a, b);

        Read(ThankYou, b, a).Should().Equal(forward, "the tie is broken by " + field + ", not by the order given");
        Read(b, a, ThankYou).Should().Equal(forward);
        forward[0].Should().BeSameAs(ThankYou);
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Decide_TiedAttemptsInEitherOrder_GiveOneAction(string field)
    {
        var (a, b) = TiedPair(field);

        var forward = Default.Decide(Case(ThankYou, a, b), Now);
        var backward = Default.Decide(Case(ThankYou, b, a), Now);

        backward.Should().Be(forward);
    }

    [Fact]
    public void Compare_TiedAttemptsByDifferentChannels_OrderByChannelBeforeAnyOtherField()
    {
        // The email's purpose sorts first, its channel last: the channel decides.
        var call = Tied with { AnsweredBy = Responder.Nobody, Purpose = AttemptPurpose.FollowUp };
        var email = Tied with { Channel = ContactChannel.Email, AnsweredBy = Responder.Nobody, Purpose = AttemptPurpose.ThankYou };

        FollowUpRules.Engine.AttemptOrder.Instance.Compare(call, email).Should().BeNegative();
        FollowUpRules.Engine.AttemptOrder.Instance.Compare(email, call).Should().BePositive();
    }

    [Fact]
    public void History_TwoDecisionDatesGivenAtOneInstant_KeepsTheLaterWhateverTheOrder()
    {
        var (earlier, later) = TiedPair(nameof(ContactAttempt.DecisionExpectedBy));

        var forward = new StrategyTrial(Case(ThankYou, earlier, later), Now, FollowUpProfiles.Default, []).History;
        var backward = new StrategyTrial(Case(later, earlier, ThankYou), Now, FollowUpProfiles.Default, []).History;

        forward.DecisionExpectedBy.Should().Be(new LocalDate(2026, 3, 27));
        backward.DecisionExpectedBy.Should().Be(new LocalDate(2026, 3, 27));
    }

    [Theory]
    [InlineData(17)]
    [InlineData(40)]
    [InlineData(100)]
    public void Decide_ManyAttemptsInReverseOrder_DecidesAsInTimeOrder(int count)
    {
        var inOrder = Enumerable.Range(0, count)
            .Select(i => new ContactAttempt { Channel = i % 3 == 0 ? ContactChannel.Email : ContactChannel.Phone, At = ThankYou.At + Duration.FromMinutes(41 * i), AnsweredBy = Responder.Nobody })
            .ToArray();
        var reversed = inOrder.Reverse().ToArray();
        var now = inOrder[^1].At + Duration.FromHours(1);

        var history = new StrategyTrial(Case(reversed), now, FollowUpProfiles.Default, []).History;

        history.Select(r => r.Attempt).Should().Equal(inOrder);
        Default.Decide(Case(reversed), now).Should().Be(Default.Decide(Case(inOrder), now));
        Default.Decide(Case(reversed), now).Should().Be(Default.Decide(Case(inOrder), now), "a second decision on the same thread reuses the buffers");
    }
}
