using FollowUpRules.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>
/// The service in the in-memory test server, hosted as an application would host it:
/// <c>AddFollowUpRulesService</c>, <c>AddOpenApi</c> with the package's schemas, <c>MapOpenApi</c> and
/// <c>MapFollowUpRules</c>. The clock is fixed at <see cref="Now"/> unless a test changes the services.
/// </summary>
public sealed class ServiceFactory : WebApplicationFactory<ServiceFactory>
{
    /// <summary>The server clock's "now" in these tests: five days after the examples' London interview.</summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 3, 10, 9, 0);

    private readonly Action<IServiceCollection>? _services;
    private readonly Action<IEndpointRouteBuilder>? _endpoints;

    public ServiceFactory()
        : this(null, null)
    {
    }

    internal ServiceFactory(Action<IServiceCollection>? services, Action<IEndpointRouteBuilder>? endpoints = null)
    {
        _services = services;
        _endpoints = endpoints;
    }

    /// <summary>The factory guesses a content root from the project's name; this host serves nothing from disk.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    protected override IHostBuilder CreateHostBuilder() =>
        Host.CreateDefaultBuilder()
            .ConfigureWebHostDefaults(web => web
                .UseContentRoot(AppContext.BaseDirectory)
                .ConfigureServices(services =>
                {
                    services.AddSingleton<IClock>(new FakeClock(Now));
                    services.AddAuthentication();
                    services.AddAuthorization();
                    services.AddFollowUpRulesService();
                    services.AddOpenApi(options => options.AddFollowUpRulesSchemas());
                    _services?.Invoke(services);
                })
                .Configure(app =>
                {
                    app.UseRouting();
                    app.UseAuthentication();
                    app.UseAuthorization();
                    app.UseEndpoints(endpoints =>
                    {
                        endpoints.MapOpenApi();
                        if (_endpoints is null)
                        {
                            endpoints.MapFollowUpRules();
                        }
                        else
                        {
                            _endpoints(endpoints);
                        }
                    });
                }));
}
