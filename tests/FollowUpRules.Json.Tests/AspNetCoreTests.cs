using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FollowUpRules.Json.Tests;

/// <summary>
/// FollowUpJson.TypeInfoResolver in a real ASP.NET Core minimal API: a FollowUpCase bound from the
/// request body, a NextAction written with Results.Ok, in exactly the documented format; a bad body
/// surfaces as FollowUpJsonException with its paths (here mapped to 400, as docs/json.md shows).
/// </summary>
public sealed class AspNetCoreTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 9, 0);

    [Fact]
    public async Task MinimalApi_BindsACaseAndWritesTheDecisionInTheDocumentedFormat()
    {
        await using var app = await Start();
        using var client = app.GetTestClient();

        using var response = await client.PostAsync("/decide", new StringContent(Examples.Read("first-follow-up.json"), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var expected = FollowUpPolicy.Default.Decide(FollowUpJson.ReadCase(Examples.Read("first-follow-up.json")), Now);
        FollowUpJson.ReadDecision(body).Should().Be(expected);
        JsonDocument.Parse(body).RootElement.GetProperty("number").GetString().Should().Be("+44 20 7946 0001");
        body.Should().Contain("\"kind\":\"call\"").And.Contain("\"number\":\"+44 20 7946 0001\"", "the host's encoder is FollowUpJson.Encoder");
    }

    [Fact]
    public async Task MinimalApi_MalformedCase_SurfacesAsTheLibrarysExceptionWithEveryPath()
    {
        await using var app = await Start();
        using var client = app.GetTestClient();
        var json = Examples.Read("first-follow-up.json").Replace("\"role\": \"Senior Data Analyst\"", "\"rol\": \"Senior Data Analyst\"", StringComparison.Ordinal);

        using var response = await client.PostAsync("/decide", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        problems.Should().Equal(
            "$.interview.rol: unknown field; the fields here are at, role, company, interviewers, generalNumber",
            "$.interview.role: missing; it is required");
    }

    [Fact]
    public void JsonSerializer_EveryType_RoundTripsInTheDocumentedFormat()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = FollowUpJson.TypeInfoResolver };
        var followUp = FollowUpJson.ReadCase(Examples.Read("first-follow-up.json"));
        var action = FollowUpPolicy.Default.Decide(followUp, Now);

        JsonSerializer.Deserialize<FollowUpCase>(JsonSerializer.Serialize(followUp, options), options).Should().Be(followUp);
        JsonSerializer.Deserialize<NextAction>(JsonSerializer.Serialize(action, options), options).Should().Be(action);
        JsonSerializer.Serialize<NextAction>(action, options).Should().Be(JsonSerializer.Serialize((NextAction.Call)action, options));
        JsonSerializer.Deserialize<FollowUpProfile>(JsonSerializer.Serialize(FollowUpProfiles.Rcr, options), options).Should().Be(FollowUpProfiles.Rcr);
        JsonSerializer.Deserialize<Simulation.SimulationScript>("""{ "schemaVersion": 1, "steps": [ { "step": 2, "answeredBy": "interviewer" } ] }""", options)!.ByStep.Should().ContainKey(2);
        var wrongKind = () => JsonSerializer.Deserialize<NextAction.Wait>(JsonSerializer.Serialize(action, options), options);
        wrongKind.Should().Throw<FollowUpJsonException>().WithMessage("$.kind: \"call\" is not the kind expected here (Wait)");
    }

    private static async Task<WebApplication> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        // begin-aspnetcore (docs/json.md shows this block)
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, FollowUpJson.TypeInfoResolver);
            options.SerializerOptions.Encoder = FollowUpJson.Encoder;
        });
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (FollowUpInputException error)
            {
                // Bad input, from the JSON reader or the policy: every problem, with its path.
                await Results.BadRequest(new { problems = error.Problems.Select(p => p.ToString()) }).ExecuteAsync(context);
            }
        });
        app.MapPost("/decide", (FollowUpCase followUp) => Results.Ok(FollowUpPolicy.Default.Decide(followUp, Now)));
        // end-aspnetcore
        await app.StartAsync();
        return app;
    }
}
