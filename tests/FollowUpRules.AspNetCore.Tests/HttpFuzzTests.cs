using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using FollowUpRules.Json.Tests.Fuzzing;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>
/// 2,000 malformed or hostile requests to a real Kestrel on loopback: the JSON fuzzer's mutations of the
/// example cases, envelopes, profiles and outcome scripts, wrong content types, bodies over the limit,
/// deep nesting and hostile query parameters. Every answer is a 2xx document or a 4xx problem with its
/// problems listed, never a 5xx; each comes within seconds; the server is healthy after.
/// </summary>
public sealed class HttpFuzzTests(LoopbackServer server, ITestOutputHelper output) : IClassFixture<LoopbackServer>
{
    /// <summary>2,000 by default (what CI runs); FOLLOWUP_HTTP_FUZZ_COUNT changes it for a longer local run.</summary>
    private static readonly int Requests = int.TryParse(Environment.GetEnvironmentVariable("FOLLOWUP_HTTP_FUZZ_COUNT"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 2000;

    /// <summary>FOLLOWUP_HTTP_FUZZ_SEED replays or varies the run; printed with the results.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("FOLLOWUP_HTTP_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : 20261130;

    private static readonly string[] Endpoints = ["v1/decide", "v1/windows", "v1/script", "v1/simulate", "v1/validate"];

    private static readonly string[] HostileQueries =
    [
        "", "?now=2026-03-10T09:00:00Z", "?now=yesterday", "?now=9999-12-31T23:59:59Z", "?now=-9998-01-01T00:00:00Z", "?profile=../../etc/passwd",
        "?profile=%00", "?profile=" + new string('x', 5000), "?maxSteps=-1", "?maxSteps=99999999999", "?count=0", "?count=1e3", "?script=maybe",
        "?from=2026-02-30T00:00:00Z", "?now=2026-03-10T09:00:00Z&now=2026-03-11T09:00:00Z", "?profile=rcr&profile=eml",
    ];

    private static readonly string[] WrongContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
        "application/json; charset=latin1", "image/png", "application/jsonx", "json", ";;;", "application/problem+json",
    ];

    [Fact]
    public async Task Service_TwoThousandHostileRequests_OnlyProblemDetailsAndStillHealthy()
    {
        using var client = server.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(30);
        var random = new Random(Seed);
        var seeds = Seeds();
        var statuses = new SortedDictionary<int, int>();
        var failures = new List<string>();
        var slowest = TimeSpan.Zero;

        for (var i = 0; i < Requests && failures.Count < 10; i++)
        {
            var (description, endpoint, body, contentType) = Hostile(random, seeds);
            using var content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }

            var clock = Stopwatch.StartNew();
            using var response = await client.PostAsync(new Uri(endpoint, UriKind.Relative), content, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            clock.Stop();
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var problem = Check(response, text);
            if (problem is not null || clock.Elapsed > TimeSpan.FromSeconds(5))
            {
                failures.Add($"#{i} {description} -> {Shorten(endpoint)}: {status} {problem ?? "took " + clock.Elapsed}\n{Shorten(text)}");
            }
        }

        output.WriteLine($"seed {Seed}, {Requests} requests; answers by status: {string.Join(", ", statuses.Select(s => s.Key + " x" + s.Value))}; slowest {slowest.TotalMilliseconds:F0} ms");
        failures.Should().BeEmpty();
        statuses.Keys.Should().Contain([400, 413, 415], "the mix reaches every refusal");
        await (await client.Get("health")).Ok();
        await (await client.PostJson("v1/decide?now=2026-03-10T09:00:00Z", Repository.Example("first-follow-up.json"))).Ok();
    }

    /// <summary>Why an answer breaks the contract, or null when it keeps it.</summary>
    private static string? Check(HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return "a server error";
        }

        var media = response.Content.Headers.ContentType?.MediaType;
        if (status == 200)
        {
            return media == "application/json" && Parses(text) ? null : "a 200 that is not a JSON document";
        }

        if (status is < 400 or > 499 || media != "application/problem+json")
        {
            return "neither a 200 document nor a 4xx problem";
        }

        using var document = JsonDocument.Parse(text);
        var problems = document.RootElement.GetProperty("problems");
        return problems.GetArrayLength() > 0 && problems.EnumerateArray().All(p => p.GetProperty("path").GetString()!.Length > 0 && p.TryGetProperty("value", out _))
            ? null
            : "a problem without its problems' paths and values";
    }

    private static bool Parses(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (string Description, string Endpoint, byte[] Body, string? ContentType) Hostile(Random random, List<(string Name, byte[] Document)> seeds)
    {
        var endpoint = Endpoints[random.Next(Endpoints.Length)] + HostileQueries[random.Next(HostileQueries.Length)];
        var pick = random.Next(100);
        var (name, document) = seeds[random.Next(seeds.Count)];
        if (pick < 75)
        {
            // One to three of the JSON fuzzer's mutations.
            var body = document;
            var applied = new List<string>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var mutation = JsonMutator.All[random.Next(JsonMutator.All.Count)].Name;
                var (description, mutated) = JsonMutator.Mutate(random, mutation, body);
                applied.Add(description);
                body = mutated;
            }

            return (name + ": " + string.Join("; ", applied), endpoint, body, "application/json");
        }

        if (pick < 83)
        {
            var type = random.Next(WrongContentTypes.Length + 1);
            return (name + " as " + (type == WrongContentTypes.Length ? "no content type" : WrongContentTypes[type]), endpoint, document, type == WrongContentTypes.Length ? null : WrongContentTypes[type]);
        }

        if (pick < 88)
        {
            // Over the 256 KiB limit: padding, a huge string, or a huge array of attempts.
            var size = random.Next(257, 2048) * 1024;
            var huge = random.Next(3) switch
            {
                0 => Encoding.UTF8.GetBytes("{\"a\":\"" + new string('x', size) + "\"}"),
                1 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(document) + new string(' ', size)),
                _ => Encoding.UTF8.GetBytes("{\"attempts\":[" + string.Join(",", Enumerable.Repeat("{\"at\":\"2026-03-05T15:30:00Z\",\"channel\":\"email\"}", size / 45)) + "]}"),
            };
            return ("huge body of " + huge.Length.ToString(CultureInfo.InvariantCulture) + " bytes", endpoint, huge, "application/json");
        }

        if (pick < 93)
        {
            var depth = random.Next(65, 20_000);
            var nested = random.Next(2) == 0
                ? new string('[', depth) + new string(']', depth)
                : string.Concat(Enumerable.Repeat("{\"case\":", depth)) + "1" + new string('}', depth);
            return ("nesting " + depth.ToString(CultureInfo.InvariantCulture) + " deep", endpoint, Encoding.UTF8.GetBytes(nested), "application/json");
        }

        // Hostile envelopes.
        string[] envelopes =
        [
            "{\"case\":null}", "{\"case\":[]}", "{\"case\":{}}", "{\"case\":{},\"case\":{}}", "{\"case\":" + Encoding.UTF8.GetString(document) + ",\"profile\":7}",
            "{\"case\":" + Encoding.UTF8.GetString(seeds[0].Document) + ",\"profile\":{\"name\":\"x\",\"basedOn\":\"nope\"}}",
            "{\"case\":" + Encoding.UTF8.GetString(seeds[0].Document) + ",\"outcomes\":{\"schemaVersion\":1,\"default\":{\"answeredBy\":\"voicemail\",\"voicemailLeft\":true,\"status\":\"offerMade\"}}}",
            "{\"case\":" + Encoding.UTF8.GetString(seeds[0].Document) + ",\"decision\":{\"schemaVersion\":1,\"kind\":\"call\",\"reasons\":[]}}",
            "{\"\\ud800\":1,\"case\":{}}", "\"just a string\"", "null", "12", "", "{\"case\":{\"schemaVersion\":1e400}}",
        ];
        var chosen = envelopes[random.Next(envelopes.Length)];
        return ("envelope " + Shorten(chosen), endpoint, Encoding.UTF8.GetBytes(chosen), "application/json");
    }

    /// <summary>The documents mutated: every example case, each bare and in an envelope with a profile and outcomes, the custom profile, and an outcome script.</summary>
    private static List<(string Name, byte[] Document)> Seeds()
    {
        var seeds = new List<(string, byte[])>();
        foreach (var path in Repository.ExampleCases)
        {
            var text = File.ReadAllText(path);
            seeds.Add((Path.GetFileName(path), Encoding.UTF8.GetBytes(text)));
            seeds.Add(("envelope of " + Path.GetFileName(path), Encoding.UTF8.GetBytes(
                "{\n\"case\": " + text + ",\n\"profile\": " + Repository.Example("custom-profile.json")
                + ",\n\"outcomes\": { \"schemaVersion\": 1, \"byKind\": { \"call\": { \"answeredBy\": \"receptionist\", \"interviewerAvailableAt\": \"2026-03-11T15:00\" } } }\n}")));
        }

        seeds.Add(("custom-profile.json", Encoding.UTF8.GetBytes(Repository.Example("custom-profile.json"))));
        seeds.Add(("outcome script", Encoding.UTF8.GetBytes("{\n\"schemaVersion\": 1,\n\"default\": { \"answeredBy\": \"nobody\" },\n\"steps\": [ { \"step\": 3, \"answeredBy\": \"receptionist\", \"interviewerAvailableAt\": \"2026-03-11T15:00\" } ]\n}")));
        return seeds;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : string.Concat(text.AsSpan(0, 300), "…");
}
