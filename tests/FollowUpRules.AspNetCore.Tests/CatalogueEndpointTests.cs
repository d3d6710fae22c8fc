using System.Net;
using System.Text.Json;
using FluentAssertions;
using FollowUpRules.Json;
using FollowUpRules.Catalogue;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary><c>GET /v1/profiles</c>, <c>/v1/profiles/{name}</c>, <c>/v1/rules</c>, <c>/v1/rules/{id}</c> and <c>/health</c>.</summary>
public sealed class CatalogueEndpointTests : IClassFixture<ServiceFactory>
{
    private readonly HttpClient _client;

    public CatalogueEndpointTests(ServiceFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Profiles_List_HoldsEveryBuiltInProfileInFull()
    {
        var text = await (await _client.Get("/v1/profiles")).Ok();

        using var document = JsonDocument.Parse(text);
        document.RootElement.GetProperty("default").GetString().Should().Be("default");
        document.RootElement.GetProperty("profiles").EnumerateArray().Select(p => FollowUpJson.ReadProfile(p.GetRawText()))
            .Should().Equal(FollowUpProfiles.All);
    }

    [Fact]
    public async Task Profile_ByName_ReadsBackAsThatProfile()
    {
        var text = await (await _client.Get("/v1/profiles/rcr")).Ok();

        FollowUpJson.ReadProfile(text).Should().Be(FollowUpProfiles.Rcr);
    }

    [Fact]
    public async Task Profile_Unknown_Answers404NamingTheKnownProfiles()
    {
        var problem = await (await _client.Get("/v1/profiles/strict")).Problem(HttpStatusCode.NotFound);

        problem.Items().Should().ContainSingle().Which.Should().Be(("name", "strict", "not a profile of this service; use one of default, etq, eml, phn, rcr, cbr"));
    }

    [Fact]
    public async Task Rules_List_HoldsEveryCataloguedRule()
    {
        var text = await (await _client.Get("/v1/rules")).Ok();

        using var document = JsonDocument.Parse(text);
        document.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString())
            .Should().Equal(SourceRules.All.Select(r => r.Id.Value));
    }

    [Fact]
    public async Task Rule_LowerCaseId_ExplainsTheRule()
    {
        var text = await (await _client.Get("/v1/rules/phn-05")).Ok();

        using var document = JsonDocument.Parse(text);
        var rule = SourceRules.Get(RuleId.Parse("PHN-05"));
        document.RootElement.GetProperty("ruleId").GetString().Should().Be("PHN-05");
        document.RootElement.GetProperty("summary").GetString().Should().Be(rule.Summary);
        document.RootElement.GetProperty("profiles").EnumerateArray().Select(p => p.GetString())
            .Should().Equal(RuleUsage.Profiles(rule.Id).Select(p => p.Name));
    }

    [Fact]
    public async Task Rule_Unknown_Answers404()
    {
        var problem = await (await _client.Get("/v1/rules/PHN-99")).Problem(HttpStatusCode.NotFound);

        problem.GetProperty("type").GetString().Should().Be("urn:followuprules:problem:unknown-rule");
        problem.Items().Should().ContainSingle().Which.Value.Should().Be("PHN-99");
    }

    [Fact]
    public async Task Health_Answers200WithTheDefaultProfile()
    {
        var text = await (await _client.Get("/health")).Ok();

        text.Should().Be("{\n  \"status\": \"healthy\",\n  \"defaultProfile\": \"default\"\n}");
    }
}
