using System.Text.Json;
using FluentAssertions;

namespace FollowUpRules.Cli.Tests;

/// <summary>Every example in docs/examples validates, plans and simulates, in-process and as a process.</summary>
public sealed class ExampleTests
{
    public static TheoryData<string, string, string, string> Plans => new()
    {
        { "first-follow-up.json", "2026-03-10T09:00:00Z", "default", "Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-10 09:00 (+00) - 10:30 (+00), Preferred" },
        { "after-gatekeeper.json", "2026-03-10T19:30:00Z", "default", "Call Marcus Lee on +1 212 555 0100 (general number), 2026-03-10 15:30 (-04) - 16:00 (-04), Requested" },
        { "after-two-voicemails.json", "2026-03-10T00:00:00Z", "phn", "Call Dr Olivia Chen on +61 2 5550 1234 (direct line), 2026-03-10 11:00 (+11) - 16:00 (+11), Allowed" },
        { "via-agency.json", "2026-03-04T12:00:00Z", "default", "Ask Sam Reed (agency) to pass a thank-you on, by email" },
        { "sunday-to-thursday-office.json", "2026-03-17T07:00:00Z", "default", "Call Noa Levi on +972 3 555 0101 (direct line), 2026-03-17 09:00 (+02) - 10:00 (+02), Preferred" },
        { "recruiter-call-back-date.json", "2026-03-09T04:15:00Z", "default", "Call Sita Sharma on +977 1 555 0100 (direct line), 2026-03-09 10:00 (+05:45) - 11:00 (+05:45), Preferred" },
    };

    public static TheoryData<string> Files => new(Directory.EnumerateFiles(Tool.Examples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_EveryExample_IsValid(string file)
    {
        var result = Tool.Run("validate", Tool.Example(file), "--now", "2026-04-01T00:00:00Z");

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().Contain(": a valid ");
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Plan_EveryExample_GivesTheExpectedAction(string file, string now, string profile, string expected)
    {
        var result = Tool.Run("plan", Tool.Example(file), "--now", now, "--profile", profile);

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().Contain("Next action\n  " + expected + "\n");
        result.Output.Should().Contain("Reasons\n");
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Plan_Json_IsADecisionDocument(string file, string now, string profile, string expected)
    {
        var result = Tool.Run("plan", Tool.Example(file), "--now", now, "--profile", profile, "--json");

        result.Exit.Should().Be(0, result.Error);
        var action = Json.FollowUpJson.ReadDecision(result.Output);
        action.Describe().Should().Be(expected);
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("decidedAt").GetString().Should().Be(now);
        document.RootElement.TryGetProperty("script", out _).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Simulate_EveryExample_PlaysThroughToAStop(string file, string now, string profile, string expected)
    {
        var result = Tool.Run("simulate", Tool.Example(file), "--now", now, "--profile", profile);

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().Contain("  1. ").And.EndWith("Stopped.\n");
        expected.Should().NotBeEmpty();
    }

    [Fact]
    public void Simulate_WithScriptedOutcomes_FollowsTheScript()
    {
        var outcomes = Path.Combine(Path.GetTempPath(), "followup-outcomes-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(outcomes, """
            {
              "schemaVersion": 1,
              "steps": [ { "step": 1, "answeredBy": "interviewer", "status": "offerMade" } ]
            }
            """);
        try
        {
            var result = Tool.Run("simulate", Tool.Example("first-follow-up.json"), "--now", "2026-03-10T09:00:00Z", "--outcomes", outcomes, "--json");

            result.Exit.Should().Be(0, result.Error);
            using var document = JsonDocument.Parse(result.Output);
            var steps = document.RootElement.GetProperty("steps");
            steps.GetArrayLength().Should().Be(2, "the call is answered with an offer, and the next decision is to stop");
            steps[0].GetProperty("recorded").GetProperty("status").GetString().Should().Be("offerMade");
            steps[1].GetProperty("decision").GetProperty("reason").GetString().Should().Be("offerMade");
            document.RootElement.GetProperty("stopped").GetBoolean().Should().BeTrue();
        }
        finally
        {
            File.Delete(outcomes);
        }
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Plan_AsAProcess_GivesTheExpectedAction(string file, string now, string profile, string expected)
    {
        var result = Tool.RunProcess("plan", Tool.Example(file), "--now", now, "--profile", profile);

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().Contain("Next action\n  " + expected + "\n").And.NotContain("\u001b[", "output is redirected, so plain text");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Validate_AsAProcess_AcceptsEveryExample(string file)
    {
        var result = Tool.RunProcess("validate", Tool.Example(file), "--now", "2026-04-01T00:00:00Z");

        result.Exit.Should().Be(0, result.Error);
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Simulate_AsAProcess_PlaysThroughToAStop(string file, string now, string profile, string expected)
    {
        var result = Tool.RunProcess("simulate", Tool.Example(file), "--now", now, "--profile", profile);

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().EndWith("Stopped.\n", expected);
    }

    [Fact]
    public void Validate_AsAProcess_ReportsEveryProblemOfAnInvalidCaseWithExitCodeTwo()
    {
        var file = Path.Combine(Path.GetTempPath(), "followup-bad-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, File.ReadAllText(Tool.Example("first-follow-up.json"))
            .Replace("\"name\": \"Priya Nair\"", "\"name\": \" \"", StringComparison.Ordinal)
            .Replace("\"role\": \"Senior Data Analyst\"", "\"role\": \"\"", StringComparison.Ordinal));
        try
        {
            var result = Tool.RunProcess("validate", file, "--now", "2026-03-10T09:00:00Z");

            result.Exit.Should().Be(2);
            result.Error.Should().Be(
                file + ": an invalid case (2 problems):\n"
                + "- $.interview.role = \"\": is required and must not be blank\n"
                + "- $.candidate.name = \" \": is required and must not be blank\n");
            result.Error.Should().NotContain("   at ");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
