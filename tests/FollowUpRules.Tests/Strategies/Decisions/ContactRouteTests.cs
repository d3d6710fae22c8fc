using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Decisions;

/// <summary>Tests of whom to contact and how: <see cref="ChooseWhomToCall"/>, <see cref="LinkedInWhereDiscussed"/>, <see cref="AgencyAsLastRoute"/>, <see cref="WrittenAlternative"/> and <see cref="NoRouteStop"/>.</summary>
public sealed class ContactRouteTests
{
    private static readonly Interviewer JaneNoLine = CaseBuilder.Jane with { DirectLine = null };
    private static readonly Interviewer RajWithLine = CaseBuilder.Raj with { DirectLine = "+44 20 7946 0005" };

    private static NextAction DecideLate(FollowUpPolicy policy, CaseBuilder builder) =>
        policy.Decide(builder.Emailed(L(2026, 3, 5, 12, 0)).Build(), builder.At(L(2026, 3, 24, 8, 0)));

    /// <summary>RCR, a week after the agency was called: no one at the employer has a number, and the agency has the given details.</summary>
    private static NextAction DecideWithOnlyAnAgency(string? phone, string? email)
    {
        var builder = CaseBuilder.London()
            .WithPeople(new Interviewer { Name = "Jane Smith" })
            .WithGeneralNumber(null)
            .WithCandidate(c => c with { Agency = CaseBuilder.Agency with { Phone = phone, Email = email } })
            .Called(L(2026, 3, 9, 10, 0), Responder.Agency);
        return Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 13, 9, 0)));
    }

    [Fact]
    [Trait("Rule", "RCR-15")]
    public void Decide_DirectLineKnown_CallsThePersonInChargeDirectly()
    {
        var action = DecideLate(Default, CaseBuilder.London());

        var call = action.Should().BeOfType<NextAction.Call>().Subject;
        call.Whom.Should().Be(CaseBuilder.Jane);
        call.NumberKind.Should().Be(CallNumberKind.DirectLine);
        action.Reasons.Contains(RuleIds.Rcr15).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-03")]
    public void Decide_OnlyAnotherInterviewerHasALine_CallsSomeoneWhoWasThere()
    {
        var action = DecideLate(Phn, CaseBuilder.London().WithPeople(JaneNoLine, RajWithLine));

        var call = action.Should().BeOfType<NextAction.Call>().Subject;
        call.Whom.Name.Should().Be("Raj Patel");
        call.Number.Should().Be("+44 20 7946 0005");
        action.Reasons.Contains(RuleIds.Phn03).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-15")]
    public void Decide_EtqWithOnlyTheGeneralNumber_CallsItAskingForThePerson()
    {
        var action = DecideLate(Etq, CaseBuilder.London().WithPeople(JaneNoLine));

        var call = action.Should().BeOfType<NextAction.Call>().Subject;
        call.NumberKind.Should().Be(CallNumberKind.GeneralNumber);
        call.Whom.Name.Should().Be("Jane Smith");
        action.Reasons.Contains(RuleIds.Fur15).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "RCR-15")]
    public void Decide_RcrWithOnlyTheGeneralNumber_NeverCallsIt()
    {
        var action = DecideLate(Rcr, CaseBuilder.London().WithPeople(JaneNoLine));

        action.Should().NotBeOfType<NextAction.Call>();
        action.Should().BeOfType<NextAction.SendEmail>().Which.To.Should().Equal(JaneNoLine);
        action.Reasons.Contains(RuleIds.Rcr15).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-14")]
    public void Decide_ReceptionistNamedATimeOnTheGeneralNumber_CallsItBackEvenUnderRcr15()
    {
        var builder = CaseBuilder.London().WithPeople(JaneNoLine)
            .Called(L(2026, 3, 12, 9, 30), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 13, 16, 0) });

        var call = Default.Decide(builder.Build(), builder.At(L(2026, 3, 13, 16, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.NumberKind.Should().Be(CallNumberKind.GeneralNumber);
        call.Window.Quality.Should().Be(CallWindowQuality.Requested);
        call.Reasons.Should().Contain(ChooseWhomToCall.GeneralNumberInvited);
    }

    [Fact]
    [Trait("Rule", "RCR-20")]
    public void Decide_NoNumberButWorkDiscussedOnLinkedIn_MessagesThere()
    {
        var builder = CaseBuilder.London().WithPeople(JaneNoLine).WithCandidate(c => c with { LinkedInContact = "Jane Smith" });

        var action = DecideLate(Rcr, builder);

        action.Should().BeOfType<NextAction.MessageOnLinkedIn>().Which.Recipient.Should().Be("Jane Smith");
        action.Reasons.Contains(RuleIds.Rcr20).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "RCR-20")]
    public void Decide_NoConversationOnLinkedIn_NeverUsesLinkedIn()
    {
        var everyDay = Enumerable.Range(0, 40).Select(d => DecideLate(Default, CaseBuilder.London().WithPeople(JaneNoLine with { Email = null })));

        everyDay.Should().NotContain(a => a is NextAction.MessageOnLinkedIn);
    }

    [Fact]
    [Trait("Rule", "RCR-03")]
    public void Decide_NoNumberButAnAgency_FollowsUpThroughTheAgency()
    {
        var builder = CaseBuilder.London()
            .WithPeople(new Interviewer { Name = "Jane Smith" })
            .WithGeneralNumber(null)
            .ThroughAgency()
            .Called(L(2026, 3, 9, 10, 0), Responder.Agency);

        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 13, 9, 0)));

        action.Should().BeOfType<NextAction.ContactAgency>().Which.Request.Should().Be(AgencyRequest.AskForUpdate);
        action.Reasons.Contains(RuleIds.Rcr03).Should().BeTrue();
    }

    [Theory]
    [InlineData("+44 20 7946 0999", "sam@reed.example", ContactChannel.Phone)]
    [InlineData("+44 20 7946 0999", null, ContactChannel.Phone)]
    [InlineData(null, "sam@reed.example", ContactChannel.Email)]
    [InlineData("", "sam@reed.example", ContactChannel.Email)]
    [InlineData(" ", "sam@reed.example", ContactChannel.Email)]
    public void Decide_NoNumberButAnAgency_AsksByPhoneWhenTheAgencyHasOneElseByEmail(string? phone, string? email, ContactChannel channel)
    {
        var action = DecideWithOnlyAnAgency(phone, email);

        action.Should().BeOfType<NextAction.ContactAgency>().Which.Channel.Should().Be(channel);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(" ", "")]
    [InlineData("", " ")]
    public void Decide_NoNumberAndAnAgencyWithNoPhoneOrEmail_DoesNotContactTheAgency(string? phone, string? email)
    {
        var action = DecideWithOnlyAnAgency(phone, email);

        action.Should().NotBeOfType<NextAction.ContactAgency>("the agency cannot be reached either");
    }

    [Fact]
    [Trait("Rule", "RCR-19")]
    public void Decide_CandidatePrefersWriting_GetsAnEmailInsteadOfACall()
    {
        var builder = CaseBuilder.London().WithCandidate(c => c with { PrefersWrittenContact = true });

        var rcr = DecideLate(Rcr, builder);
        var email = rcr.Should().BeOfType<NextAction.SendEmail>().Subject;
        email.Purpose.Should().Be(AttemptPurpose.FollowUp);
        email.To.Should().Equal(CaseBuilder.Jane);
        rcr.Reasons.Contains(RuleIds.Rcr19).Should().BeTrue();

        DecideLate(Cbr, CaseBuilder.London().WithCandidate(c => c with { PrefersWrittenContact = true }))
            .Should().BeOfType<NextAction.Call>("CBR offers no written alternative");
    }

    [Fact]
    [Trait("Rule", "RCR-17")]
    public void Decide_CandidatePrefersWritingButTheEmployerAskedForACall_CallsAsAsked()
    {
        var builder = CaseBuilder.London()
            .WithCandidate(c => c with { PrefersWrittenContact = true })
            .WithNotes(new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 16) });

        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 16, 9, 0)));

        action.Should().BeOfType<NextAction.Call>().Which.RequestedByEmployer.Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "FUR-14")]
    public void Decide_EmailSentInPlaceOfARequestedCall_AnswersTheRequestAndIsNotFollowedByAnother()
    {
        // Found by the property tests: with no number to call, an email answered the employer's
        // request, but the request stayed pending, so every later decision was another email.
        var builder = CaseBuilder.London()
            .WithPeople(JaneNoLine)
            .WithGeneralNumber(null)
            .WithNotes(new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 16) });
        var due = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 16, 9, 0)));
        due.Should().BeOfType<NextAction.SendEmail>().Which.Purpose.Should().Be(AttemptPurpose.FollowUp);

        var sent = builder.Emailed(L(2026, 3, 16, 9, 5));
        var next = Rcr.Decide(sent.Build(), sent.At(L(2026, 3, 17, 9, 0)));

        next.Should().NotBeOfType<NextAction.SendEmail>("the request was answered by the email");
    }

    [Fact]
    [Trait("Rule", "RCR-19")]
    public void Decide_WrittenAlternativeWithoutAnyAddress_SendsAHandwrittenNote()
    {
        var builder = CaseBuilder.London()
            .WithPeople(new Interviewer { Name = "Jane Smith", DirectLine = "+44 20 7946 0001" })
            .WithCandidate(c => c with { PrefersWrittenContact = true });

        var action = Rcr.Decide(builder.Build(), builder.At(L(2026, 3, 24, 8, 0)));

        action.Should().BeOfType<NextAction.SendThankYouNote>().Which.To.Single().Name.Should().Be("Jane Smith");
    }

    [Fact]
    [Trait("Rule", "FUR-08")]
    public void Decide_NoWayToReachAnyone_Stops()
    {
        var builder = CaseBuilder.London()
            .WithPeople(new Interviewer { Name = "Jane Smith" })
            .WithGeneralNumber(null);

        var action = Cbr.Decide(builder.Build(), builder.At(L(2026, 3, 24, 8, 0)));

        action.Should().BeOfType<NextAction.Stop>().Which.Reason.Should().Be(StopReason.NoContactDetails);
        action.Reasons.Contains(RuleIds.Fur08).Should().BeTrue();
        Default.Decide(builder.Build(), builder.At(L(2026, 3, 24, 8, 0))).Should().BeOfType<NextAction.SendThankYouNote>("the default profile can still write a note to the office");
    }
}
