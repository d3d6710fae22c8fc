using System.Text.Json;
using FluentAssertions;

namespace FollowUpRules.Cli.Tests;

public sealed class CommandTests
{
    [Fact]
    public void Profiles_WithoutAName_ListsAllSix()
    {
        var result = Tool.Run("profiles");

        result.Exit.Should().Be(0);
        foreach (var name in new[] { "default", "etq", "eml", "phn", "rcr", "cbr" })
        {
            result.Output.Should().Contain("\n" + name + " ");
        }
    }

    [Fact]
    public void Profiles_WithAName_ShowsSettingsSideBySideWithTheDefault()
    {
        var result = Tool.Run("profiles", "rcr");

        result.Exit.Should().Be(0);
        result.Output.Should().MatchRegex(@"firstCallDelayDays\s+7\s+3\s+differs");
        result.Output.Should().MatchRegex(@"dayCounting\s+calendarDays\s+businessDays\s+differs");
        result.Output.Should().MatchRegex(@"maxVoicemails\s+1\s+1\n");
    }

    [Fact]
    public void Profiles_Json_IsEveryProfileDocument()
    {
        var result = Tool.Run("profiles", "--json");

        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetArrayLength().Should().Be(6);
        Json.FollowUpJson.ReadProfile(document.RootElement[4].GetRawText()).Should().Be(FollowUpProfiles.Rcr);
    }

    [Fact]
    public void Explain_ARule_SaysWhatItSaysWhoImplementsItAndWhichProfilesUseIt()
    {
        var result = Tool.Run("explain", "PHN-05");

        result.Exit.Should().Be(0);
        result.Output.Should().Contain("PHN-05: Post-Interview: Following Up with a Phone Call")
            .And.Contain("one or two voicemails")
            .And.Contain("VoicemailLimit")
            .And.Contain("Used by profiles\n  default, phn\n");
    }

    [Fact]
    public void Explain_Json_ListsStrategiesAndProfiles()
    {
        var result = Tool.Run("explain", "etq-06", "--json");

        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("ruleId").GetString().Should().Be("ETQ-06");
        document.RootElement.GetProperty("strategies")[0].GetProperty("name").GetString().Should().Be("LunchBlackout");
        document.RootElement.GetProperty("profiles").EnumerateArray().Select(p => p.GetString()).Should().Equal("default", "etq");
    }

    [Fact]
    public void Compare_DefaultCommand_DecidesTheSampleUnderEveryProfile()
    {
        var result = Tool.Run();

        result.Exit.Should().Be(0);
        result.Output.Should().Contain("Priya Nair").And.Contain("\nrcr      Stop: no further contact allowed").And.Contain("\neml      Stop")
            .And.Contain("It is now Monday 16 March 2026, 08:00 in London").And.Contain("Decided at 2026-03-16 08:00 (Europe/London)");
    }

    public static TheoryData<string[], string> BadInput => new()
    {
        { ["frobnicate"], "followup: 'frobnicate' is not a command\nRun 'followup --help' for the commands and their options.\n" },
        { ["plna", "x.json"], "followup: the command line is not understood (2 problems):\n- 'plna' is not a command; did you mean 'plan'?\n- 'x.json' is not a command\nRun 'followup --help' for the commands and their options.\n" },
        { ["plan", Tool.Example("first-follow-up.json"), "--nwo", "2026-03-10T09:00:00Z"], "followup: the command line is not understood (2 problems):\n- '--nwo' is not an option of 'followup plan'; did you mean '--now'?\n- '2026-03-10T09:00:00Z' is not expected by 'followup plan'\nRun 'followup --help' for the commands and their options.\n" },
        { ["plan"], "followup: Required argument 'case' missing for command: 'plan'.\nRun 'followup --help' for the commands and their options.\n" },
        { ["plan", "no-such-file.json"], "no-such-file.json: no such file\n" },
        { ["plan", Tool.Examples], Tool.Examples + ": is a directory; give a JSON file\n" },
        { ["plan", Tool.Example("custom-profile.json")], Tool.Example("custom-profile.json") + ": this is a profile, not a case\n" },
        { ["plan", Tool.Example("first-follow-up.json"), "--now", "yesterday"], "--now: 'yesterday' is not an instant; write one such as 2026-03-10T09:00:00Z or 2026-03-10T10:00+01:00\n" },
        { ["plan", Tool.Example("first-follow-up.json"), "--profile", "nope"], "--profile: 'nope' is not a built-in profile; use one of default, etq, eml, phn, rcr, cbr, or --profile-file\n" },
        { ["validate", Tool.Example("first-follow-up.json"), "--profile", "nope"], "--profile: 'nope' is not a built-in profile; use one of default, etq, eml, phn, rcr, cbr, or --profile-file\n" },
        { ["plan", Tool.Example("first-follow-up.json"), "--profile", "rcr", "--profile-file", Tool.Example("custom-profile.json")], "--profile and --profile-file: give one or the other\n" },
        { ["plan", Tool.Example("first-follow-up.json"), "--now", "2026-03-01T00:00:00Z"], Tool.Example("first-follow-up.json") + ": $.attempts[0].at = 2026-03-05T15:30:00Z: is after now (2026-03-01T00:00:00Z)\n" },
        { ["simulate", Tool.Example("first-follow-up.json"), "--now", "2026-03-01T00:00:00Z"], Tool.Example("first-follow-up.json") + ": $.attempts[0].at = 2026-03-05T15:30:00Z: is after now (2026-03-01T00:00:00Z)\n" },
        { ["explain", "XYZ-99"], "rule-id: 'XYZ-99' is not a catalogued rule The IDs run ETQ-01..12, EML-01..05, PHN-01..11, RCR-01..20, CBR-01..08 and FUR-01..16; followup rules lists them\n" },
        { ["explain", "PHN-5"], "rule-id: 'PHN-5' is not a catalogued rule; did you mean PHN-05? The IDs run ETQ-01..12, EML-01..05, PHN-01..11, RCR-01..20, CBR-01..08 and FUR-01..16; followup rules lists them\n" },
        { ["profiles", "nope"], "name: 'nope' is not a built-in profile; use one of default, etq, eml, phn, rcr, cbr\n" },
        { ["rules", "xyz"], "article: 'xyz' is not an article; use one of etq, eml, phn, rcr, cbr, fur\n" },
        { ["simulate", Tool.Example("first-follow-up.json"), "--max-steps", "0"], "--max-steps: '0' is not a whole number from 1 to 1000\n" },
        { ["simulate", Tool.Example("first-follow-up.json"), "--max-steps", "many"], "--max-steps: 'many' is not a whole number from 1 to 1000\n" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void BadInput_GivesOneMessageOnStderrAndExitCodeTwo(string[] args, string expected)
    {
        var result = Tool.Run(args);

        result.Exit.Should().Be(2);
        result.Error.Should().Be(expected);
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var result = Tool.Run("--help");

        result.Exit.Should().Be(0);
        result.Output.Should().Contain("plan").And.Contain("simulate").And.Contain("profiles").And.Contain("explain").And.Contain("validate");
    }
}

public sealed class MalformedFileTests
{
    public static TheoryData<string, string, string> Cases => FollowUpRules.Tests.Shared.MalformedDocuments.Cases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Plan_MalformedCaseFile_NamesFileAndPathAndExitsWithTwo(string scenario, string json, string expected)
    {
        var file = Path.Combine(Path.GetTempPath(), "followup-malformed-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, json);
        try
        {
            var result = Tool.Run("plan", file, "--now", "2026-03-20T09:00:00Z");

            result.Exit.Should().Be(2, scenario);
            result.Error.Should().Be(file + ": " + expected.Replace("The JSON document cannot be read (", "the JSON document cannot be read (", StringComparison.Ordinal) + "\n", scenario);
            result.Output.Should().BeEmpty(scenario);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
