using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using FollowUpRules.Json;
using FollowUpRules.Simulation;
using NodaTime;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary><c>POST /v1/windows</c>, <c>/v1/script</c>, <c>/v1/simulate</c> and <c>/v1/validate</c>: the library's answers, as documents.</summary>
public sealed class CaseEndpointTests : IClassFixture<ServiceFactory>
{
    private const string At = "2026-03-10T09:00:00Z";
    private static readonly Instant AtInstant = Instant.FromUtc(2026, 3, 10, 9, 0);
    private static readonly string FirstFollowUp = Repository.Example("first-follow-up.json");
    private readonly HttpClient _client;

    public CaseEndpointTests(ServiceFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Windows_Example_AnswersThePolicysWindowsInOfficeTime()
    {
        var text = await (await _client.PostJson("/v1/windows?count=4&from=" + At, FirstFollowUp)).Ok();

        var expected = FollowUpPolicy.Default.FindCallWindows(FollowUpJson.ReadCase(FirstFollowUp), AtInstant, 4);
        var document = JsonNode.Parse(text)!;
        document["timeZoneId"]!.GetValue<string>().Should().Be("Europe/London");
        var windows = document["windows"]!.AsArray();
        windows.Select(w => (w!["start"]!.GetValue<string>(), w["end"]!.GetValue<string>(), w["quality"]!.GetValue<string>()))
            .Should().Equal(expected.Select(w => (w.Start.ToString(), w.End.ToString(), w.Quality.ToString().ToLowerInvariant())));
        windows[0]!["localStart"]!.GetValue<string>().Should().Be("2026-03-10T09:00:00");
        windows[0]!["startOffset"]!.GetValue<string>().Should().Be("+00");
    }

    [Fact]
    public async Task Windows_CountOutOfRange_Answers400NamingCount()
    {
        var problem = await (await _client.PostJson("/v1/windows?count=101", FirstFollowUp)).Problem(HttpStatusCode.BadRequest);

        problem.Items().Should().ContainSingle().Which.Should().Be(("count", "101", "must be a whole number from 1 to 100"));
    }

    [Fact]
    public async Task Script_Example_IsThePolicysScriptForTheNextAction()
    {
        var text = await (await _client.PostJson("/v1/script?now=" + At, FirstFollowUp)).Ok();

        var followUp = FollowUpJson.ReadCase(FirstFollowUp);
        var action = FollowUpPolicy.Default.Decide(followUp, AtInstant);
        var script = FollowUpPolicy.Default.Script(followUp, action);
        var document = JsonNode.Parse(text)!;
        document["kind"]!.GetValue<string>().Should().Be("call");
        document["text"]!.GetValue<string>().Should().Be(script.ToText());
        document["lines"]!.AsArray().Count.Should().Be(script.Lines.Count);
    }

    [Fact]
    public async Task Script_DecisionInTheEnvelope_RendersThatDecision()
    {
        var followUp = FollowUpJson.ReadCase(FirstFollowUp);
        var reason = new FollowUpReason(RuleId.Parse("EML-01"), "A written follow-up instead of a call.");
        var email = new NextAction.SendEmail([followUp.Interview.Interviewers[0]], AttemptPurpose.FollowUp, reason, [reason]);

        var text = await (await _client.PostJson("/v1/script", "{ \"case\": " + FirstFollowUp + ", \"decision\": " + FollowUpJson.WriteDecision(email) + " }")).Ok();

        JsonNode.Parse(text)!["text"]!.GetValue<string>().Should().Be(FollowUpPolicy.Default.Script(followUp, email).ToText());
    }

    [Fact]
    public async Task Script_UnreadableDecision_PathIsUnderDecision()
    {
        var problem = await (await _client.PostJson("/v1/script", "{ \"case\": " + FirstFollowUp + ", \"decision\": { \"schemaVersion\": 1, \"kind\": \"dance\", \"reasons\": [] } }")).Problem(HttpStatusCode.BadRequest);

        problem.Items().Should().ContainSingle().Which.Should().Match<(string Path, string? Value, string Message)>(p => p.Path == "$.decision.kind" && p.Value == "dance");
    }

    [Fact]
    public async Task Simulate_Example_PlaysTheSameStepsAsTheSimulator()
    {
        var text = await (await _client.PostJson("/v1/simulate?now=" + At, FirstFollowUp)).Ok();

        var expected = FollowUpSimulator.Run(FollowUpPolicy.Default, FollowUpJson.ReadCase(FirstFollowUp), AtInstant, SimulationScript.NoAnswer);
        var document = JsonNode.Parse(text)!;
        document["stopped"]!.GetValue<bool>().Should().Be(expected.Stopped);
        var steps = document["steps"]!.AsArray();
        steps.Select(s => FollowUpJson.ReadDecision(s!["decision"]!.ToJsonString())).Should().Equal(expected.Steps.Select(s => s.Action));
        steps.Count(s => s!.AsObject().ContainsKey("recorded")).Should().Be(expected.Steps.Count(s => s.Recorded is not null));
        FollowUpJson.ReadCase(document["finalCase"]!.ToJsonString()).Should().Be(expected.FinalCase);
    }

    [Fact]
    public async Task Simulate_NameOutsideTheBasicPlane_IsWrittenAsItselfAsTheJsonPackageWritesIt()
    {
        // The JSON package escapes only what JSON requires; the service's own documents, which embed
        // its decisions and cases, write text the same way instead of escaping an emoji as surrogates.
        var json = FirstFollowUp.Replace("Jane Smith", "Jane Smith \U0001F337", StringComparison.Ordinal);

        var text = await (await _client.PostJson("/v1/simulate?now=" + At, json)).Ok();

        text.Should().Contain("\"name\": \"Jane Smith \U0001F337\"").And.NotContain("\\uD83C", "a character outside the basic plane is not escaped");
        var decision = JsonNode.Parse(text)!["steps"]![0]!["decision"]!.ToJsonString();
        FollowUpJson.ReadDecision(decision).Should().Be(FollowUpPolicy.Default.Decide(FollowUpJson.ReadCase(json), AtInstant));
    }

    [Fact]
    public async Task Simulate_OutcomesInTheEnvelope_AreTheAnswersRecorded()
    {
        var outcomes = "{ \"schemaVersion\": 1, \"byKind\": { \"call\": { \"answeredBy\": \"interviewer\", \"status\": \"positionFilled\" } } }";

        var text = await (await _client.PostJson("/v1/simulate?now=" + At, "{ \"case\": " + FirstFollowUp + ", \"outcomes\": " + outcomes + " }")).Ok();

        var document = JsonNode.Parse(text)!;
        document["stopped"]!.GetValue<bool>().Should().BeTrue();
        var steps = document["steps"]!.AsArray();
        steps[0]!["recorded"]!["answeredBy"]!.GetValue<string>().Should().Be("interviewer");
        steps[^1]!["decision"]!["reason"]!.GetValue<string>().Should().Be("positionFilled");
    }

    [Fact]
    public async Task Simulate_MaxSteps_StopsThereAndSaysSo()
    {
        var text = await (await _client.PostJson("/v1/simulate?maxSteps=2&now=" + At, FirstFollowUp)).Ok();

        var document = JsonNode.Parse(text)!;
        document["steps"]!.AsArray().Count.Should().Be(2);
        document["reachedStepLimit"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Simulate_MaxStepsOverTheServiceLimit_Answers400()
    {
        var problem = await (await _client.PostJson("/v1/simulate?maxSteps=201", FirstFollowUp)).Problem(HttpStatusCode.BadRequest);

        problem.Items().Should().ContainSingle().Which.Message.Should().Be("must be a whole number from 1 to 200");
    }

    [Fact]
    public async Task Simulate_AnswerThatCannotHappen_Answers400UnderOutcomes()
    {
        // Voicemail cannot answer an email; without attempts, the first step is the thank-you email.
        var outcomes = "{ \"schemaVersion\": 1, \"default\": { \"answeredBy\": \"voicemail\" } }";
        var noAttempts = FirstFollowUp.Replace("{ \"at\": \"2026-03-05T15:30:00Z\", \"channel\": \"email\" }", string.Empty, StringComparison.Ordinal);

        var problem = await (await _client.PostJson("/v1/simulate?now=2026-03-05T12:00:00Z", "{ \"case\": " + noAttempts + ", \"outcomes\": " + outcomes + " }")).Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be("urn:followuprules:problem:invalid-outcomes");
        problem.Items().Should().ContainSingle().Which.Path.Should().Be("$.outcomes");
    }

    [Fact]
    public async Task Simulate_UnreadableOutcomes_PathIsUnderOutcomes()
    {
        var problem = await (await _client.PostJson("/v1/simulate", "{ \"case\": " + FirstFollowUp + ", \"outcomes\": { \"schemaVersion\": 1, \"steps\": [ { \"step\": 0 } ] } }")).Problem(HttpStatusCode.BadRequest);

        problem.Items().Should().ContainSingle().Which.Should().Match<(string Path, string? Value, string Message)>(p => p.Path == "$.outcomes.steps[0].step" && p.Value == "0");
    }

    [Fact]
    public async Task Validate_ValidCase_IsValidWithNoProblems()
    {
        var text = await (await _client.PostJson("/v1/validate?now=" + At, FirstFollowUp)).Ok();

        text.Should().Be("{\n  \"kind\": \"case\",\n  \"valid\": true,\n  \"problems\": []\n}");
    }

    [Fact]
    public async Task Validate_CaseWithSeveralProblems_ListsEveryOneWithPathAndValue()
    {
        var json = FirstFollowUp.Replace("\"Jane Smith\"", "\"  \"", StringComparison.Ordinal);

        var text = await (await _client.PostJson("/v1/validate?now=2026-03-05T12:00:00Z", json)).Ok();

        var problems = JsonDocument.Parse(text).RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("path").GetString()).ToList();
        problems.Should().Contain(["$.interview.interviewers[0].name", "$.attempts[0].at"]);
    }

    [Fact]
    public async Task Validate_Profile_ReportsEveryBadSetting()
    {
        var text = await (await _client.PostJson("/v1/validate", "{ \"schemaVersion\": 1, \"basedOn\": \"rcr\", \"name\": \"x\", \"maxVoicemails\": -1 }")).Ok();

        using var document = JsonDocument.Parse(text);
        document.RootElement.GetProperty("kind").GetString().Should().Be("profile");
        document.RootElement.GetProperty("valid").GetBoolean().Should().BeFalse();
        document.RootElement.GetProperty("problems")[0].GetProperty("path").GetString().Should().Be("$.maxVoicemails");
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, \"default\": { \"answeredBy\": \"nobody\" } }", "outcomes", true)]
    [InlineData("{ \"schemaVersion\": 1, \"kind\": \"wait\", \"until\": \"2026-03-12T09:00:00Z\", \"untilOffset\": \"+00\", \"reasons\": [] }", "decision", true)]
    [InlineData("{ \"schemaVersion\": 1, \"interview\": ", "case", false)]
    [InlineData("{ \"hello\": 1 }", null, false)]
    public async Task Validate_AnyKindOfDocument_SaysWhatItIsAndWhetherItIsValid(string json, string? kind, bool valid)
    {
        var text = await (await _client.PostJson("/v1/validate", json)).Ok();

        using var document = JsonDocument.Parse(text);
        (document.RootElement.GetProperty("kind").ValueKind == JsonValueKind.Null ? null : document.RootElement.GetProperty("kind").GetString()).Should().Be(kind);
        document.RootElement.GetProperty("valid").GetBoolean().Should().Be(valid);
    }
}
