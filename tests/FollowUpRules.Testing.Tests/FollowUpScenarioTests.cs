using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Testing.Tests;

public sealed class FollowUpScenarioTests
{
    [Fact]
    public void Run_ReceptionistGivesATime_TheNextCallIsAtThatTime()
    {
        var transcript = Cases.ReceptionistThenVoicemailTwiceThenSilence();

        transcript.Calls[0].Window.LocalStart.Should().Be(new LocalDateTime(2026, 3, 11, 9, 0), "three business days after a Friday interview, first thing");
        transcript.Calls[1].Window.LocalStart.Should().Be(new LocalDateTime(2026, 3, 19, 15, 0));
        transcript.Calls[1].Window.Quality.Should().Be(CallWindowQuality.Requested);
        transcript.Calls[1].RequestedByEmployer.Should().BeTrue();
    }

    [Fact]
    public void Run_AnswersAreRecordedAsTheAttemptsTheyImply()
    {
        var transcript = Cases.ReceptionistThenVoicemailTwiceThenSilence();

        var calls = transcript.Steps.Where(s => s.Action is NextAction.Call).Select(s => s.Recorded!).ToList();
        calls[0].AnsweredBy.Should().Be(Responder.Receptionist);
        calls[0].InterviewerAvailableAt.Should().Be(new LocalDateTime(2026, 3, 19, 15, 0));
        calls[1].AnsweredBy.Should().Be(Responder.Voicemail);
        calls[2].AnsweredBy.Should().Be(Responder.Voicemail);
        calls.Skip(3).Should().OnlyContain(a => a.AnsweredBy == Responder.Voicemail && !a.VoicemailLeft, "silence: nobody answers and the one allowed voicemail is spent");
        transcript.FinalCase.Attempts.Should().HaveCount(transcript.Steps.Count(s => s.Recorded is not null));
    }

    [Fact]
    public void Run_StepTimes_AreGivenInOfficeTime()
    {
        var transcript = Cases.ReceptionistThenVoicemailTwiceThenSilence();

        var first = transcript.Steps[0];
        first.DecidedAtLocal.Should().Be(new LocalDateTime(2026, 3, 6, 10, 0));
        first.Action.Kind.Should().Be(NextActionKind.SendEmail);
        var secondCall = transcript.Steps.Where(s => s.Action is NextAction.Call).ElementAt(1);
        secondCall.ActsAtLocal.Should().Be(new LocalDateTime(2026, 3, 19, 15, 0));
        secondCall.ToString().Should().StartWith(secondCall.Number + ". 2026-03-19 15:00 Call Jane Smith");
    }

    [Fact]
    public void Run_SilenceAfterwards_EndsWithTheAttemptLimitWithinTheMonth()
    {
        var transcript = Cases.ReceptionistThenVoicemailTwiceThenSilence();

        transcript.Stop!.Reason.Should().Be(StopReason.LimitReached);
        transcript.Steps[^1].DecidedAtLocal.Date.Should().BeLessThanOrEqualTo(new LocalDate(2026, 4, 6));
        transcript.End.Should().Be(new LocalDateTime(2026, 4, 6, 10, 0).InZoneStrictly(Cases.London).ToInstant());
    }

    [Fact]
    public void Run_PeriodShorterThanTheFollowUp_EndsWithoutAStop()
    {
        var transcript = FollowUpScenario.For(Cases.FridayInLondon()).For(Period.FromDays(10)).Run(Cases.Default);

        transcript.Stop.Should().BeNull();
        transcript.Transcript.ReachedTimeLimit.Should().BeTrue();
        transcript.Steps.Should().OnlyContain(s => s.ActsAtLocal <= new LocalDateTime(2026, 3, 16, 10, 0));
    }

    [Fact]
    public void Run_SameScenarioTwice_GivesTheSameTranscript()
    {
        Cases.ReceptionistThenVoicemailTwiceThenSilence().ToString().Should().Be(Cases.ReceptionistThenVoicemailTwiceThenSilence().ToString());
    }

    [Fact]
    public void Answers_StepBeatsOrdinalBeatsKindBeatsOtherwise()
    {
        var scenario = FollowUpScenario.For(Cases.FridayInLondon())
            .Otherwise(Answers.NoLongerConsidered)
            .OnEvery(NextActionKind.Call, Answers.PositionFilled)
            .OnCall(1, Answers.OfferMade);

        scenario.Run(Cases.Default).Stop!.Reason.Should().Be(StopReason.NotConsidered, "the thank-you email, step 1, falls to Otherwise");
        var withEmail = scenario.On(NextActionKind.SendEmail, 1, Answers.Nothing);
        withEmail.Run(Cases.Default).Stop!.Reason.Should().Be(StopReason.OfferMade, "the first call has its own answer");
        withEmail.OnStep(3, Answers.PositionFilled).Run(Cases.Default).Stop!.Reason.Should().Be(StopReason.PositionFilled, "step 3 is the first call and the step number wins");
        withEmail.OnCall(1, Answers.Voicemail).Run(Cases.Default).Calls.Should().HaveCount(2, "the second call falls to OnEvery and hears the position is filled");
    }

    [Fact]
    public void Scenario_IsImmutable_DerivingLeavesTheBaseUnchanged()
    {
        var baseScenario = FollowUpScenario.For(Cases.FridayInLondon());
        var before = baseScenario.Run(Cases.Default).ToString();

        _ = baseScenario.OnCall(1, Answers.PositionFilled).WithMaxSteps(3).StartingAt(new LocalDateTime(2026, 3, 9, 9, 0)).For(Period.FromDays(3));

        baseScenario.Run(Cases.Default).ToString().Should().Be(before);
        baseScenario.MaxSteps.Should().Be(50);
    }

    [Fact]
    public void Run_CaseThatAlreadyHasAttempts_StartsAtItsLastAttempt()
    {
        // Listed out of order on purpose: the start is the latest attempt, not the last in the list.
        var call = new LocalDateTime(2026, 3, 11, 9, 5).InZoneStrictly(Cases.London).ToInstant();
        var email = new LocalDateTime(2026, 3, 6, 11, 0).InZoneStrictly(Cases.London).ToInstant();
        var followUp = Cases.FridayInLondon() with
        {
            Attempts =
            [
                new ContactAttempt { At = call, Channel = ContactChannel.Phone, AnsweredBy = Responder.Voicemail, VoicemailLeft = true },
                new ContactAttempt { At = email, Channel = ContactChannel.Email },
            ],
        };

        var transcript = FollowUpScenario.For(followUp).WithMaxSteps(3).Run(Cases.Default);

        transcript.Start.Should().Be(call, "the case's own timeline has reached its last attempt");
        transcript.Steps[0].DecidedAt.Should().Be(call);
        transcript.Steps.Should().OnlyContain(s => s.ActsAt >= call, "nothing is proposed in the case's past");
        transcript.FinalCase.Attempts.Take(2).Should().Equal(followUp.Attempts);
    }

    [Fact]
    public void StartingAt_CaseWithAttempts_OverridesTheLastAttempt()
    {
        var email = new LocalDateTime(2026, 3, 6, 11, 0).InZoneStrictly(Cases.London).ToInstant();
        var followUp = Cases.FridayInLondon() with { Attempts = [new ContactAttempt { At = email, Channel = ContactChannel.Email }] };
        var later = new LocalDateTime(2026, 3, 16, 9, 0);

        var transcript = FollowUpScenario.For(followUp).StartingAt(later).WithMaxSteps(1).Run(Cases.Default);

        transcript.Steps.Should().ContainSingle().Which.DecidedAtLocal.Should().Be(later);
    }

    [Fact]
    public void StartingAt_OfficeLocalTime_IsTheFirstDecision()
    {
        var transcript = FollowUpScenario.For(Cases.FridayInLondon()).StartingAt(new LocalDateTime(2026, 3, 9, 9, 0)).WithMaxSteps(1).Run(Cases.Default);

        transcript.Start.Should().Be(new LocalDateTime(2026, 3, 9, 9, 0).InZoneStrictly(Cases.London).ToInstant());
        transcript.Steps.Should().ContainSingle().Which.DecidedAtLocal.Should().Be(new LocalDateTime(2026, 3, 9, 9, 0));
    }

    [Fact]
    public void StartingAt_Instant_ReplacesAnEarlierLocalStart()
    {
        var instant = Instant.FromUtc(2026, 3, 10, 12, 0);

        var transcript = FollowUpScenario.For(Cases.FridayInLondon()).StartingAt(new LocalDateTime(2026, 3, 9, 9, 0)).StartingAt(instant).WithMaxSteps(1).Run(Cases.Default);

        transcript.Start.Should().Be(instant);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void WithMaxSteps_OutOfRange_Throws(int steps)
    {
        var limit = () => FollowUpScenario.For(Cases.FridayInLondon()).WithMaxSteps(steps);

        limit.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxSteps");
    }

    [Fact]
    public void OnStepAndOrdinal_BelowOne_Throw()
    {
        var scenario = FollowUpScenario.For(Cases.FridayInLondon());

        ((Action)(() => scenario.OnStep(0, Answers.Nothing))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
        ((Action)(() => scenario.OnCall(0, Answers.Nothing))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ordinal");
    }

    [Fact]
    public void Run_UnknownOfficeZone_SaysWhichField()
    {
        var followUp = Cases.FridayInLondon();
        followUp = followUp with { Office = followUp.Office with { TimeZoneId = "Europe/Atlantis" } };

        var run = () => FollowUpScenario.For(followUp).Run(Cases.Default);

        run.Should().Throw<ArgumentException>().WithMessage("The case's office.timeZoneId \"Europe/Atlantis\" is not a time zone id in TZDB: *");
    }

    [Fact]
    public void UsingTimeZones_ProviderOfThePolicy_ResolvesTheOfficeZoneThere()
    {
        var zones = new SingleZone(DateTimeZoneProviders.Tzdb["Europe/London"]);
        var policy = new FollowUpPolicyBuilder().UseTimeZones(zones).Build();
        var followUp = Cases.FridayInLondon();
        followUp = followUp with { Office = followUp.Office with { TimeZoneId = "Acme/HQ" } };

        var transcript = FollowUpScenario.For(followUp).UsingTimeZones(zones).WithMaxSteps(3).Run(policy);

        transcript.Office.Id.Should().Be("Europe/London");
        transcript.Steps[0].DecidedAtLocal.Should().Be(new LocalDateTime(2026, 3, 6, 10, 0));
        var withTzdb = () => FollowUpScenario.For(followUp).Run(policy);
        withTzdb.Should().Throw<ArgumentException>().WithMessage("*\"Acme/HQ\" is not a time zone id in TZDB*");
    }

    /// <summary>A host's zone provider that knows one office zone under its own id.</summary>
    private sealed class SingleZone(DateTimeZone zone) : IDateTimeZoneProvider
    {
        public string VersionId => "Acme 1";

        public System.Collections.ObjectModel.ReadOnlyCollection<string> Ids { get; } = new(["Acme/HQ"]);

        public DateTimeZone this[string id] => GetZoneOrNull(id) ?? throw new NodaTime.TimeZones.DateTimeZoneNotFoundException(id);

        public DateTimeZone GetSystemDefault() => zone;

        public DateTimeZone? GetZoneOrNull(string id) => id == "Acme/HQ" ? zone : null;
    }
}
