using FollowUpRules.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>
/// The service on a real Kestrel, bound to a free port on 127.0.0.1: real sockets, real HTTP parsing,
/// real limits. Used by the loopback, browser, documentation and fuzz tests.
/// </summary>
public sealed class LoopbackServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>Gets the address the server listens on, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Gets the clock the server decides with when a request names no "now"; tests may move it.</summary>
    public FakeClock Clock { get; } = new(ServiceFactory.Now);

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("FOLLOWUP_TEST_LOG") == "1")
        {
            builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Error); // the server's own account of a failure
        }

        builder.Services.AddSingleton<IClock>(Clock);
        builder.Services.AddFollowUpRulesService();
        builder.Services.AddOpenApi(options => options.AddFollowUpRulesSchemas());
        _app = builder.Build();
        _app.MapOpenApi();
        _app.MapFollowUpRules();
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    public HttpClient CreateClient() => new() { BaseAddress = Address };

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync(CancellationToken.None);
            await _app.DisposeAsync();
        }
    }
}
