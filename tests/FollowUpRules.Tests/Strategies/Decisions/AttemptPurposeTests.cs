using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Simulation;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

/// <summary>
/// What was just done is not proposed again at once (issue 15.8): an attempt's role comes from what
/// it was for, recorded or inferred from the profile's timing and channel, never from its place in
/// the history; an unanswered call back the employer asked for is spaced like any unanswered call;
/// a thank-you that goes out late is not followed minutes later by a follow-up.
/// </summary>
public sealed class AttemptPurposeTests
{
    private static readonly Interviewer JaneNoEmail = CaseBuilder.Jane with { Email = null };
    private static readonly Interviewer RajNoEmail = CaseBuilder.Raj with { Email = null };

    

    [Theory]
    [Trait("Rule", "FUR-04")]
    [InlineData(null)]
    [InlineData(AttemptPurpose.RequestedCall)]
    public void Decide_DefaultAfterAnUnansweredRequestedCall_RedialsOnALaterDay(AttemptPurpose? recorded)
    {
        // Tuesday: the receptionist says Jane is free on Wednesday at 14:00; nobody answers then.
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 10, 9, 5), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 11, 14, 0) })
            .Called(L(2026, 3, 11, 14, 0), Responder.Nobody, a => a with { Purpose = recorded });

        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 11, 14, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 12, 9, 0)));
        action.Reasons.Contains(RuleIds.Phn03).Should().BeTrue();
    }

    [Theory]
    [Trait("Rule", "RCR-19")]
    [InlineData(null)]
    [InlineData(AttemptPurpose.FollowUp)]
    public void Decide_DefaultRightAfterAWrittenFollowUpNote_DoesNotProposeTheNoteAgain(AttemptPurpose? recorded)
    {
        var builder = CaseBuilder.London()
            .WithPeople(JaneNoEmail, RajNoEmail)
            .WithCandidate(c => c with { PrefersWrittenContact = true });
        var proposed = Default.Decide(builder.Build(), builder.At(L(2026, 3, 11, 9, 0)));
        proposed.Should().BeOfType<NextAction.SendThankYouNote>().Which.Purpose.Should().Be(AttemptPurpose.FollowUp);

        builder.With(L(2026, 3, 11, 9, 0), a => a with { Channel = ContactChannel.HandwrittenNote, Purpose = recorded });
        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 11, 9, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().BeGreaterThanOrEqualTo(builder.At(L(2026, 3, 18, 9, 0)), "the note completed a round (FUR-09)");
    }

    [Theory]
    [Trait("Rule", "RCR-03")]
    [InlineData(null)]
    [InlineData(AttemptPurpose.AgencyUpdate)]
    public void Decide_RcrRightAfterAskingTheAgencyByEmail_DoesNotAskAgain(AttemptPurpose? recorded)
    {
        var builder = CaseBuilder.London()
            .WithPeople(CaseBuilder.Jane with { DirectLine = null }, CaseBuilder.Raj)
            .WithGeneralNumber(null)
            .WithCandidate(c => c with { Agency = CaseBuilder.Agency with { Phone = null } });
        var proposed = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 9, 9, 0)));
        proposed.Should().BeOfType<NextAction.ContactAgency>().Which.Purpose.Should().Be(AttemptPurpose.AgencyUpdate);

        builder.With(L(2026, 3, 9, 9, 0), a => a with { Channel = ContactChannel.Email, ViaAgency = true, Purpose = recorded });
        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 9, 9, 10)));

        action.Should().BeOfType<NextAction.Wait>();
    }

    [Theory]
    [Trait("Rule", "RCR-03")]
    [InlineData(null)]
    [InlineData(AttemptPurpose.ThankYou)]
    public void Decide_DefaultAfterTheAgencyPassedTheThanksOnByPhone_StillAsksItForTheEarlyUpdate(AttemptPurpose? recorded)
    {
        var builder = CaseBuilder.London()
            .WithPeople(JaneNoEmail, RajNoEmail)
            .WithCandidate(c => c with { Agency = CaseBuilder.Agency with { Email = null } });
        var thanks = Default.Decide(builder.Build(), builder.At(L(2026, 3, 5, 11, 0)));
        thanks.Should().BeOfType<NextAction.ContactAgency>().Which.Purpose.Should().Be(AttemptPurpose.ThankYou);

        builder.Called(L(2026, 3, 5, 11, 0), Responder.Agency, a => a with { ViaAgency = true, Purpose = recorded });
        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 9, 9, 0)));

        action.Should().BeOfType<NextAction.ContactAgency>().Which.Should().Match<NextAction.ContactAgency>(a => a.Request == AgencyRequest.AskForUpdate && a.Purpose == AttemptPurpose.AgencyUpdate);
    }

    [Fact]
    [Trait("Rule", "PHN-02")]
    public void Decide_DefaultRightAfterALateThankYou_WaitsTheFirstCallDelayAfterIt()
    {
        // The first decision comes more than three weeks after the interview: the thank-you is due first.
        var builder = CaseBuilder.London();
        var thanks = Default.Decide(builder.Build(), builder.At(L(2026, 3, 30, 9, 0)));
        thanks.Should().BeOfType<NextAction.SendEmail>().Which.Purpose.Should().Be(AttemptPurpose.ThankYou);

        builder.With(L(2026, 3, 30, 9, 0), a => a with { Channel = ContactChannel.Email, Purpose = AttemptPurpose.ThankYou });
        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 30, 9, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 4, 2, 9, 0)));
        action.Reasons.Contains(RuleIds.Phn02).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-13")]
    public void Decide_DefaultRightAfterALateThankYouWithoutARecordedPurpose_TakesItAsTheFirstFollowUp()
    {
        var builder = CaseBuilder.London().Emailed(L(2026, 3, 30, 9, 0));

        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 30, 9, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().BeGreaterThanOrEqualTo(builder.At(L(2026, 4, 2, 9, 0)));
    }

    [Fact]
    public void Run_EachRecordedAttempt_CarriesTheActionsPurpose()
    {
        var builder = CaseBuilder.London().ThroughAgency();
        var start = builder.Build();

        var transcript = FollowUpSimulator.Run(Default, start, builder.At(L(2026, 3, 5, 11, 0)), maxSteps: 12);

        var recorded = transcript.Steps.Where(s => s.Recorded is not null).ToList();
        recorded.Should().NotBeEmpty();
        recorded.Should().OnlyContain(s => s.Recorded!.Purpose == Expected(s.Action));
        recorded.Select(s => s.Recorded!.Purpose).Should().Contain([AttemptPurpose.ThankYou, AttemptPurpose.AgencyUpdate, AttemptPurpose.FollowUp]);
    }

    private static AttemptPurpose Expected(NextAction action) => action switch
    {
        NextAction.Call call => call.RequestedByEmployer ? AttemptPurpose.RequestedCall : AttemptPurpose.FollowUp,
        NextAction.SendEmail email => email.Purpose,
        NextAction.SendThankYouNote note => note.Purpose,
        NextAction.ContactAgency agency => agency.Purpose,
        _ => AttemptPurpose.FollowUp,
    };
}
