using System.Text.Json;
using FluentAssertions;

namespace FollowUpRules.Cli.Tests;

/// <summary><c>followup decide</c>: JSON lines in, one result per line out, in order; a bad line never stops the rest.</summary>
public sealed class DecideCommandTests
{
    private static string Line(string example) => File.ReadAllText(Tool.Example(example)).ReplaceLineEndings(" ");

    [Fact]
    public void Decide_CasesAndBadLines_OneResultPerLineInOrder()
    {
        var input = string.Join("\n",
            Line("first-follow-up.json"),
            "{ \"schemaVersion\": 1, ",
            Line("via-agency.json"),
            string.Empty,
            Line("first-follow-up.json").Replace("2026-03-05T15:30:00Z", "2026-03-11T15:30:00Z", StringComparison.Ordinal),
            Line("after-gatekeeper.json") + "\r") + "\n";

        var result = Tool.RunWith(Terminal.Unlimited, input, "decide", "--now", "2026-03-10T09:00:00Z");

        result.Exit.Should().Be(2, "three lines could not be decided");
        result.Error.Should().Be("followup decide: 3 of 6 lines were not decided; their output lines are error objects.\n");
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6);
        Json.FollowUpJson.ReadDecision(lines[0]).Describe().Should().Be("Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-10 09:00 (+00) - 10:30 (+00), Preferred");
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("decidedAt").GetString().Should().Be("2026-03-10T09:00:00Z");
        Error(lines[1]).Should().Be((2, "$", "not valid JSON at line 1, byte 23 of the line"));
        Json.FollowUpJson.ReadDecision(lines[2]).Kind.Should().NotBe(NextActionKind.Stop);
        Error(lines[3]).Should().Be((4, "$", "an empty line; each line is one case"));
        Error(lines[4]).Should().Be((5, "$.attempts[0].at", "is after now (2026-03-10T09:00:00Z)"));
        Json.FollowUpJson.ReadDecision(lines[5]).Should().NotBeNull("a line ending in CR LF is read like any other");
    }

    [Fact]
    public void Decide_AFile_WithAProfile_IsExitZeroWhenEveryLineIsDecided()
    {
        using var file = Tool.Temp(Line("first-follow-up.json") + "\n" + Line("after-two-voicemails.json"), ".jsonl");

        var result = Tool.Run("decide", file.Path, "--profile", "phn", "--now", "2026-03-10T09:00:00Z");

        result.Exit.Should().Be(0, result.Error);
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2).And.OnlyContain(l => !l.Contains("\"error\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_ManyLines_KeepsTheirOrderAcrossBlocksAndThreads()
    {
        var cases = Enumerable.Range(0, 3000).Select(i => i % 3 == 2 ? "{\"schemaVersion\":" + i + "}" : Line(i % 3 == 0 ? "first-follow-up.json" : "via-agency.json")).ToList();

        var result = Tool.RunWith(Terminal.Unlimited, string.Join("\n", cases) + "\n", "decide", "--now", "2026-03-10T09:00:00Z");

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3000);
        for (var i = 2; i < 3000; i += 3)
        {
            Error(lines[i]).Line.Should().Be(i + 1);
        }

        lines.Where((_, i) => i % 3 == 0).Should().OnlyContain(l => l.Contains("\"kind\":\"call\"", StringComparison.Ordinal));
    }

    private static (int Line, string Path, string Message) Error(string line)
    {
        var root = JsonDocument.Parse(line).RootElement;
        root.GetProperty("kind").GetString().Should().Be("error");
        var problem = root.GetProperty("problems")[0];
        return (root.GetProperty("line").GetInt32(), problem.GetProperty("path").GetString()!, problem.GetProperty("message").GetString()!);
    }
}
