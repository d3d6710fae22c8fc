using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;

namespace FollowUpRules.Json.Tests;

public sealed class RoundTripTests
{
    private static readonly LocalDateTime Ten = new(2026, 3, 10, 10, 0);

    private const string MalformedDocumentsValid = FollowUpRules.Tests.Shared.MalformedDocuments.Valid;

    public static TheoryData<string> ExampleCases => new(Examples.Cases.Select(Path.GetFileName)!);

    private static FollowUpCase RichCase() => CaseBuilder.London()
        .ThroughAgency()
        .WithCandidate(c => c with { TimeZoneId = "America/New_York", LinkedInContact = "Jane Smith", PrefersWrittenContact = true })
        .WithNotes(new InterviewNotes { DecisionExpectedBy = new LocalDate(2026, 3, 20), CallBackWithinDays = 3, TopicToMention = "data quality", SelectionProcess = "two rounds", CandidatesRemaining = 4 })
        .WithHolidays(new LocalDate(2026, 4, 3))
        .WithHectic(new HecticPeriod { Days = [IsoDayOfWeek.Wednesday], Hours = new TimeOfDayRange(new LocalTime(14, 0), new LocalTime(16, 0)), Note = "board meetings" },
                    new HecticPeriod { Dates = new DateInterval(new LocalDate(2026, 3, 30), new LocalDate(2026, 3, 31)) })
        .WithHours(OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)).With(IsoDayOfWeek.Saturday, new TimeOfDayRange(new LocalTime(10, 0), LocalTime.Midnight)))
        .WeekStartsOn(IsoDayOfWeek.Monday)
        .WithPeople(CaseBuilder.Jane with { OutOfOffice = [new DateInterval(new LocalDate(2026, 3, 18), new LocalDate(2026, 3, 19))] }, CaseBuilder.Raj with { AddressAs = "Mr Patel" })
        .Emailed(Ten.PlusDays(-5))
        .Called(Ten, Responder.Receptionist, a => a with { InterviewerAvailableAt = Ten.PlusDays(1), Gatekeeper = GatekeeperResponse.OfferedToTakeMessage })
        .Called(Ten.PlusDays(1), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration, DecisionExpectedBy = new LocalDate(2026, 3, 25), CallBackOnOrAfter = new LocalDate(2026, 3, 26), CallBackInAWeekAgreed = true })
        .LeftVoicemail(Ten.PlusDays(2))
        .With(Ten.PlusDays(3), a => a with { Channel = ContactChannel.Email, ViaAgency = true, AnsweredBy = Responder.Agency })
        .Build()
        .WithRegion("GB-ENG");

    [Fact]
    public void Case_WrittenThenRead_IsEqual()
    {
        var original = RichCase();

        var read = FollowUpJson.ReadCase(FollowUpJson.WriteCase(original));

        read.Should().Be(original);
    }

    [Fact]
    public void Case_WithEveryOptionalPart_WrittenThenRead_IsEqual()
    {
        var original = CaseBuilder.London()
            .WithHours(OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)).With(IsoDayOfWeek.Saturday, new TimeOfDayRange(new LocalTime(10, 0), LocalTime.Midnight)))
            .WeekStartsOn(IsoDayOfWeek.Sunday)
            .WithHectic(new HecticPeriod { Days = [IsoDayOfWeek.Wednesday], Hours = new TimeOfDayRange(new LocalTime(14, 0), new LocalTime(16, 0)) })
            .Build();

        FollowUpJson.ReadCase(FollowUpJson.WriteCase(original)).Should().Be(original);
    }

    [Fact]
    public void ReadCase_PersonWithAFormOfAddress_KeepsItAndWritesItBack()
    {
        var json = MalformedDocumentsValid.Replace("\"name\": \"Jane Smith\",", "\"name\": \"Jane Smith\", \"addressAs\": \"Dr Smith\",", StringComparison.Ordinal);

        var read = FollowUpJson.ReadCase(json);

        read.Interview.Interviewers[0].AddressAs.Should().Be("Dr Smith");
        FollowUpJson.WriteCase(read).Should().Contain("\"addressAs\": \"Dr Smith\"");
        FollowUpJson.WriteCase(read with { Interview = read.Interview with { Interviewers = [read.Interview.Interviewers[0] with { AddressAs = null }] } }).Should().NotContain("addressAs");
    }

    [Theory]
    [MemberData(nameof(ExampleCases))]
    public void Example_ReadWrittenRead_IsStable(string file)
    {
        var first = FollowUpJson.ReadCase(Examples.Read(file));

        FollowUpJson.ReadCase(FollowUpJson.WriteCase(first)).Should().Be(first);
    }

    [Fact]
    public void Profile_EveryBuiltIn_WrittenThenRead_IsEqual()
    {
        foreach (var profile in FollowUpProfiles.All)
        {
            FollowUpJson.ReadProfile(FollowUpJson.WriteProfile(profile)).Should().Be(profile, profile.Name);
        }
    }

    [Fact]
    public void Profile_BasedOnABuiltIn_KeepsWhatIsLeftOutAndReplacesWhatIsGiven()
    {
        var profile = FollowUpJson.ReadProfile(Examples.Read("custom-profile.json"));

        profile.Should().Be(FollowUpProfiles.Rcr with
        {
            Name = "acme-recruiting",
            Description = "Acme's agency desk: RCR's one call, but after five business days, never a voicemail, and clear of lunch.",
            FirstCallDelayDays = 5,
            DayCounting = DayCounting.BusinessDays,
            MaxVoicemails = 0,
            LunchBlackout = new TimeOfDayRange(new LocalTime(12, 0), new LocalTime(13, 30)),
            FinalCallAfterSilence = Period.FromWeeks(3),
        });
    }

    [Fact]
    public void Profile_NullClearsANullableSetting()
    {
        var profile = FollowUpJson.ReadProfile("""{ "schemaVersion": 1, "basedOn": "default", "name": "x", "lunchBlackout": null, "maxFollowUpRounds": null, "finalCallAfterSilence": null }""");

        profile.LunchBlackout.Should().BeNull();
        profile.MaxFollowUpRounds.Should().BeNull();
        profile.FinalCallAfterSilence.Should().BeNull();
    }

    [Fact]
    public void Decision_EveryKindFromTheBuiltInProfiles_WrittenThenRead_IsEqual()
    {
        var seen = new HashSet<NextActionKind>();
        var builder = CaseBuilder.London().ThroughAgency().WithCandidate(c => c with { LinkedInContact = "Jane Smith" });
        var cases = new[]
        {
            builder.Build(),
            CaseBuilder.London().Emailed(Ten.PlusDays(-5)).Build(),
            CaseBuilder.London().WithPeople(new Interviewer { Name = "Jane Smith" }).WithGeneralNumber(null).ThroughAgency().Called(Ten, Responder.Agency).Build(),
            CaseBuilder.London().WithPeople(new Interviewer { Name = "Jane Smith" }).WithGeneralNumber(null).WithCandidate(c => c with { LinkedInContact = "Jane Smith" }).Build(),
            CaseBuilder.London().Called(Ten, Responder.Interviewer, a => a with { Status = CandidateStatus.OfferMade }).Build(),
        };
        foreach (var policy in FollowUpProfiles.All.Select(FollowUpPolicy.Create))
        {
            foreach (var followUp in cases)
            {
                foreach (var day in new[] { 0, 1, 5, 8, 20 })
                {
                    var action = policy.Decide(followUp, builder.At(Ten.PlusDays(day)));
                    seen.Add(action.Kind);
                    var script = policy.Script(followUp, action);

                    var read = FollowUpJson.ReadDecision(FollowUpJson.WriteDecision(action, builder.At(Ten), script));

                    read.Should().Be(action, $"{policy.Profile.Name}: {action.Describe()}");
                }
            }
        }

        seen.Should().BeEquivalentTo(Enum.GetValues<NextActionKind>(), "every kind of action is round-tripped");
    }

    [Fact]
    public void Decision_Wait_CarriesItsOfficeTimeAndOffset()
    {
        var builder = CaseBuilder.In("America/New_York", new LocalDateTime(2026, 3, 5, 10, 0));
        var now = builder.At(new LocalDateTime(2026, 3, 5, 16, 0));
        var wait = FollowUpPolicy.Default.Decide(builder.Build() with { Attempts = [new ContactAttempt { At = now, Channel = ContactChannel.Email }] }, now)
            .Should().BeOfType<NextAction.Wait>().Subject;

        var json = FollowUpJson.WriteDecision(wait);

        json.Should().Contain("\"until\": \"" + NodaTime.Text.InstantPattern.General.Format(wait.Until) + "\"")
            .And.Contain("\"localUntil\": \"" + NodaTime.Text.LocalDateTimePattern.GeneralIso.Format(wait.LocalUntil) + "\"")
            .And.Contain("\"untilOffset\": \"-04\"");
        FollowUpJson.ReadDecision(json).Should().Be(wait);
    }

    [Fact]
    public void ReadDecision_WaitWithoutItsOffset_NamesTheMissingField()
    {
        var read = () => FollowUpJson.ReadDecision("""{ "schemaVersion": 1, "kind": "wait", "reasons": [], "until": "2026-03-10T13:00:00Z" }""");

        read.Should().Throw<FollowUpJsonException>().WithMessage("$.untilOffset: missing; it is required");
    }

    [Theory]
    [InlineData(AgencyRequest.ForwardThankYou, AttemptPurpose.ThankYou)]
    [InlineData(AgencyRequest.AskForUpdate, AttemptPurpose.AgencyUpdate)]
    [InlineData(AgencyRequest.AskForUpdate, AttemptPurpose.FollowUp)]
    public void Decision_ContactAgency_CarriesItsPurpose(AgencyRequest request, AttemptPurpose purpose)
    {
        var action = new NextAction.ContactAgency(CaseBuilder.Agency, request, ContactChannel.Email, purpose, [Strategies.Decisions.AgencyUpdateFirst.AskAgency]);

        var json = FollowUpJson.WriteDecision(action);

        json.Should().Contain("\"purpose\": \"" + JsonNamesOf(purpose) + "\"");
        FollowUpJson.ReadDecision(json).Should().Be(action);
    }

    [Fact]
    public void ReadDecision_ContactAgencyWithoutAPurpose_TakesTheRequestsUsualOne()
    {
        var read = FollowUpJson.ReadDecision("""{ "schemaVersion": 1, "kind": "contactAgency", "reasons": [], "agency": { "name": "Sam Reed" }, "request": "askForUpdate", "channel": "phone" }""");

        read.Should().BeOfType<NextAction.ContactAgency>().Which.Purpose.Should().Be(AttemptPurpose.FollowUp);
    }

    [Fact]
    public void ReadDecision_ContactAgencyWhosePurposeDoesNotFitTheRequest_NamesThePurpose()
    {
        var read = () => FollowUpJson.ReadDecision("""{ "schemaVersion": 1, "kind": "contactAgency", "reasons": [], "agency": { "name": "Sam Reed" }, "request": "forwardThankYou", "channel": "email", "purpose": "agencyUpdate" }""");

        read.Should().Throw<FollowUpJsonException>().WithMessage("$.purpose: *ForwardThankYou*AgencyUpdate*");
    }

    [Theory]
    [InlineData("unspecified")]
    [InlineData("requestedCall")]
    public void ReadDecision_ContactAgencyWithAPurposeNoAgencyContactHas_NamesThePurposeAndValue(string purpose)
    {
        var read = () => FollowUpJson.ReadDecision($$"""{ "schemaVersion": 1, "kind": "contactAgency", "reasons": [], "agency": { "name": "Sam Reed" }, "request": "askForUpdate", "channel": "email", "purpose": "{{purpose}}" }""");

        read.Should().Throw<FollowUpJsonException>().WithMessage($"$.purpose: *{purpose}*");
    }

    private static string JsonNamesOf(AttemptPurpose purpose) => char.ToLowerInvariant(purpose.ToString()[0]) + purpose.ToString()[1..];

    [Fact]
    public void Decision_Call_CarriesItsWindowsInOfficeTimeAndItsReasons()
    {
        var builder = CaseBuilder.London().Emailed(Ten.PlusDays(-5));
        var call = FollowUpPolicy.Default.Decide(builder.Build(), builder.At(Ten));

        var json = FollowUpJson.WriteDecision(call);

        json.Should().Contain("\"kind\": \"call\"").And.Contain("\"localStart\": \"2026-03-10T15:30:00\"").And.Contain("\"quality\": \"preferred\"")
            .And.Contain("\"ruleId\": \"RCR-04\"");
    }

    [Fact]
    public void ReadCase_ValuesWrittenWithEscapes_ReadAsTheirText()
    {
        // The reader's fast paths read the document's bytes; an escape must send them to the slow path, not to an error.
        var escaped = MalformedDocumentsValid
            .Replace("\"2026-03-06T10:00:00Z\"", "\"2026-03-06T10:00:00\\u005A\"", StringComparison.Ordinal)
            .Replace("\"phone\"", "\"\\u0070hone\"", StringComparison.Ordinal)
            .Replace("\"hiringManager\"", "\"hiring\\u004Danager\"", StringComparison.Ordinal);

        var read = FollowUpJson.ReadCase(escaped);

        read.Should().Be(FollowUpJson.ReadCase(MalformedDocumentsValid));
        read.Attempts[0].Channel.Should().Be(ContactChannel.Phone);
    }

    [Fact]
    public void WriteDecision_ContactAgency_WritesItsFieldsInTheDocumentedOrder()
    {
        var action = new NextAction.ContactAgency(CaseBuilder.Agency, AgencyRequest.AskForUpdate, ContactChannel.Email, AttemptPurpose.AgencyUpdate, [Strategies.Decisions.AgencyUpdateFirst.AskAgency]);

        var json = FollowUpJson.WriteDecision(action, Ten.InUtc().ToInstant());

        FieldNames(json).Should().Equal("schemaVersion", "kind", "decidedAt", "purpose", "agency", "request", "channel", "reasons");
    }

    [Fact]
    public void WriteDecision_CallWithItsScript_WritesItsFieldsInTheDocumentedOrder()
    {
        var builder = CaseBuilder.London().Emailed(Ten.PlusDays(-5));
        var followUp = builder.Build();
        var call = FollowUpPolicy.Default.Decide(followUp, builder.At(Ten));
        var script = FollowUpPolicy.Default.Script(followUp, call);

        var json = FollowUpJson.WriteDecision(call, builder.At(Ten), script);

        FieldNames(json).Should().Equal(
            "schemaVersion", "kind", "decidedAt", "whom", "number", "numberKind", "window", "alternatives", "ifVoicemail", "voicemailReason",
            "ifGatekeeper", "gatekeeperReason", "declineUnfamiliarStaff", "declineUnfamiliarStaffReason", "requestedByEmployer", "isFinalCall", "reasons", "script");
        using var document = System.Text.Json.JsonDocument.Parse(json);
        FieldNames(document.RootElement.GetProperty("window").GetRawText()).Should().Equal("start", "end", "localStart", "localEnd", "startOffset", "endOffset", "quality", "endShapedBy");
        FieldNames(document.RootElement.GetProperty("script").GetRawText()).Should().Equal("lines", "drafts", "text");
        FieldNames(document.RootElement.GetProperty("reasons")[0].GetRawText()).Should().Equal("ruleId", "explanation");
    }

    private static List<string> FieldNames(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
    }
}

internal static class CaseExtensions
{
    public static FollowUpCase WithRegion(this FollowUpCase followUp, string region) => followUp with { Office = followUp.Office with { HolidayRegion = region } };
}
