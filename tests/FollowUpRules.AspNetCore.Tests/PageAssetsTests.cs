using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>The page's files as the service serves them from the assembly.</summary>
public sealed class PageAssetsTests : IClassFixture<ServiceFactory>
{
    private readonly HttpClient _client;

    public PageAssetsTests(ServiceFactory factory) => _client = factory.CreateClient();

    [Fact]
    public async Task Root_ServesThePageWithAStrictContentSecurityPolicy()
    {
        var response = await _client.Get("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("text/html; charset=utf-8");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("default-src 'none'").And.Contain("script-src 'self'").And.Contain("connect-src 'self'").And.NotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    [Fact]
    public async Task Page_EveryFileItLinksIsServedAndNothingIsFromElsewhere()
    {
        var html = await (await _client.Get("/")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var links = Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Where(l => !l.StartsWith('#') && !l.StartsWith("data:", StringComparison.Ordinal)).ToList();

        links.Should().NotContain(l => l.Contains("//", StringComparison.Ordinal), "the page loads nothing from another host");
        links.Should().Contain(["page/app.js", "page/app.css"]);
        foreach (var link in links)
        {
            (await _client.Get("/" + link)).StatusCode.Should().Be(HttpStatusCode.OK, link);
        }
    }

    [Fact]
    public async Task Examples_IndexListsEveryExampleCaseOfTheDocsAndEachIsServedAsIs()
    {
        using var index = JsonDocument.Parse(await (await _client.Get("/page/examples/index.json")).Ok());

        var names = index.RootElement.GetProperty("examples").EnumerateArray().Select(e => e.GetString()!).ToList();

        names.Should().Equal(Repository.ExampleCases.Select(Path.GetFileNameWithoutExtension));
        foreach (var name in names)
        {
            (await (await _client.Get("/page/examples/" + name + ".json")).Ok()).Should().Be(Repository.Example(name + ".json"));
        }
    }

    [Fact]
    public async Task Page_SameETag_Answers304()
    {
        var first = await _client.Get("/page/app.js");
        var request = new HttpRequestMessage(HttpMethod.Get, "/page/app.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Page_UnknownFile_Answers404Problem()
    {
        await (await _client.Get("/page/nope.js")).Problem(HttpStatusCode.NotFound);
        await (await _client.Get("/page/..%2F..%2Fetc%2Fpasswd")).Problem(HttpStatusCode.NotFound);
    }
}
