using System.Text.Json;
using FluentAssertions;

namespace FollowUpRules.Cli.Tests;

/// <summary>Issue 16, "the first hour": each test fails on the tool as it was and passes now.</summary>
public sealed class FirstHourTests
{
    private static readonly string FirstFollowUp = Tool.Example("first-follow-up.json");

    // 3. Time: a simulation starts from the case's own timeline; plan says when the case is old.
    [Fact]
    public void Simulate_WithoutNow_StartsAtTheCasesLastAttemptNotTheWallClock()
    {
        var result = Tool.Run("simulate", FirstFollowUp, "--json");

        result.Exit.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var first = document.RootElement.GetProperty("steps")[0];
        first.GetProperty("decidedAt").GetString().Should().Be("2026-03-05T15:30:00Z", "the case's last event is the thank-you email at 15:30 on 5 March");
        first.GetProperty("decision").GetProperty("kind").GetString().Should().Be("wait");
        document.RootElement.GetProperty("steps")[1].GetProperty("decision").GetProperty("window").GetProperty("start").GetString().Should().StartWith("2026-03-", "the first call is days after the interview, not months");
    }

    [Fact]
    public void Plan_WithoutNowOnAnOldCase_NotesHowOldItIs()
    {
        var result = Tool.RunAt(NodaTime.Instant.FromUtc(2026, 11, 20, 9, 0), Terminal.Unlimited, null, "plan", FirstFollowUp);
        var recent = Tool.Run("plan", FirstFollowUp);

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().Contain("Next action");
        result.Error.Should().Be("followup: note: decided at the current time, 259 days after the case's last event (Thu 5 Mar 2026 15:30 office time); give --now to plan as of another moment.\n");
        recent.Error.Should().BeEmpty("a case whose last event was 14 days ago is current");
    }

    // 4. Outcome scripts.
    public static TheoryData<string, string, string> ImpossibleOutcomes => new()
    {
        { "via-agency.json", """{ "schemaVersion": 1, "steps": [ { "step": 1, "answeredBy": "voicemail" } ] }""", "$.steps[0].answeredBy = voicemail: step 1 is contactAgency (Ask Sam Reed (agency) to pass a thank-you on, by email); only a call to the employer is answered by voicemail or a receptionist" },
        { "first-follow-up.json", """{ "schemaVersion": 1, "steps": [ { "step": 2, "answeredBy": "voicemail" }, { "step": 3, "answeredBy": "receptionist", "interviewerAvailableAt": "2026-03-11T15:00" } ] }""", "$.steps[1].step = 3: step 3 is wait (Wait until 2026-03-26 09:00 (+00) [2026-03-26T09:00:00Z]), which nobody answers; the steps that contact someone are 2, 4, 6, 8" },
        { "first-follow-up.json", """{ "schemaVersion": 1, "steps": [ { "step": 2, "answeredBy": "interviewer", "status": "offerMade" }, { "step": 40, "answeredBy": "interviewer" } ] }""", "$.steps[1].step = 40: step 40 is never reached: the simulation ended after step 3; the steps that contact someone are 2" },
        { "first-follow-up.json", """{ "schemaVersion": 1, "steps": [ { "step": 2, "answeredBy": "voicemail", "status": "offerMade" } ] }""", "$.steps[0].status: nothing is learned when answeredBy is voicemail; give answeredBy interviewer, otherInterviewer, receptionist, staffNotAtInterview or agency" },
    };

    [Theory]
    [MemberData(nameof(ImpossibleOutcomes))]
    public void Simulate_OutcomeThatCannotHappen_IsExitTwoNamingTheFileAndPath(string example, string script, string expected)
    {
        using var outcomes = Tool.Temp(script);
        var scenario = example + ": " + expected;

        var result = Tool.Run("simulate", Tool.Example(example), "--outcomes", outcomes.Path);

        result.Exit.Should().Be(2, scenario);
        result.Error.Should().Be(outcomes.Path + ": " + expected + "\n", scenario);
        result.Output.Should().BeEmpty(scenario);
    }

    [Fact]
    public void Simulate_TheJsonMdExampleScript_AnswersTheStepsItNames()
    {
        var doc = File.ReadAllText(Path.Combine(Tool.Examples, "..", "json.md")).ReplaceLineEndings("\n");
        var start = doc.IndexOf("```json\n{\n  \"schemaVersion\": 1,\n  \"default\"", StringComparison.Ordinal) + "```json\n".Length;
        using var outcomes = Tool.Temp(doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)]);

        var result = Tool.Run("simulate", FirstFollowUp, "--outcomes", outcomes.Path, "--json");

        result.Exit.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var steps = document.RootElement.GetProperty("steps").EnumerateArray().ToList();
        var answers = steps.Where(s => s.TryGetProperty("recorded", out _)).Select(s => s.GetProperty("recorded").GetProperty("answeredBy").GetString()).ToList();
        answers.Should().Contain("receptionist", "the example scripts a receptionist at a step that is a call");
    }

    [Fact]
    public void Simulate_WithoutOutcomes_EveryCallReachesVoicemailAsTheHelpAndReadmeSay()
    {
        var result = Tool.Run("simulate", FirstFollowUp, "--json");

        using var document = JsonDocument.Parse(result.Output);
        var recorded = document.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.TryGetProperty("recorded", out _)).Select(s => s.GetProperty("recorded")).ToList();
        recorded.Where(r => r.GetProperty("channel").GetString() == "phone").Should().NotBeEmpty()
            .And.OnlyContain(r => r.GetProperty("answeredBy").GetString() == "voicemail");
        var readme = File.ReadAllText(Path.Combine(Tool.Examples, "..", "..", "README.md")).ReplaceLineEndings("\n");
        System.Text.RegularExpressions.Regex.Replace(readme, @"\s+", " ").Should().Contain(SimulateCommand.NoAnswer);
        Tool.Run("simulate", "--help").Output.ReplaceLineEndings(" ").Should().Contain("Without one, every call to the employer reaches voicemail");
    }

    [Fact]
    public void Validate_ASimulationScript_IsChecked()
    {
        using var good = Tool.Temp("""{ "schemaVersion": 1, "byKind": { "call": { "answeredBy": "receptionist", "interviewerAvailableAt": "2026-03-11T15:00" } } }""");
        using var bad = Tool.Temp("""{ "schemaVersion": 1, "default": { "answeredBy": "voicemail", "status": "offerMade" } }""");

        Tool.Run("validate", good.Path).Output.Should().Be(good.Path + ": a valid simulation script\n");
        var result = Tool.Run("validate", bad.Path);
        result.Exit.Should().Be(2);
        result.Error.Should().StartWith(bad.Path + ": an invalid simulation script (1 problem):\n- $.default.status: nothing is learned");
    }

    // 5. Errors.
    [Fact]
    public void Plan_InvalidCaseWithJson_WritesTheErrorObjectOnStderr()
    {
        var result = Tool.Run("plan", FirstFollowUp, "--now", "2026-03-01T00:00:00Z", "--json");

        result.Exit.Should().Be(2);
        result.Output.Should().BeEmpty();
        using var error = JsonDocument.Parse(result.Error);
        error.RootElement.GetProperty("kind").GetString().Should().Be("error");
        error.RootElement.GetProperty("exitCode").GetInt32().Should().Be(2);
        error.RootElement.GetProperty("source").GetString().Should().Be(FirstFollowUp);
        var problem = error.RootElement.GetProperty("problems")[0];
        problem.GetProperty("path").GetString().Should().Be("$.attempts[0].at");
        problem.GetProperty("value").GetString().Should().Be("2026-03-05T15:30:00Z");
        problem.GetProperty("message").GetString().Should().Be("is after now (2026-03-01T00:00:00Z)");
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("simulate")]
    [InlineData("validate")]
    [InlineData("decide")]
    public void EveryCommand_MalformedFile_NamesTheFileAndThePath(string command)
    {
        var text = File.ReadAllText(FirstFollowUp).Replace("\"role\": \"Senior Data Analyst\"", "\"rol\": \"Senior Data Analyst\"", StringComparison.Ordinal);
        using var file = Tool.Temp(command == "decide" ? text.ReplaceLineEndings(" ") : text);

        var result = Tool.Run(command, file.Path, "--now", "2026-03-10T09:00:00Z");

        result.Exit.Should().Be(2);
        var written = command == "decide" ? result.Output : result.Error;
        written.Should().Contain("$.interview.rol").And.Contain("unknown field; the fields here are at, role, company, interviewers, generalNumber");
        if (command == "decide")
        {
            result.Output.Should().StartWith("{\"schemaVersion\":1,\"kind\":\"error\",\"exitCode\":2,\"line\":1,\"problems\":[{\"path\":\"$.interview.rol\"");
        }
        else
        {
            result.Error.Should().StartWith(file.Path + ": ");
        }
    }

    [Fact]
    public void Errors_NeverSpeakDotNet()
    {
        var texts = new[]
        {
            Tool.Run("simulate", FirstFollowUp, "--max-steps", "x").Error,
            Tool.Run("plan", FirstFollowUp, "--now", "x").Error,
            Tool.Run("plan", Tool.Examples).Error,
        };

        texts.Should().OnlyContain(t => !t.Contains("System.", StringComparison.Ordinal) && !t.Contains("(Parameter", StringComparison.Ordinal) && !t.Contains("denied", StringComparison.Ordinal));
    }

    // 6. Instants with offsets, and standard input.
    [Theory]
    [InlineData("2026-03-10T09:00:00Z")]
    [InlineData("2026-03-10T09:00Z")]
    [InlineData("2026-03-10T09:00:00+00:00")]
    [InlineData("2026-03-10T10:00+01:00")]
    public void Plan_NowInAnyIsoForm_DecidesAtTheSameInstant(string now)
    {
        var result = Tool.Run("plan", FirstFollowUp, "--now", now, "--json");

        result.Exit.Should().Be(0, result.Error);
        JsonDocument.Parse(result.Output).RootElement.GetProperty("decidedAt").GetString().Should().Be("2026-03-10T09:00:00Z");
    }

    [Fact]
    public void Plan_Dash_ReadsTheCaseFromStandardInput()
    {
        var result = Tool.RunWith(Terminal.Unlimited, File.ReadAllText(FirstFollowUp), "plan", "-", "--now", "2026-03-10T09:00:00Z");

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().Contain("Call Jane Smith on +44 20 7946 0001");
        Tool.RunWith(Terminal.Unlimited, "{", "validate", "-").Error.Should().StartWith("stdin: an invalid document (1 problem):\n- $: not valid JSON");
    }

    // 7. The screen.
    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    public void Compare_OnANarrowTerminal_FitsItsWidth(int width)
    {
        var result = Tool.RunWith(width, null, "compare");

        result.Exit.Should().Be(0);
        result.Output.Split('\n').Should().OnlyContain(line => line.Length <= width);
        result.Output.Should().Contain("RCR-17");
    }

    [Fact]
    public void Plan_OnANarrowTerminal_FitsItsWidth()
    {
        var result = Tool.RunWith(72, null, "plan", FirstFollowUp, "--now", "2026-03-10T09:00:00Z");

        result.Output.Split('\n').Should().OnlyContain(line => line.Length <= 72);
    }

    [Theory]
    [InlineData(false, null, null, true)]
    [InlineData(false, "dumb", null, false)]
    [InlineData(false, "xterm", "1", false)]
    [InlineData(true, "xterm", null, false)]
    public void Terminal_StylesOnlyARealTerminalThatIsNotDumb(bool redirected, string? term, string? noColor, bool styled)
    {
        var (actual, _) = Terminal.Choose(redirected, 120, name => name switch { "TERM" => term, "NO_COLOR" => noColor, _ => null });

        actual.Should().Be(styled);
    }

    [Fact]
    public void Terminal_Width_IsTheWindowElseColumnsElseUnlimited()
    {
        Terminal.Choose(false, 90, _ => "70").Width.Should().Be(90);
        Terminal.Choose(true, null, n => n == "COLUMNS" ? "70" : null).Width.Should().Be(70);
        Terminal.Choose(true, null, _ => null).Width.Should().Be(Terminal.Unlimited);
    }

    [Fact]
    public void Compare_NowBeforeTheSamplesLastAttempt_TellsTheStoryAsOfThen()
    {
        var result = Tool.Run("compare", "--now", "2026-03-10T09:00:00Z");

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().Contain("She emailed her thanks that afternoon. It is now Tuesday 10 March 2026, 09:00 in London")
            .And.Contain("Decided at 2026-03-10 09:00 (Europe/London)")
            .And.NotContain("Monday 16 March");
    }

    [Fact]
    public void Compare_Json_HasEveryProfilesDecision()
    {
        var result = Tool.Run("compare", "--json");

        using var document = JsonDocument.Parse(result.Output);
        var decisions = document.RootElement.GetProperty("decisions");
        decisions.EnumerateArray().Select(d => d.GetProperty("profile").GetString()).Should().Equal("default", "etq", "eml", "phn", "rcr", "cbr");
        Json.FollowUpJson.ReadDecision(decisions[0].GetProperty("decision").GetRawText()).Should().NotBeNull();
        Json.FollowUpJson.ReadCase(document.RootElement.GetProperty("case").GetRawText()).Candidate.Name.Should().Be("Priya Nair");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("plan", "--help")]
    [InlineData("decide", "--help")]
    public void Help_ShowsExamplesAndExitCodes(params string[] args)
    {
        var result = Tool.Run(args);

        result.Exit.Should().Be(0);
        result.Output.Should().Contain("Examples:\n  followup").And.Contain("Exit codes:\n  0  all is well").And.Contain("  2  invalid input");
    }

    [Fact]
    public void Rules_ListsTheWholeCatalogue()
    {
        var result = Tool.Run("rules");

        result.Output.Should().Contain("PHN-05").And.Contain("FUR-01").And.Contain("\n72 rules.");
        using var json = JsonDocument.Parse(Tool.Run("rules", "phn", "--json").Output);
        json.RootElement.GetArrayLength().Should().Be(11);
    }

    // 11. Output people can read.
    [Fact]
    public void Plan_Json_WritesPlusSignsAndApostrophesAsThemselves()
    {
        var result = Tool.Run("plan", FirstFollowUp, "--now", "2026-03-10T09:00:00Z", "--json");

        result.Output.Should().Contain("\"number\": \"+44 20 7946 0001\"").And.NotContain("\\u002B").And.NotContain("\\u0027");
    }
}

/// <summary>Issue 16, point 15: the docs say what the tool does.</summary>
public sealed class DocsMatchBehaviourTests
{
    private static string Doc(string name) => File.ReadAllText(Path.Combine(Tool.Examples, "..", name)).ReplaceLineEndings("\n");

    [Fact]
    public void ProfilesMd_TheFinalCallIsARoundOfUpToThreeCalls_AsTheDefaultPlaysIt()
    {
        var result = Tool.Run("simulate", Tool.Example("first-follow-up.json"), "--json");

        using var document = JsonDocument.Parse(result.Output);
        var finalCalls = document.RootElement.GetProperty("steps").EnumerateArray()
            .Select(s => s.GetProperty("decision"))
            .Where(d => d.GetProperty("kind").GetString() == "call" && string.CompareOrdinal(d.GetProperty("window").GetProperty("start").GetString(), "2026-03-26") >= 0)
            .ToList();
        finalCalls.Should().HaveCount(3, "three weeks after the interview, nobody answering, the final round redials twice");
        Doc("profiles.md").Should().NotContain("1 final call").And.Contain("a final round of up to three calls 3 weeks after the interview");
    }

    [Fact]
    public void JsonMd_ListsEveryStopReason()
    {
        var line = Doc("json.md").Split('\n').Single(l => l.StartsWith("| `stop` |", StringComparison.Ordinal));

        foreach (var reason in Enum.GetNames<StopReason>())
        {
            line.Should().Contain("`" + char.ToLowerInvariant(reason[0]) + reason[1..] + "`");
        }
    }

    [Fact]
    public void JsonMd_TheTimeZoneErrorIsTheOneTheReaderGives()
    {
        var read = () => Json.FollowUpJson.ReadCase(File.ReadAllText(Tool.Example("first-follow-up.json")).Replace("Europe/London", "Mars/Olympus_Mons", StringComparison.Ordinal));

        var message = read.Should().Throw<Json.FollowUpJsonException>().Which.Message;
        message.Should().NotContain("mapping");
        Doc("json.md").Should().Contain(message.Replace(NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.TzdbVersion, "2026f", StringComparison.Ordinal));
    }

    [Fact]
    public void Changelog_NamesEveryCommand()
    {
        var changelog = File.ReadAllText(Path.Combine(Tool.Examples, "..", "..", "CHANGELOG.md"));

        foreach (var command in new[] { "plan", "decide", "simulate", "compare", "profiles", "rules", "explain", "validate" })
        {
            changelog.Should().Contain("`" + command + "`");
        }
    }
}
