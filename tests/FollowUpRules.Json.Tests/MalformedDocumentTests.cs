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
        { "an unparsable period", """{ "schemaVersion": 1, "name": "x", "roundInterval": "a week" }""", "$.roundInterval: \"a week\" is not a period; write an ISO-8601 period such as P1W or P21D" },
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
        unknown.Should().Throw<FollowUpJsonException>().WithMessage("$: not a case (no \"interview\"), a profile (no \"name\") or a decision (no \"kind\")");
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
