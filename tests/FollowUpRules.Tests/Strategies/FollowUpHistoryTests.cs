using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies;

/// <summary>The history as a host's strategy reads it (through a <see cref="StrategyTrial"/>, as the testing kit does): per-purpose counts and instants, positions, and the invitation still open.</summary>
public sealed class FollowUpHistoryTests
{
    private static readonly CaseBuilder Builder = CaseBuilder.London().ThroughAgency();
    private static readonly Instant Now = Builder.At(L(2026, 3, 17, 9, 0));

    /// <summary>One attempt of each purpose, FollowUp twice, every purpose recorded by the host.</summary>
    private static FollowUpHistory EveryPurpose() => History(CaseBuilder.London().ThroughAgency()
        .Emailed(L(2026, 3, 5, 11, 0))
        .With(L(2026, 3, 6, 10, 0), a => a with { Channel = ContactChannel.Email, ViaAgency = true, Purpose = AttemptPurpose.AgencyUpdate })
        .Called(L(2026, 3, 10, 9, 30), Responder.Nobody, a => a with { Purpose = AttemptPurpose.FollowUp })
        .Called(L(2026, 3, 12, 9, 30), Responder.Nobody, a => a with { Purpose = AttemptPurpose.FollowUp })
        .Called(L(2026, 3, 16, 10, 0), Responder.Interviewer, a => a with { Purpose = AttemptPurpose.RequestedCall }));

    private static FollowUpHistory History(CaseBuilder builder, Instant? now = null) =>
        new StrategyTrial(builder.Build(), now ?? Now, FollowUpProfiles.Default, []).History;

    /// <summary>Days and times are in March 2026, office-local.</summary>
    [Theory]
    [InlineData(AttemptPurpose.ThankYou, 1, 5, 11, 0, 5, 11, 0)]
    [InlineData(AttemptPurpose.AgencyUpdate, 1, 6, 10, 0, 6, 10, 0)]
    [InlineData(AttemptPurpose.FollowUp, 2, 10, 9, 30, 12, 9, 30)]
    [InlineData(AttemptPurpose.RequestedCall, 1, 16, 10, 0, 16, 10, 0)]
    public void CountForFirstAtLastAt_EachPurpose_CountAndTimeTheAttemptsMadeForIt(AttemptPurpose purpose, int count, int firstDay, int firstHour, int firstMinute, int lastDay, int lastHour, int lastMinute)
    {
        var history = EveryPurpose();

        history.CountFor(purpose).Should().Be(count);
        history.FirstAt(purpose).Should().Be(Builder.At(L(2026, 3, firstDay, firstHour, firstMinute)));
        history.LastAt(purpose).Should().Be(Builder.At(L(2026, 3, lastDay, lastHour, lastMinute)));
    }

    private static CaseBuilder EmailedAt(CaseBuilder builder, Instant at, bool viaAgency = false) =>
        builder.With(at.InZone(builder.Zone).LocalDateTime, a => a with { Channel = ContactChannel.Email, ViaAgency = viaAgency });

    [Fact]
    public void Purposes_EmailsAroundTheThankYouWindowsClose_AreTheThankYouOnlyBeforeIt()
    {
        // The window closes when the first follow-up falls due (Tuesday 10 March, three business
        // days after Thursday's interview), later than the end of the interview's day.
        var closes = History(CaseBuilder.London()).FirstFollowUpDue;

        closes.Should().BeGreaterThan(Builder.At(L(2026, 3, 9, 10, 0)));
        History(CaseBuilder.London().Emailed(L(2026, 3, 9, 10, 0)))[0].Purpose.Should().Be(AttemptPurpose.ThankYou, "Monday is still inside the window");
        History(EmailedAt(CaseBuilder.London(), closes))[0].Purpose.Should().Be(AttemptPurpose.FollowUp, "the window is half-open: at its close it has closed");
    }

    [Fact]
    public void Purposes_AgencyEmailAtTheUpdatesDueInstant_IsTheUpdate()
    {
        var due = History(CaseBuilder.London().ThroughAgency()).OpeningAfterInterview(FollowUpProfiles.Default.AgencyUpdateDelayDays!.Value);

        History(EmailedAt(CaseBuilder.London().ThroughAgency(), due - Duration.FromMinutes(1), viaAgency: true))[0].Purpose.Should().Be(AttemptPurpose.ThankYou);
        History(EmailedAt(CaseBuilder.London().ThroughAgency(), due, viaAgency: true))[0].Purpose.Should().Be(AttemptPurpose.AgencyUpdate);
    }

    [Fact]
    public void Purposes_AgencyEmailAsTheThankYouWindowCloses_IsNotTheThankYou()
    {
        // An update due only after the thank-you window: at the window's close the agency email is the update.
        var profile = FollowUpProfiles.Default with { AgencyUpdateDelayDays = 5 };
        var builder = CaseBuilder.London().ThroughAgency();
        var closes = new StrategyTrial(builder.Build(), Now, profile, []).History.FirstFollowUpDue;

        var history = new StrategyTrial(EmailedAt(builder, closes, viaAgency: true).Build(), Now, profile, []).History;

        history[0].Purpose.Should().Be(AttemptPurpose.AgencyUpdate);
    }

    [Fact]
    public void Purposes_CallAtTheVeryMomentACallBackBecomesUsable_AnswersIt()
    {
        var invited = CaseBuilder.London().WithNotes(new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 12) });
        var usable = History(invited).PendingInvitation!.Value.UsableFrom;

        var history = History(invited.Called(usable.InZone(invited.Zone).LocalDateTime, Responder.Nobody));

        history[0].Purpose.Should().Be(AttemptPurpose.RequestedCall);
        history.PendingInvitation.Should().BeNull();
    }

    [Fact]
    public void OpeningAfterInterview_NoDays_IsTheNextOpeningFromTheInterview()
    {
        var history = History(CaseBuilder.London());

        history.OpeningAfterInterview(0).Should().Be(Builder.At(L(2026, 3, 5, 9, 0)), "no day has to pass: the interview day's opening");
        var negative = () => history.OpeningAfterInterview(-1);
        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days");
    }

    [Fact]
    public void ThankYouSent_NoThankYouYet_IsFalse()
    {
        History(CaseBuilder.London()).ThankYouSent.Should().BeFalse();
        History(CaseBuilder.London().Emailed(L(2026, 3, 5, 11, 0))).ThankYouSent.Should().BeTrue();
    }

    [Fact]
    public void FirstFollowUpAt_OwnAndAskedForFollowUps_IsTheEarlierOfEither()
    {
        static CaseBuilder Own(CaseBuilder b, int day) => b.Called(L(2026, 3, day, 9, 30), Responder.Nobody, a => a with { Purpose = AttemptPurpose.FollowUp });
        static CaseBuilder Asked(CaseBuilder b, int day) => b.Called(L(2026, 3, day, 9, 30), Responder.Nobody, a => a with { Purpose = AttemptPurpose.RequestedCall });

        History(CaseBuilder.London()).FirstFollowUpAt.Should().BeNull();
        History(Asked(CaseBuilder.London(), 11)).FirstFollowUpAt.Should().Be(Builder.At(L(2026, 3, 11, 9, 30)), "a call the employer asked for is a follow-up too");
        History(Asked(Own(CaseBuilder.London(), 12), 10)).FirstFollowUpAt.Should().Be(Builder.At(L(2026, 3, 10, 9, 30)));
        History(Asked(Own(CaseBuilder.London(), 10), 12)).FirstFollowUpAt.Should().Be(Builder.At(L(2026, 3, 10, 9, 30)));
    }

    [Fact]
    public void OpeningAfterInterview_ThankYouSentJustAsTheWaitEnds_RestartsTheWaitFromIt()
    {
        // A day after Thursday's interview is Friday 09:00; the thank-you went out at that very moment.
        var history = History(CaseBuilder.London().Emailed(L(2026, 3, 6, 9, 0)));

        history[0].Purpose.Should().Be(AttemptPurpose.ThankYou);
        history.OpeningAfterInterview(1).Should().Be(Builder.At(L(2026, 3, 9, 9, 0)), "a wait is never shorter than a day after a late thank-you");
    }

    [Fact]
    public void Views_DefaultHistoryAndSearchResult_ThrowSayingWhereTheyComeFrom()
    {
        var history = () => default(FollowUpHistory).Count;
        var found = () => default(WindowSearchResult).Count;

        history.Should().Throw<InvalidOperationException>().WithMessage("This FollowUpHistory is a default value; a history comes from a DecisionContext or a CallPlanContext.");
        found.Should().Throw<InvalidOperationException>().WithMessage("This WindowSearchResult is a default value; results come from CallPlanContext.FindWindows.");
    }

    [Fact]
    public void LastNewsAt_InterviewerAnsweredWithNothingNew_IsStillNews()
    {
        var history = History(CaseBuilder.London()
            .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer)
            .Called(L(2026, 3, 12, 9, 30), Responder.Receptionist));

        history.LastNewsAt.Should().Be(Builder.At(L(2026, 3, 10, 9, 30)), "reaching the interviewer is news; a receptionist with nothing to say is not");
    }

    [Fact]
    public void CallCount_AgencyCallsAndWrittenFollowUps_AreNotCallsToTheEmployer()
    {
        var history = History(CaseBuilder.London().ThroughAgency()
            .With(L(2026, 3, 9, 10, 0), a => a with { Channel = ContactChannel.Phone, ViaAgency = true })
            .With(L(2026, 3, 10, 10, 0), a => a with { Channel = ContactChannel.Email, Purpose = AttemptPurpose.FollowUp })
            .Called(L(2026, 3, 12, 9, 30), Responder.Nobody)
            .Called(L(2026, 3, 13, 9, 30), Responder.Nobody));

        history.CallCount.Should().Be(2, "only the calls to the employer count");
        history.FirstCallAt.Should().Be(Builder.At(L(2026, 3, 12, 9, 30)));
        history.LastCallAt.Should().Be(Builder.At(L(2026, 3, 13, 9, 30)));
    }

    [Theory]
    [InlineData(AttemptPurpose.Unspecified)]
    [InlineData((AttemptPurpose)5)]
    [InlineData((AttemptPurpose)(-1))]
    [InlineData((AttemptPurpose)int.MaxValue)]
    public void CountForFirstAtLastAt_NoNamedPurpose_AreZeroAndNull(AttemptPurpose purpose)
    {
        var history = EveryPurpose();

        history.CountFor(purpose).Should().Be(0);
        history.FirstAt(purpose).Should().BeNull();
        history.LastAt(purpose).Should().BeNull();
    }

    [Fact]
    public void FirstAtLastAt_PurposeWithNoAttempt_AreNull()
    {
        var history = History(CaseBuilder.London().Emailed(L(2026, 3, 5, 11, 0)));

        history.CountFor(AttemptPurpose.FollowUp).Should().Be(0);
        history.FirstAt(AttemptPurpose.FollowUp).Should().BeNull();
        history.LastAt(AttemptPurpose.FollowUp).Should().BeNull();
        history.FirstAt(AttemptPurpose.ThankYou).Should().Be(Builder.At(L(2026, 3, 5, 11, 0)));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(-1)]
    public void Indexer_OutsideTheHistory_ThrowsNamingTheIndexAndTheCount(int index)
    {
        var history = EveryPurpose();

        var read = () => history[index];

        read.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(index)).WithMessage("The history holds 5 attempts.*")
            .Which.ActualValue.Should().Be(index);
    }

    [Fact]
    public void OpeningAfterInterview_NegativeDays_ThrowsNamingTheValue()
    {
        var history = EveryPurpose();

        var open = () => history.OpeningAfterInterview(-1);

        open.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("days").WithMessage("A wait is 0 days or more.*")
            .Which.ActualValue.Should().Be(-1);
    }

    [Fact]
    public void Enumerator_Reset_IsNotSupportedAndSaysHowToStartAgain()
    {
        var enumerator = EveryPurpose().GetEnumerator();

        var reset = () => enumerator.Reset();

        reset.Should().Throw<NotSupportedException>().WithMessage("Start a new enumeration with GetEnumerator().");
    }

    // The invitation to call back, and the attempts whose recorded purpose answers it ------------------

    private static CaseBuilder Invited() => CaseBuilder.London()
        .Emailed(L(2026, 3, 5, 11, 0))
        .Called(L(2026, 3, 10, 9, 30), Responder.Interviewer, a => a with { CallBackOnOrAfter = new LocalDate(2026, 3, 16) });

    private static Instant UsableFrom() => History(Invited()).PendingInvitation!.Value.UsableFrom;

    [Fact]
    public void PendingInvitation_RecordedFollowUpFromTheMomentTheCallBackIsUsable_AnswersIt()
    {
        var usable = UsableFrom();
        var builder = Invited().With(usable.InZone(Builder.Zone).LocalDateTime, a => a with { Channel = ContactChannel.Email, Purpose = AttemptPurpose.FollowUp });

        History(builder).PendingInvitation.Should().BeNull("a written follow-up from the moment the call back is usable stands in for it");
    }

    [Fact]
    public void PendingInvitation_RecordedFollowUpBeforeTheCallBackIsUsable_LeavesItOpen()
    {
        var builder = Invited().With(L(2026, 3, 12, 10, 0), a => a with { Channel = ContactChannel.Email, Purpose = AttemptPurpose.FollowUp });

        var pending = History(builder).PendingInvitation;

        pending.Should().NotBeNull("a written follow-up before the call back is usable does not answer it");
        pending!.Value.UsableFrom.Should().Be(UsableFrom());
    }

    [Fact]
    public void PendingInvitation_RecordedRequestedCallBeforeTheDate_AnswersIt()
    {
        var builder = Invited().Called(L(2026, 3, 12, 10, 0), Responder.Interviewer, a => a with { Purpose = AttemptPurpose.RequestedCall });

        History(builder).PendingInvitation.Should().BeNull("a call the host recorded as the requested one answers the invitation whatever its time");
    }

    [Fact]
    public void PendingInvitation_RecordedThankYouAfterTheDate_LeavesItOpen()
    {
        var builder = Invited().With(L(2026, 3, 16, 10, 0), a => a with { Channel = ContactChannel.Email, Purpose = AttemptPurpose.ThankYou });

        History(builder).PendingInvitation.Should().NotBeNull("only a follow-up or the requested call answers an invitation");
    }
}
