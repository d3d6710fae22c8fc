using System.Diagnostics;
using System.Text;
using FluentAssertions;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>
/// The curl examples of docs/service.md, run as printed (from the repository's root, with the
/// address replaced by a loopback Kestrel's), each compared with the output the page shows under it.
/// <c>UPDATE_SERVICE_DOCS=1</c> writes the outputs into the page instead, to be reviewed and committed.
/// </summary>
public sealed class ServiceDocTests(LoopbackServer server) : IClassFixture<LoopbackServer>
{
    private const string DocumentedAddress = "http://127.0.0.1:5000";
    private static readonly string Page = Path.Combine(Repository.Root, "docs", "service.md");

    [Fact]
    public async Task ServiceDoc_EveryCurlExample_PrintsWhatThePageShows()
    {
        var lines = (await File.ReadAllTextAsync(Page, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n").Split('\n').ToList();
        var updated = new List<string>();
        var mismatches = new List<string>();
        var commands = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            updated.Add(lines[i]);
            if (lines[i] != "```console")
            {
                continue;
            }

            // A console block: "$ command" lines, each followed by its output, up to the closing fence.
            var end = lines.FindIndex(i + 1, l => l == "```");
            for (var j = i + 1; j < end; j++)
            {
                if (!lines[j].StartsWith("$ ", StringComparison.Ordinal))
                {
                    continue;
                }

                var command = lines[j][2..];
                var shown = new List<string>();
                var k = j + 1;
                for (; k < end && !lines[k].StartsWith("$ ", StringComparison.Ordinal); k++)
                {
                    shown.Add(lines[k]);
                }

                var actual = await Run(command.Replace(DocumentedAddress, server.Address.ToString().TrimEnd('/'), StringComparison.Ordinal));
                commands++;
                if (!actual.SequenceEqual(shown))
                {
                    mismatches.Add("$ " + command + "\nshown:\n" + string.Join('\n', shown) + "\nprinted:\n" + string.Join('\n', actual));
                }

                updated.Add(lines[j]);
                updated.AddRange(actual);
                j = k - 1;
            }

            updated.Add("```");
            i = end;
        }

        if (Environment.GetEnvironmentVariable("UPDATE_SERVICE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(Page, string.Join('\n', updated), TestContext.Current.CancellationToken);
        }

        commands.Should().BeGreaterThanOrEqualTo(9, "the page shows the endpoints with curl");
        mismatches.Should().BeEmpty("docs/service.md must show what its commands print; UPDATE_SERVICE_DOCS=1 rewrites the outputs");
    }

    private static async Task<List<string>> Run(string command)
    {
        var start = new ProcessStartInfo("bash", ["-o", "pipefail", "-c", command])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        // head closing the pipe early is fine; anything else failing is not.
        (process.ExitCode is 0 or 141).Should().BeTrue("`" + command + "` failed with " + process.ExitCode + ": " + error);
        return output.TrimEnd('\n').Split('\n').ToList();
    }
}
