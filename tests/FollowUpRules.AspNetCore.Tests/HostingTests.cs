using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentAssertions;
using FollowUpRules.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>What a host does with the service: secure the group, mount it under a prefix, answer with its own policies.</summary>
public sealed class HostingTests
{
    private const string At = "2026-03-10T09:00:00Z";
    private static readonly Instant AtInstant = Instant.FromUtc(2026, 3, 10, 9, 0);
    private static readonly string FirstFollowUp = Repository.Example("first-follow-up.json");

    [Fact]
    public async Task MapFollowUpRules_GroupRequiresAuthorization_RefusesAnonymousCallsButNotHealth()
    {
        using var factory = new ServiceFactory(
            services => services.AddAuthorization().AddAuthentication("Header").AddScheme<AuthenticationSchemeOptions, HeaderAuthentication>("Header", null),
            endpoints => endpoints.MapFollowUpRules().RequireAuthorization());
        using var client = factory.CreateClient();

        (await client.PostJson("/v1/decide", FirstFollowUp)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.Get("/v1/profiles")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.Get("/health")).StatusCode.Should().Be(HttpStatusCode.OK);

        client.DefaultRequestHeaders.Add("X-Caller", "ats-1");
        await (await client.PostJson("/v1/decide?now=" + At, FirstFollowUp)).Ok();
    }

    [Fact]
    public async Task MapFollowUpRules_Prefix_ServesEverythingUnderIt()
    {
        using var factory = new ServiceFactory(null, endpoints => endpoints.MapFollowUpRules("/followup"));
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        await (await client.Get("/followup/v1/rules/RCR-01")).Ok();
        await (await client.Get("/followup/health")).Ok();
        (await client.Get("/v1/rules/RCR-01")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var page = await client.Get("/followup");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect, "the page's relative links need the trailing slash");
        page.Headers.Location!.ToString().Should().Be("/followup/");
    }

    [Fact]
    public async Task AddPolicy_HostsOwnPolicy_AnswersUnderItsNameAndIsListed()
    {
        var agency = new FollowUpPolicyBuilder(FollowUpProfiles.Rcr with { Name = "agency-x", MaxVoicemails = 0 }).Build();
        using var factory = new ServiceFactory(services => services.AddFollowUpRulesService(options => options.AddPolicy(agency)));
        using var client = factory.CreateClient();

        var text = await (await client.PostJson("/v1/decide?profile=agency-x&now=" + At, FirstFollowUp)).Ok();

        FollowUpJson.ReadDecision(text).Should().Be(agency.Decide(FollowUpJson.ReadCase(FirstFollowUp), AtInstant));
        using var profiles = JsonDocument.Parse(await (await client.Get("/v1/profiles")).Ok());
        profiles.RootElement.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Should().EndWith("agency-x");
    }

    [Fact]
    public async Task AddFollowUpRules_DependencyInjectionPolicies_AreTheDefaultAndTheNamedOnes()
    {
        using var factory = new ServiceFactory(services => services
            .AddFollowUpRules(p => p.UseProfile("cbr"))
            .AddFollowUpPolicy("agency-y", p => p.UseProfile("eml")));
        using var client = factory.CreateClient();
        var followUp = FollowUpJson.ReadCase(FirstFollowUp);

        var byDefault = await (await client.PostJson("/v1/decide?now=" + At, FirstFollowUp)).Ok();
        var named = await (await client.PostJson("/v1/decide?profile=agency-y&now=" + At, FirstFollowUp)).Ok();

        FollowUpJson.ReadDecision(byDefault).Should().Be(FollowUpPolicy.Create(FollowUpProfiles.Cbr).Decide(followUp, AtInstant));
        FollowUpJson.ReadDecision(named).Should().Be(FollowUpPolicy.Create(FollowUpProfiles.Eml).Decide(followUp, AtInstant));
        (await (await client.Get("/health")).Ok()).Should().Contain("\"defaultProfile\": \"cbr\"");
    }

    [Fact]
    public async Task AddFollowUpRulesService_LowerLimits_AreEnforced()
    {
        using var factory = new ServiceFactory(services => services.AddFollowUpRulesService(o =>
        {
            o.MaxAttempts = 1;
            o.MaxRequestBodyBytes = 2048;
        }));
        using var client = factory.CreateClient();
        var twoAttempts = FirstFollowUp.Replace(
            "{ \"at\": \"2026-03-05T15:30:00Z\", \"channel\": \"email\" }",
            "{ \"at\": \"2026-03-05T15:30:00Z\", \"channel\": \"email\" }, { \"at\": \"2026-03-06T15:30:00Z\", \"channel\": \"email\" }",
            StringComparison.Ordinal);

        var tooMany = await (await client.PostJson("/v1/decide", twoAttempts)).Problem(HttpStatusCode.BadRequest);
        var tooLarge = await (await client.PostJson("/v1/decide", twoAttempts + new string(' ', 2048))).Problem(HttpStatusCode.RequestEntityTooLarge);

        tooMany.GetProperty("type").GetString().Should().Be("urn:followuprules:problem:too-many-attempts");
        tooMany.Items().Should().ContainSingle().Which.Should().Be(("$.attempts", "2 attempts", "this service accepts at most 1 attempts in a case"));
        tooLarge.GetProperty("detail").GetString().Should().Contain("2,048 bytes");
    }

    [Fact]
    public void AddFollowUpRulesService_SettingsOutOfRange_OneExceptionListsEveryOne()
    {
        using var factory = new ServiceFactory(services => services.AddFollowUpRulesService(o =>
        {
            o.MaxRequestBodyBytes = 10;
            o.MaxSimulationSteps = 5000;
        }));

        var start = () => factory.CreateClient();

        start.Should().Throw<FollowUpServiceOptionsException>()
            .Which.Message.Should().Be("The FollowUpRules service options are invalid (2 problems):\n- MaxRequestBodyBytes = 10: must be between 1,024 and 67,108,864\n- MaxSimulationSteps = 5000: must be between 1 and 1,000");
    }

    [Fact]
    public void MapFollowUpRules_WithoutTheServices_SaysWhatToCall()
    {
        var builder = WebApplication.CreateSlimBuilder();
        using var app = builder.Build();

        var map = () => app.MapFollowUpRules();

        map.Should().Throw<InvalidOperationException>().WithMessage("*AddFollowUpRulesService()*");
    }

    /// <summary>A caller is anyone who sends X-Caller: enough to tell a secured group from an open one.</summary>
    private sealed class HeaderAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers.TryGetValue("X-Caller", out var caller)
                ? AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, caller.ToString())], Scheme.Name)), Scheme.Name))
                : AuthenticateResult.NoResult());
    }
}
