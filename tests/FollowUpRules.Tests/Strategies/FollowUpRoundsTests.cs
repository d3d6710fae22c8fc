using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies;

/// <summary>The rounds a history adds up to (FUR-10), as a host's strategy counts them.</summary>
public sealed class FollowUpRoundsTests
{
    private static readonly CaseBuilder Builder = CaseBuilder.London().ThroughAgency();

    private static FollowUpHistory History(CaseBuilder builder) =>
        new StrategyTrial(builder.Build(), Builder.At(L(2026, 3, 20, 9, 0)), FollowUpProfiles.Default, []).History;

    [Fact]
    public void Of_NoFollowUpYet_HasNoRoundAndNoVoicemail()
    {
        var rounds = FollowUpRounds.Of(History(CaseBuilder.London()), 2);

        rounds.Completed.Should().Be(0);
        rounds.LastEndedAt.Should().BeNull();
        rounds.LastEndedWithVoicemail.Should().BeFalse();
    }

    [Fact]
    public void Of_UnansweredCallsFillingARound_EndItWithoutAVoicemail()
    {
        var builder = CaseBuilder.London().Called(L(2026, 3, 10, 9, 30), Responder.Nobody).Called(L(2026, 3, 11, 9, 30), Responder.Nobody);

        var rounds = FollowUpRounds.Of(History(builder), 2);

        rounds.Completed.Should().Be(1);
        rounds.LastEndedAt.Should().Be(builder.At(L(2026, 3, 11, 9, 30)));
        rounds.LastEndedWithVoicemail.Should().BeFalse();
    }

    [Fact]
    public void Of_UnansweredCallsTheEmployerAskedFor_DoNotFillARound()
    {
        var builder = CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Nobody, a => a with { Purpose = AttemptPurpose.RequestedCall })
            .Called(L(2026, 3, 11, 9, 30), Responder.Nobody, a => a with { Purpose = AttemptPurpose.RequestedCall });

        var rounds = FollowUpRounds.Of(History(builder), 2);

        rounds.Completed.Should().Be(0, "a round counts the candidate's own unanswered calls");
        rounds.UnansweredInRound.Should().Be(0);
    }

    [Fact]
    public void Of_AgencyContacts_CountTheCandidatesOwnAsRoundsAndEndTheRoundOnEither()
    {
        var history = History(CaseBuilder.London().ThroughAgency()
            .Emailed(L(2026, 3, 5, 11, 0))
            .LeftVoicemail(L(2026, 3, 10, 9, 30))
            .With(L(2026, 3, 12, 10, 0), a => a with { Channel = ContactChannel.Email, ViaAgency = true, Purpose = AttemptPurpose.FollowUp })
            .With(L(2026, 3, 16, 10, 0), a => a with { AnsweredBy = Responder.Agency, Purpose = AttemptPurpose.RequestedCall }));

        var rounds = FollowUpRounds.Of(history, 1);

        rounds.Completed.Should().Be(2, "the voicemail and the agency follow-up are the candidate's rounds; the call the employer asked for is not");
        rounds.LastEndedAt.Should().Be(Builder.At(L(2026, 3, 16, 10, 0)), "the requested call through the agency ends the round in progress");
        rounds.LastEndedWithVoicemail.Should().BeFalse();
        rounds.UnansweredInRound.Should().Be(0);
    }

    [Fact]
    public void Of_AgencyContactAfterAVoicemailRound_EndsWithoutAVoicemail()
    {
        var voicemail = CaseBuilder.London().ThroughAgency().Emailed(L(2026, 3, 5, 11, 0)).LeftVoicemail(L(2026, 3, 10, 9, 30));
        var thenAgency = CaseBuilder.London().ThroughAgency().Emailed(L(2026, 3, 5, 11, 0)).LeftVoicemail(L(2026, 3, 10, 9, 30))
            .With(L(2026, 3, 12, 10, 0), a => a with { Channel = ContactChannel.Email, ViaAgency = true, Purpose = AttemptPurpose.FollowUp });

        FollowUpRounds.Of(History(voicemail), 2).LastEndedWithVoicemail.Should().BeTrue();
        FollowUpRounds.Of(History(thenAgency), 2).LastEndedWithVoicemail.Should().BeFalse("the agency stood in for the employer after the voicemail");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Of_LessThanOneCallPerRound_ThrowsNamingTheValue(int attemptsPerRound)
    {
        var history = History(CaseBuilder.London());

        var count = () => FollowUpRounds.Of(history, attemptsPerRound);

        count.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(attemptsPerRound)).WithMessage("A round is at least one call.*")
            .Which.ActualValue.Should().Be(attemptsPerRound);
    }
}
