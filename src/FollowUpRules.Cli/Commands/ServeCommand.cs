using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
#if NET10_0_OR_GREATER
using Microsoft.AspNetCore.OpenApi;
#endif

namespace FollowUpRules.Cli;

/// <summary>
/// <c>followup serve [--urls URL]</c>: runs the HTTP service of FollowUpRules.AspNetCore with its page,
/// on loopback unless told otherwise, until Ctrl+C. See docs/service.md.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Loopback only: nothing outside the machine reaches the service unless --urls says so.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create(Terminal terminal)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, such as http://127.0.0.1:8080; several separated by ';' (default: " + DefaultUrls + ", loopback only).",
            DefaultValueFactory = _ => DefaultUrls,
            HelpName = "urls",
        };
        var command = new Command("serve", "Run the HTTP service and its page until Ctrl+C: decide, simulate and explain over HTTP (docs/service.md).") { urls };
        command.SetAction(result => Run(terminal, result.GetValue(urls)!));
        return command.WithExamples("followup serve", "followup serve --urls http://127.0.0.1:8080");
    }

    private static int Run(Terminal terminal, string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                throw new CliInputException("--urls", "'" + url + "' is not an address such as http://127.0.0.1:8080");
            }
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddFollowUpRulesService();
#if NET10_0_OR_GREATER
        builder.Services.AddOpenApi(options => options.AddFollowUpRulesSchemas());
#endif
        using var app = builder.Build();
#if NET10_0_OR_GREATER
        app.MapOpenApi();
#endif
        app.MapFollowUpRules();
        try
        {
            app.Start();
        }
        catch (Exception error) when (error is IOException or InvalidOperationException)
        {
            throw new CliInputException("--urls", "cannot listen on " + urls + ": " + error.Message);
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        foreach (var address in addresses)
        {
            terminal.Line("FollowUpRules service listening on " + address);
        }

        var first = addresses.First().TrimEnd('/');
        terminal.Line("  page " + first + "/   API " + first + "/v1/...   OpenAPI " + first + "/openapi/v1.json   health " + first + "/health");
        terminal.Line("Press Ctrl+C to stop.");
        terminal.Output.Flush();
        app.WaitForShutdown();
        return CliApp.Ok;
    }
}
