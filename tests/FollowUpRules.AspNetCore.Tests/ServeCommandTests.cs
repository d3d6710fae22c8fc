using System.Diagnostics;
using System.Net;
using FluentAssertions;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary><c>followup serve</c> as a user runs it: a separate process on a loopback port, every endpoint answering, stopped by a signal.</summary>
public sealed class ServeCommandTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "followup.dll");

    [Fact]
    public async Task Serve_OnALoopbackPort_AnswersEveryEndpointAndStopsOnSigterm()
    {
        using var process = Start("serve", "--urls", "http://127.0.0.1:0");
        try
        {
            var first = await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            first.Should().StartWith("FollowUpRules service listening on http://127.0.0.1:");
            using var client = new HttpClient { BaseAddress = new Uri(first!["FollowUpRules service listening on ".Length..].TrimEnd('/') + "/") };
            var json = Repository.Example("first-follow-up.json");

            foreach (var path in new[] { "", "health", "openapi/v1.json", "v1/profiles", "v1/profiles/rcr", "v1/rules", "v1/rules/PHN-05", "page/app.js" })
            {
                (await client.Get(path)).StatusCode.Should().Be(HttpStatusCode.OK, path);
            }

            foreach (var path in new[] { "v1/decide", "v1/windows", "v1/script", "v1/simulate", "v1/validate" })
            {
                await (await client.PostJson(path + "?now=2026-03-10T09:00:00Z", json)).Ok();
            }
        }
        finally
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            if (!process.WaitForExit(20_000))
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.ExitCode.Should().Be(0, "SIGTERM (as Ctrl+C) stops the service cleanly");
    }

    [Fact]
    public async Task Serve_UrlThatIsNotAnAddress_ExitsWith2AndSaysWhy()
    {
        using var process = Start("serve", "--urls", "localhost:80");

        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.Should().Be(2);
        error.Should().Contain("--urls: 'localhost:80' is not an address such as http://127.0.0.1:8080");
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }
}
