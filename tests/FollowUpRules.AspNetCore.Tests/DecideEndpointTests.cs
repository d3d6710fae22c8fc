using System.Net;
using System.Text.Json.Nodes;
using FluentAssertions;
using FollowUpRules.Json;
using NodaTime;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary><c>POST /v1/decide</c> through the in-memory test server: the same decision as the library, and every refusal a problem naming its field.</summary>
public sealed class DecideEndpointTests : IClassFixture<ServiceFactory>
{
    private const string At = "2026-03-10T09:00:00Z";
    private static readonly Instant AtInstant = Instant.FromUtc(2026, 3, 10, 9, 0);
    private readonly HttpClient _client;

    public DecideEndpointTests(ServiceFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Decide_ExampleFilePostedAsIs_AnswersTheLibrarysDecisionWithScript()
    {
        var json = Repository.Example("first-follow-up.json");

        var text = await (await _client.PostJson("/v1/decide?now=" + At, json)).Ok();

        var followUp = FollowUpJson.ReadCase(json);
        var expected = FollowUpPolicy.Default.Decide(followUp, AtInstant);
        FollowUpJson.ReadDecision(text).Should().Be(expected);
        text.Should().Be(FollowUpJson.WriteDecision(expected, AtInstant, FollowUpPolicy.Default.Script(followUp, expected)));
    }

    [Fact]
    public async Task Decide_ManyDifferentCasesAtOnce_EachAnswerIsItsOwnDecisionIntact()
    {
        // Answers are written into buffers rented from a shared pool and given back once sent: a buffer
        // given back too early, or handed to two requests, shows here as one case's answer carrying
        // another's bytes.
        var cases = Repository.ExampleCases.Select(path => File.ReadAllText(path)).ToArray();
        var expected = cases.Select(json => FollowUpJson.WriteDecision(
            FollowUpPolicy.Default.Decide(FollowUpJson.ReadCase(json), Later(json)),
            Later(json),
            FollowUpPolicy.Default.Script(FollowUpJson.ReadCase(json), FollowUpPolicy.Default.Decide(FollowUpJson.ReadCase(json), Later(json))))).ToArray();

        var answers = await Task.WhenAll(Enumerable.Range(0, 120).Select(async i =>
        {
            var json = cases[i % cases.Length];
            return (Index: i % cases.Length, Text: await (await _client.PostJson("/v1/decide?now=" + Later(json), json)).Ok());
        }));

        foreach (var (index, text) in answers)
        {
            text.Should().Be(expected[index], Path.GetFileName(Repository.ExampleCases.ElementAt(index)));
        }

        static Instant Later(string json)
        {
            var followUp = FollowUpJson.ReadCase(json);
            return followUp.Attempts.Select(a => a.At).Append(followUp.Interview.At).Max() + Duration.FromDays(1);
        }
    }

    [Fact]
    public async Task Decide_EveryExampleCase_AnswersWhatThePolicyDecides()
    {
        foreach (var path in Repository.ExampleCases)
        {
            var json = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            var followUp = FollowUpJson.ReadCase(json);
            var now = followUp.Attempts.Select(a => a.At).Append(followUp.Interview.At).Max() + Duration.FromDays(1);

            var text = await (await _client.PostJson("/v1/decide?now=" + now, json)).Ok();

            FollowUpJson.ReadDecision(text).Should().Be(FollowUpPolicy.Default.Decide(followUp, now), Path.GetFileName(path));
        }
    }

    [Fact]
    public async Task Decide_ExampleWithEveryOptionalFormOfTheContract_AnswersTheSameDecisionAsTheExample()
    {
        // $schema, an attempt's purpose, an instant with an offset and optional fields set to null
        // are all part of docs/json.md: the service reads them as the JSON package does.
        var json = Repository.FirstFollowUpWithEveryOptionalForm;

        var text = await (await _client.PostJson("/v1/decide?now=" + At, json)).Ok();

        var followUp = FollowUpJson.ReadCase(json);
        followUp.Attempts[0].Purpose.Should().Be(AttemptPurpose.ThankYou);
        FollowUpJson.ReadDecision(text).Should().Be(FollowUpPolicy.Default.Decide(followUp, AtInstant));
        text.Should().Be(await (await _client.PostJson("/v1/decide?now=" + At, Repository.Example("first-follow-up.json"))).Ok());
    }

    [Fact]
    public async Task Decide_NoNow_DecidesAtTheClockFromDependencyInjection()
    {
        var text = await (await _client.PostJson("/v1/decide", Repository.Example("first-follow-up.json"))).Ok();

        JsonNode.Parse(text)!["decidedAt"]!.GetValue<string>().Should().Be(ServiceFactory.Now.ToString());
    }

    [Fact]
    public async Task Decide_NowWithAnOffset_IsTheSameInstant()
    {
        var text = await (await _client.PostJson("/v1/decide?now=2026-03-10T10:00:00%2B01:00", Repository.Example("first-follow-up.json"))).Ok();

        JsonNode.Parse(text)!["decidedAt"]!.GetValue<string>().Should().Be(At);
    }

    [Fact]
    public async Task Decide_ProfileQuery_DecidesWithThatBuiltInProfile()
    {
        var json = Repository.Example("after-two-voicemails.json");
        var followUp = FollowUpJson.ReadCase(json);
        var now = followUp.Attempts.Max(a => a.At) + Duration.FromDays(3);

        var text = await (await _client.PostJson("/v1/decide?profile=cbr&now=" + now, json)).Ok();

        FollowUpJson.ReadDecision(text).Should().Be(FollowUpPolicy.Create(FollowUpProfiles.Cbr).Decide(followUp, now));
    }

    [Fact]
    public async Task Decide_EnvelopeWithAProfileDocument_DecidesWithThatProfile()
    {
        var caseJson = Repository.Example("first-follow-up.json");
        var profileJson = Repository.Example("custom-profile.json");
        var envelope = "{ \"case\": " + caseJson + ", \"profile\": " + profileJson + " }";

        var text = await (await _client.PostJson("/v1/decide?now=" + At, envelope)).Ok();

        var policy = FollowUpPolicy.Create(FollowUpJson.ReadProfile(profileJson));
        FollowUpJson.ReadDecision(text).Should().Be(policy.Decide(FollowUpJson.ReadCase(caseJson), AtInstant));
    }

    [Fact]
    public async Task Decide_EnvelopeWithAProfileName_DecidesWithThatProfile()
    {
        var caseJson = Repository.Example("first-follow-up.json");

        var text = await (await _client.PostJson("/v1/decide?now=" + At, "{ \"profile\": \"eml\", \"case\": " + caseJson + " }")).Ok();

        FollowUpJson.ReadDecision(text).Should().Be(FollowUpPolicy.Create(FollowUpProfiles.Eml).Decide(FollowUpJson.ReadCase(caseJson), AtInstant));
    }

    [Fact]
    public async Task Decide_ScriptFalse_LeavesTheScriptOut()
    {
        var text = await (await _client.PostJson("/v1/decide?script=false&now=" + At, Repository.Example("first-follow-up.json"))).Ok();

        JsonNode.Parse(text)!.AsObject().ContainsKey("script").Should().BeFalse();
    }

    [Fact]
    public async Task Decide_UnknownProfileName_Answers404NamingTheProfiles()
    {
        var problem = await (await _client.PostJson("/v1/decide?profile=nope", Repository.Example("first-follow-up.json"))).Problem(HttpStatusCode.NotFound);

        problem.GetProperty("type").GetString().Should().Be("urn:followuprules:problem:unknown-profile");
        problem.Items().Should().ContainSingle().Which.Should().Be(("profile", "nope", "not a profile of this service; use one of default, etq, eml, phn, rcr, cbr"));
    }

    [Fact]
    public async Task Decide_AttemptsAfterNow_Answers400WithEveryProblemsPathAndValue()
    {
        var json = Repository.Example("first-follow-up.json");

        var problem = await (await _client.PostJson("/v1/decide?now=2026-03-05T12:00:00Z", json)).Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be("urn:followuprules:problem:invalid-case");
        var item = problem.Items().Should().ContainSingle().Subject;
        item.Path.Should().Be("$.attempts[0].at");
        item.Value.Should().Contain("2026-03-05T15:30:00Z");
        item.Message.Should().Contain("after");
    }

    [Fact]
    public async Task Decide_UnreadableInstant_Answers400WithThePathAndTheValueSent()
    {
        var json = Repository.Example("first-follow-up.json").Replace("2026-03-05T10:00:00Z", "2026-13-05T10:00:00Z", StringComparison.Ordinal);

        var problem = await (await _client.PostJson("/v1/decide", json)).Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be("urn:followuprules:problem:unreadable-document");
        problem.Items().Should().ContainSingle().Which.Should().Match<(string Path, string? Value, string Message)>(p => p.Path == "$.interview.at" && p.Value == "2026-13-05T10:00:00Z");
    }

    [Fact]
    public async Task Decide_ProblemInsideAnEnvelope_PathsPointIntoTheEnvelope()
    {
        var caseJson = Repository.Example("first-follow-up.json").Replace("\"Europe/London\"", "\"Europe/Lundon\"", StringComparison.Ordinal);

        var problem = await (await _client.PostJson("/v1/decide", "{ \"case\": " + caseJson + " }")).Problem(HttpStatusCode.BadRequest);

        problem.Items().Should().ContainSingle().Which.Should().Match<(string Path, string? Value, string Message)>(p => p.Path == "$.case.office.timeZoneId" && p.Value == "Europe/Lundon");
    }

    [Fact]
    public async Task Decide_FieldNameNotTextBesideAnotherProblem_Answers400ListingBoth()
    {
        // The reader reports every problem at once; finding a problem's value in a body whose object
        // holds an escaped lone surrogate as a field name must not throw (it was a 500).
        var json = Repository.Example("first-follow-up.json")
            .Replace("\"notes\":", "\"\\udfffnotes\":", StringComparison.Ordinal)
            .Replace("\"Europe/London\"", "\"Europe/Lundon\"", StringComparison.Ordinal);

        var problem = await (await _client.PostJson("/v1/decide", json)).Problem(HttpStatusCode.BadRequest);

        problem.Items().Select(p => p.Path).Should().BeEquivalentTo("$", "$.office.timeZoneId");
        problem.Items().Should().Contain(p => p.Path == "$" && p.Message.Contains("not valid UTF-8"));
    }

    [Fact]
    public async Task Decide_InvalidProfileDocument_Answers400ForEveryBadSettingUnderProfile()
    {
        var envelope = "{ \"case\": " + Repository.Example("first-follow-up.json")
            + ", \"profile\": { \"schemaVersion\": 1, \"basedOn\": \"default\", \"name\": \"bad\", \"maxVoicemails\": -1, \"attemptsPerRound\": 0 } }";

        var problem = await (await _client.PostJson("/v1/decide", envelope)).Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be("urn:followuprules:problem:invalid-profile");
        problem.Items().Select(p => (p.Path, p.Value)).Should().Contain([("$.profile.maxVoicemails", "-1"), ("$.profile.attemptsPerRound", "0")]);
    }

    [Fact]
    public async Task Decide_UnknownEnvelopeField_Answers400NamingTheFieldsAllowed()
    {
        var problem = await (await _client.PostJson("/v1/decide", "{ \"case\": " + Repository.Example("first-follow-up.json") + ", \"outcomes\": {} }")).Problem(HttpStatusCode.BadRequest);

        problem.Items().Should().ContainSingle().Which.Should().Be(("$.outcomes", null, "unknown field; the fields here are case, profile"));
    }

    [Fact]
    public async Task Decide_ProfileInQueryAndEnvelope_Answers400()
    {
        var problem = await (await _client.PostJson("/v1/decide?profile=rcr", "{ \"case\": " + Repository.Example("first-follow-up.json") + ", \"profile\": \"eml\" }")).Problem(HttpStatusCode.BadRequest);

        problem.Items().Should().ContainSingle().Which.Path.Should().Be("profile");
    }

    [Fact]
    public async Task Decide_BadNow_Answers400NamingTheParameterAndValue()
    {
        var problem = await (await _client.PostJson("/v1/decide?now=yesterday", Repository.Example("first-follow-up.json"))).Problem(HttpStatusCode.BadRequest);

        problem.GetProperty("type").GetString().Should().Be("urn:followuprules:problem:invalid-parameter");
        problem.Items().Should().ContainSingle().Which.Should().Match<(string Path, string? Value, string Message)>(p => p.Path == "now" && p.Value == "yesterday");
    }

    [Fact]
    public async Task Decide_FormEncodedBody_Answers415SayingHowToSendJson()
    {
        var problem = await (await _client.PostBytes("/v1/decide", "{}"u8.ToArray(), "application/x-www-form-urlencoded")).Problem(HttpStatusCode.UnsupportedMediaType);

        problem.GetProperty("detail").GetString().Should().Contain("Content-Type: application/json");
    }

    [Fact]
    public async Task Decide_NoContentType_Answers415()
    {
        await (await _client.PostBytes("/v1/decide", "{}"u8.ToArray(), contentType: null)).Problem(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Decide_EmptyBody_Answers400()
    {
        await (await _client.PostBytes("/v1/decide", [])).Problem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Decide_BodyOverTheLimit_Answers413WithTheLimit()
    {
        var huge = new byte[300 * 1024];
        Array.Fill(huge, (byte)' ');

        var problem = await (await _client.PostBytes("/v1/decide", huge)).Problem(HttpStatusCode.RequestEntityTooLarge);

        problem.GetProperty("detail").GetString().Should().Contain("262,144 bytes");
    }

    [Fact]
    public async Task Decide_ChunkedBodyOverTheLimit_Answers413()
    {
        var content = new StreamContent(new MemoryStream(new byte[300 * 1024]));
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentLength = null;

        var response = await _client.PostAsync(new Uri("/v1/decide", UriKind.Relative), content, TestContext.Current.CancellationToken);

        await response.Problem(HttpStatusCode.RequestEntityTooLarge);
    }
}
