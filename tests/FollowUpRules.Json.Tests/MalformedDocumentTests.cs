using FluentAssertions;
using FollowUpRules.Tests.Shared;

namespace FollowUpRules.Json.Tests;

/// <summary>Each malformed document gives one error naming the JSON path and the problem.</summary>
public sealed class MalformedDocumentTests
{
    private const string Valid = MalformedDocuments.Valid;

    public static TheoryData<string, string, string> Cases => MalformedDocuments.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadCase_MalformedDocument_NamesThePathAndTheProblem(string scenario, string json, string expected)
    {
        var read = () => FollowUpJson.ReadCase(json);

        read.Should().Throw<FollowUpJsonException>(scenario).Which.Message.Should().Be(expected, scenario);
    }

    [Fact]
    public void ReadCase_NotJson_ThrowsTheLibrarysInputExceptionWithThePath()
    {
        var read = () => FollowUpJson.ReadCase("{ \"schemaVersion\": 1, ");

        var problem = read.Should().Throw<FollowUpInputException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().StartWith("$");
        problem.Value.Should().BeEmpty("a document that does not parse has no one offending value");
    }

    public static TheoryData<string, string, string> Profiles => new()
    {
        { "an unknown base", """{ "schemaVersion": 1, "basedOn": "nope", "name": "x" }""", "$.basedOn: \"nope\" is not a built-in profile; use one of default, etq, eml, phn, rcr, cbr" },
        { "no name", """{ "schemaVersion": 1, "basedOn": "rcr" }""", "$.name: missing; it is required" },
        { "a setting set to null that cannot be", """{ "schemaVersion": 1, "name": "x", "maxVoicemails": null }""", "$.maxVoicemails: must not be null; leave the field out to keep the base profile's value" },
        { "an unparsable duration", """{ "schemaVersion": 1, "name": "x", "weekOpeningBlackout": "2 hours" }""", "$.weekOpeningBlackout: \"2 hours\" is not a duration; write an ISO-8601 duration such as PT2H or PT90M" },
        { "an unparsable period", """{ "schemaVersion": 1, "name": "x", "roundInterval": "a week" }""", "$.roundInterval: \"a week\" is not a period in days, weeks, months or years; write an ISO-8601 period such as P1W or P21D" },
        { "an unknown channel", """{ "schemaVersion": 1, "name": "x", "channels": ["phone", "pigeon"] }""", "$.channels[1]: \"pigeon\" is not one of phone, email, handwrittenNote, linkedInMessage" },
        { "an unknown setting", """{ "schemaVersion": 1, "name": "x", "maxVoiceMails": 1 }""", "$.maxVoiceMails: unknown field; the fields here are schemaVersion, basedOn, name, description, channels, offerWrittenAlternatives, thankYouMessage, firstCallDelayDays, dayCounting, agencyUpdateDelayDays, weekOpeningBlackout, preWeekendBlackout, lunchBlackout, avoidHecticPeriods, avoidOutOfOffice, callAtStartOrEndOfDay, startOfDaySpan, endOfDaySpan, minimumCallWindow, invitedCallLength, maxVoicemails, voicemailSpacingDays, gatekeeper, declineUnfamiliarStaff, avoidGeneralNumber, maxFollowUpRounds, finalCallAfterSilence, giveUpAfterSilence, roundInterval, attemptsPerRound, redialAfterDays, maxAttempts, whenNoDateGiven, sources, callWindowSearchDays" },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public void ReadProfile_MalformedDocument_NamesThePathAndTheProblem(string scenario, string json, string expected)
    {
        var read = () => FollowUpJson.ReadProfile(json);

        read.Should().Throw<FollowUpJsonException>(scenario).Which.Message.Should().Be(expected, scenario);
    }

    [Theory]
    [InlineData("\"channel\": \"unspecified\"", "$.attempts[0].channel: \"unspecified\" is not one of phone, email, handwrittenNote, linkedInMessage")]
    [InlineData("\"channel\": \"phone\", \"answeredBy\": \"unspecified\"", "$.attempts[0].answeredBy: \"unspecified\" is not one of nobody, interviewer, otherInterviewer, receptionist, staffNotAtInterview, agency, voicemail")]
    public void ReadCase_UnspecifiedEnumValue_IsNotAValueADocumentCanGive(string fields, string expected)
    {
        var json = Valid.Replace("\"channel\": \"phone\", \"answeredBy\": \"voicemail\", \"voicemailLeft\": true", fields, StringComparison.Ordinal);
        json.Should().NotBe(Valid, "the sample case's attempt is the one to change");

        var read = () => FollowUpJson.ReadCase(json);

        read.Should().Throw<FollowUpJsonException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void ReadCase_InvalidUtf8_IsAJsonErrorNotACrash()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Valid);
        bytes[Valid.IndexOf("Alex", StringComparison.Ordinal)] = 0xFF;

        var read = () => FollowUpJson.ReadCase(bytes);

        read.Should().Throw<FollowUpJsonException>().WithMessage("$.candidate.name: the text is not valid UTF-8");
    }

    [Fact]
    public void ReadCase_TheValidDocument_Reads()
    {
        FollowUpJson.ReadCase(Valid).Attempts.Should().ContainSingle();
    }

    [Fact]
    public void Detect_TellsCasesProfilesAndDecisionsApart()
    {
        FollowUpJson.Detect(Valid).Should().Be(FollowUpDocumentKind.Case);
        FollowUpJson.Detect(Examples.Read("custom-profile.json")).Should().Be(FollowUpDocumentKind.Profile);
        FollowUpJson.Detect("""{ "schemaVersion": 1, "kind": "stop", "reason": "offerMade", "reasons": [] }""").Should().Be(FollowUpDocumentKind.Decision);
        var unknown = () => FollowUpJson.Detect("{}");
        unknown.Should().Throw<FollowUpJsonException>().WithMessage("$: not a case (no \"interview\"), a profile (no \"name\"), a decision (no \"kind\") or a simulation script (no \"steps\", \"byKind\" or \"default\")");
    }

    [Fact]
    public void Detect_FieldNameWithAnEscapedLoneSurrogate_IsAJsonErrorNotACrash()
    {
        // Found by fuzzing: the parser accepts the escape but throws when the name is compared.
        var detect = () => FollowUpJson.Detect("""{ "na\udfffme": "x" }""");

        detect.Should().Throw<FollowUpJsonException>().WithMessage("$: a field name is not valid UTF-8");
    }

    [Fact]
    public void ReadDecision_WindowWhoseWallClockTimeIsPastTheLastRepresentableDate_IsAJsonErrorNotACrash()
    {
        // Found by fuzzing: 9999-12-31T23:00Z at +02:00 is a wall-clock time in the year 10000.
        const string json = """
            { "schemaVersion": 1, "kind": "call", "reasons": [],
              "whom": { "name": "Jane", "role": "hiringManager" }, "number": "1", "numberKind": "directLine",
              "window": { "start": "9999-12-31T22:00:00Z", "end": "9999-12-31T23:00:00Z", "startOffset": "+02", "endOffset": "+02", "quality": "allowed" },
              "alternatives": [], "ifVoicemail": "leaveMessage", "ifGatekeeper": "askToBePutThrough",
              "declineUnfamiliarStaff": false, "requestedByEmployer": false, "isFinalCall": false }
            """;

        var read = () => FollowUpJson.ReadDecision(json);

        read.Should().Throw<FollowUpJsonException>()
            .WithMessage("$.window: The office's wall-clock time at 9999-12-31T22:00:00Z with offset +02 is outside the dates that can be represented.");
    }
}

/// <summary>The strictness rules of docs/json.md, each with a row that failed before they were enforced.</summary>
public sealed class StrictnessTests
{
    private const string Valid = MalformedDocuments.Valid;

    public static TheoryData<string, string> AcceptedInstants => new()
    {
        { "UTC with Z", "2026-03-06T10:00:00Z" },
        { "an offset of zero", "2026-03-06T10:00:00+00:00" },
        { "an offset", "2026-03-06T11:00:00+01:00" },
        { "no seconds, with Z", "2026-03-06T10:00Z" },
        { "no seconds, with an offset", "2026-03-06T05:00-05:00" },
        { "fractions of a second", "2026-03-06T10:00:00.000Z" },
    };

    [Theory]
    [MemberData(nameof(AcceptedInstants))]
    public void ReadCase_AnyIsoInstantWithAnOffset_IsTheSameInstant(string scenario, string written)
    {
        var followUp = FollowUpJson.ReadCase(Valid.Replace("2026-03-06T10:00:00Z", written, StringComparison.Ordinal));

        followUp.Attempts[0].At.Should().Be(NodaTime.Instant.FromUtc(2026, 3, 6, 10, 0), scenario);
        FollowUpJson.TryParseInstant(written, out var parsed).Should().BeTrue(scenario);
        parsed.Should().Be(NodaTime.Instant.FromUtc(2026, 3, 6, 10, 0), scenario);
    }

    [Theory]
    [InlineData("PT5H")]
    [InlineData("P1DT2H")]
    public void ReadProfile_PeriodWithATimePart_IsRejected(string period)
    {
        var read = () => FollowUpJson.ReadProfile("{ \"schemaVersion\": 1, \"name\": \"x\", \"roundInterval\": \"" + period + "\" }");

        read.Should().Throw<FollowUpJsonException>()
            .WithMessage("$.roundInterval: \"" + period + "\" is not a period in days, weeks, months or years; write an ISO-8601 period such as P1W or P21D");
    }

    [Fact]
    public void ReadCase_BytesThatAreNotUtf8OutsideAString_AreAnErrorNotReplaced()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Valid.Replace("\"candidate\": { \"name\": \"Alex Doe\" }", "\"candidate\": { \"name\": \"Alex Doe\" } ", StringComparison.Ordinal));
        var at = Array.LastIndexOf(bytes, (byte)'}', Valid.IndexOf("\"attempts\"", StringComparison.Ordinal));
        bytes[at + 1] = 0xC3;

        var read = () => FollowUpJson.ReadCase(bytes);

        read.Should().Throw<FollowUpJsonException>().Which.Problem.Should().StartWith("the text is not valid UTF-8");
    }

    [Fact]
    public void ReadCase_ByteOrderMark_IsAllowedAtTheStart()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(Valid)).ToArray();

        FollowUpJson.ReadCase(bytes).Candidate.Name.Should().Be("Alex Doe");
    }

    [Fact]
    public void Read_SchemaField_IsAcceptedForEditors()
    {
        var followUp = FollowUpJson.ReadCase(Valid.Replace("\"schemaVersion\": 1,", "\"$schema\": \"../schema/case.schema.json\", \"schemaVersion\": 1,", StringComparison.Ordinal));

        followUp.Candidate.Name.Should().Be("Alex Doe");
    }

    [Fact]
    public void Write_EscapesOnlyWhatJsonRequires()
    {
        var followUp = FollowUpJson.ReadCase(Valid.Replace("Alex Doe", "Zoë O'Brien <zoe> & \\\"friends\\\" 😀", StringComparison.Ordinal));

        var json = FollowUpJson.WriteCase(followUp);

        json.Should().Contain("\"directLine\": \"+44 20 7946 0001\"")
            .And.Contain("\"name\": \"Zoë O'Brien <zoe> & \\\"friends\\\" 😀\"");
        FollowUpJson.ReadCase(json).Should().Be(followUp);
    }

    [Fact]
    public void Write_ControlCharactersAndLoneSurrogates_AreEscaped()
    {
        var followUp = FollowUpJson.ReadCase(Valid) is var c ? c with { Candidate = c.Candidate with { Name = "Tab\there, bell\u0007, lone \uD800 end" } } : null!;

        var json = FollowUpJson.WriteCase(followUp);

        json.Should().Contain("\"name\": \"Tab\\there, bell\\u0007, lone \uFFFD end\"", "a lone surrogate is not text; System.Text.Json writes the replacement character");
    }

    [Fact]
    public void Write_SurrogatesAfterEscapedCharacters_PairsKeptAndLoneOnesReplaced()
    {
        // The escaper looks for surrogates only up to the next character it must escape, and again
        // from there: an emoji or a lone surrogate behind a newline must still be found.
        var followUp = FollowUpJson.ReadCase(Valid) is var c ? c with { Candidate = c.Candidate with { Name = "a\nb 😀 c\n\uD800 d\t😀" } } : null!;

        var json = FollowUpJson.WriteCase(followUp);

        json.Should().Contain("\"name\": \"a\\nb 😀 c\\n\uFFFD d\\t😀\"");
    }

    public static TheoryData<string, string, string> HecticPeriodsThatBlockEveryCall => new()
    {
        { "an empty period", "{}", "office.hecticPeriods[0] = {}" },
        { "a period with only a note", """{ "note": "always busy" }""", "office.hecticPeriods[0] = {\"note\":\"always busy\"}" },
        { "the whole day, every day", """{ "hours": "00:00-24:00" }""", "office.hecticPeriods[0] = {\"hours\":\"00:00-24:00\"}" },
    };

    [Theory]
    [MemberData(nameof(HecticPeriodsThatBlockEveryCall))]
    public void Decide_HecticPeriodThatCoversEveryHourOfEveryDay_IsRejectedWithItsPathAndValue(string scenario, string period, string expected)
    {
        var json = Valid.Replace("\"hours\": { \"monday\": [\"09:00-17:00\"] } }", "\"hours\": { \"monday\": [\"09:00-17:00\"] }, \"hecticPeriods\": [" + period + "] }", StringComparison.Ordinal);
        var followUp = FollowUpJson.ReadCase(json);

        var decide = () => FollowUpPolicy.Default.Decide(followUp, NodaTime.Instant.FromUtc(2026, 3, 9, 9, 0));

        decide.Should().Throw<FollowUpInputException>(scenario).Which.Problems.Should().ContainSingle(scenario)
            .Which.ToString().Should().StartWith(expected + ": covers every hour of every day", scenario);
    }

    [Fact]
    public void Decide_EmptyHecticHours_IsRejectedWithItsPathAndValue()
    {
        var json = Valid.Replace("\"hours\": { \"monday\": [\"09:00-17:00\"] } }", "\"hours\": { \"monday\": [\"09:00-17:00\"] }, \"hecticPeriods\": [{ \"days\": [\"monday\"], \"hours\": \"10:00-10:00\" }] }", StringComparison.Ordinal);
        var followUp = FollowUpJson.ReadCase(json);

        var decide = () => FollowUpPolicy.Default.Decide(followUp, NodaTime.Instant.FromUtc(2026, 3, 9, 9, 0));

        decide.Should().Throw<InvalidCaseException>().Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("office.hecticPeriods[0].hours = 10:00-10:00: is empty; the end must come after the start (or be 24:00)");
    }

    [Fact]
    public void Detect_ASimulationScript_IsOne()
    {
        FollowUpJson.Detect("""{ "schemaVersion": 1, "steps": [] }""").Should().Be(FollowUpDocumentKind.SimulationScript);
    }

    public static TheoryData<string, string, string> ImpossibleAnswers => new()
    {
        { "voicemail that tells a status", """{ "schemaVersion": 1, "steps": [ { "step": 1, "answeredBy": "voicemail", "status": "offerMade" } ] }""", "$.steps[0].status: nothing is learned when answeredBy is voicemail; give answeredBy interviewer, otherInterviewer, receptionist, staffNotAtInterview or agency" },
        { "a default that learns without anyone answering", """{ "schemaVersion": 1, "default": { "decisionExpectedBy": "2026-04-01" } }""", "$.default.decisionExpectedBy: nothing is learned when nobody answers (answeredBy is left out); give answeredBy interviewer, otherInterviewer, receptionist, staffNotAtInterview or agency" },
        { "a voicemail left with a person", """{ "schemaVersion": 1, "byKind": { "call": { "answeredBy": "receptionist", "voicemailLeft": true } } }""", "$.byKind.call.voicemailLeft: true needs answeredBy voicemail, not receptionist" },
        { "a gatekeeper without a receptionist", """{ "schemaVersion": 1, "byKind": { "call": { "answeredBy": "voicemail", "gatekeeper": "wouldNotPutThrough" } } }""", "$.byKind.call.gatekeeper: \"wouldNotPutThrough\" needs answeredBy receptionist, not voicemail" },
        { "an unspecified gatekeeper", """{ "schemaVersion": 1, "steps": [ { "step": 1, "answeredBy": "receptionist", "gatekeeper": "unspecified" } ] }""", "$.steps[0].gatekeeper: \"unspecified\" is not one of offeredToTakeMessage, wouldNotPutThrough" },
        { "a step numbered 0", """{ "schemaVersion": 1, "steps": [ { "step": 0 } ] }""", "$.steps[0].step: 0 is not a step number; steps are numbered from 1" },
        { "a step twice", """{ "schemaVersion": 1, "steps": [ { "step": 2 }, { "step": 2 } ] }""", "$.steps[1].step: step 2 is scripted more than once" },
        { "an answer to a wait", """{ "schemaVersion": 1, "byKind": { "wait": { } } }""", "$.byKind.wait: unknown field; the fields here are call, sendEmail, sendThankYouNote, messageOnLinkedIn, contactAgency" },
    };

    [Theory]
    [MemberData(nameof(ImpossibleAnswers))]
    public void ReadSimulationScript_AnswerThatCannotHappen_NamesThePath(string scenario, string json, string expected)
    {
        var read = () => FollowUpJson.ReadSimulationScript(json);

        read.Should().Throw<FollowUpJsonException>(scenario).Which.Message.Should().Be(expected, scenario);
    }
}
