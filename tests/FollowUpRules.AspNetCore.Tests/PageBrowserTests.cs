using FluentAssertions;
using FollowUpRules.Json;
using FollowUpRules.Simulation;
using Microsoft.Playwright;
using NodaTime;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>
/// The page in a real browser: Debian's Chromium (<c>/usr/bin/chromium</c>, or FOLLOWUP_CHROMIUM), driven
/// headless by Playwright, against the service on a loopback Kestrel. Screenshots are saved under
/// <c>artifacts/browser/</c> at the repository root.
/// </summary>
public sealed class PageBrowserTests : IClassFixture<LoopbackServer>
{
    private readonly LoopbackServer _server;

    public PageBrowserTests(LoopbackServer server) => _server = server;

    private static string ChromiumPath => Environment.GetEnvironmentVariable("FOLLOWUP_CHROMIUM") ?? "/usr/bin/chromium";

    private static string Artifacts
    {
        get
        {
            var path = Path.Combine(Repository.Root, "artifacts", "browser");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    [Fact]
    public async Task Page_PickAnExampleAndCompareTwoProfiles_EachTimelineShowsItsProfilesCalls()
    {
        await using var session = await BrowserSession.Start(_server, width: 1280, height: 1000);
        var page = session.Page;

        await page.SelectOptionAsync("#example", "after-gatekeeper");
        await page.GetByLabel("default", new() { Exact = true }).SetCheckedAsync(true);
        await page.GetByLabel("rcr", new() { Exact = true }).SetCheckedAsync(false);
        await page.GetByLabel("phn", new() { Exact = true }).SetCheckedAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.Locator("#results[data-state=shown]").WaitForAsync();

        var followUp = FollowUpJson.ReadCase(Repository.Example("after-gatekeeper.json"));
        var expected = new Dictionary<string, int>();
        foreach (var profile in new[] { FollowUpProfiles.Default, FollowUpProfiles.Phn })
        {
            expected[profile.Name] = ExpectedCalls(followUp, profile);
            var column = page.Locator("article[data-profile=" + profile.Name + "]");
            (await column.Locator("svg.timeline .event.call").CountAsync()).Should().Be(expected[profile.Name], profile.Name);
            (await column.Locator("svg.timeline").GetAttributeAsync("data-calls")).Should().Be(expected[profile.Name].ToString(System.Globalization.CultureInfo.InvariantCulture));
            (await column.Locator("svg.timeline .event.stop").CountAsync()).Should().Be(1, "each campaign ends with a stop when nobody answers");
            (await column.Locator("svg.timeline rect.window").CountAsync()).Should().BeGreaterThan(0, "the office's call windows are shaded");
            (await column.Locator(".reasons li").CountAsync()).Should().BeGreaterThan(0);
        }

        expected["default"].Should().NotBe(expected["phn"], "the comparison must show the articles disagreeing");
        (await page.Locator("article.profile").CountAsync()).Should().Be(2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "compare-1280.png"), FullPage = true });
        session.ExternalRequests.Should().BeEmpty("everything the page needs is served by the service");
        session.Errors.Should().BeEmpty();
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("nothing runs off the side at 1280 px");
    }

    [Fact]
    public async Task Page_OnAPhone_FitsTheWidthAndEveryControlHasALabel()
    {
        await using var session = await BrowserSession.Start(_server, width: 390, height: 844);
        var page = session.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.Locator("#results[data-state=shown]").WaitForAsync();

        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).Should().BeTrue("the page reflows to a phone's width");
        (await page.EvaluateAsync<int>("Array.from(document.querySelectorAll('input, select, textarea')).filter(c => c.labels.length === 0).length")).Should().Be(0, "every control has a label");
        (await page.Locator("svg.timeline[role=img][aria-label]").CountAsync()).Should().Be(2, "each timeline is described for screen readers");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts, "compare-phone.png"), FullPage = true });
        session.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task Page_KeyboardOnly_ReachesCompareAndShowsTheResults()
    {
        await using var session = await BrowserSession.Start(_server, width: 1280, height: 900);
        var page = session.Page;

        var reached = false;
        for (var i = 0; i < 20 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<string>("document.activeElement && document.activeElement.id") == "compare";
        }

        reached.Should().BeTrue("the Compare button is reachable with Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#results[data-state=shown]").WaitForAsync();
        (await page.Locator("article.profile").CountAsync()).Should().Be(2);
    }

    [Fact]
    public async Task Page_BrokenCase_ShowsTheProblemWithItsPath()
    {
        await using var session = await BrowserSession.Start(_server, width: 1280, height: 900);
        var page = session.Page;
        var broken = Repository.Example("first-follow-up.json").Replace("\"Europe/London\"", "\"Europe/Lundon\"", StringComparison.Ordinal);

        await page.FillAsync("#case", broken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await page.Locator("#status .problem").WaitForAsync();

        (await page.Locator("#status .problem").InnerTextAsync()).Should().Contain("$.office.timeZoneId").And.Contain("Europe/Lundon");
        (await page.Locator("#status .problem").CountAsync()).Should().Be(1, "the same problem is reported once, not once per profile");
    }

    /// <summary>What the page must draw: the calls of the campaign from one minute after the case's last event, nobody answering.</summary>
    private static int ExpectedCalls(FollowUpCase followUp, FollowUpProfile profile)
    {
        var last = followUp.Attempts.Select(a => a.At).Append(followUp.Interview.At).Max();
        var transcript = FollowUpSimulator.Run(FollowUpPolicy.Create(profile), followUp, last + Duration.FromMinutes(1), SimulationScript.NoAnswer, maxSteps: 60);
        return transcript.Steps.Count(s => s.Action is NextAction.Call);
    }

    /// <summary>A headless Chromium with one page on the service, recording any request that leaves the server and any script error.</summary>
    private sealed class BrowserSession : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowser _browser;

        private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
        {
            _playwright = playwright;
            _browser = browser;
            Page = page;
        }

        public IPage Page { get; }

        public List<string> ExternalRequests { get; } = [];

        public List<string> Errors { get; } = [];

        public static async Task<BrowserSession> Start(LoopbackServer server, int width, int height)
        {
            File.Exists(ChromiumPath).Should().BeTrue($"the browser tests need Chromium at {ChromiumPath} (apt-get install -y chromium; .ci/run installs it)");
            var playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
            });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            var session = new BrowserSession(playwright, browser, page);
            var origin = server.Address.GetLeftPart(UriPartial.Authority);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(origin, StringComparison.Ordinal))
                {
                    session.ExternalRequests.Add(request.Url);
                }
            };
            page.PageError += (_, error) => session.Errors.Add(error);
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session.Errors.Add(message.Text);
                }
            };
            await page.GotoAsync(server.Address.ToString());
            await page.Locator("body[data-ready=true]").WaitForAsync();
            return session;
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}
