using FluentAssertions;
using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules.Tests.Docs;

public sealed class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RulesDocumentTests.RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void QuickStart_PrintsWhatTheReadmeSays()
    {
        var followUp = new FollowUpCase
        {
            Interview = new Interview
            {
                At = Instant.FromUtc(2026, 3, 5, 10, 0),
                Role = "Data Analyst",
                Company = "Northwind",
                Interviewers = [new Interviewer { Name = "Jane Smith", Role = InterviewerRole.HiringManager, DirectLine = "+44 20 7946 0001" }],
            },
            Office = new EmployerOffice { TimeZoneId = "Europe/London" },
            Candidate = new Candidate { Name = "Alex Doe" },
        };
        var next = FollowUpPolicy.Default.Decide(followUp, now: Instant.FromUtc(2026, 3, 10, 9, 0));

        var printed = next.Describe();

        printed.Should().Be("Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-10 09:00 (+00) - 10:30 (+00), Preferred");
        System.Text.RegularExpressions.Regex.Replace(Readme, @"\s+", " ").Should().Contain("This prints `" + printed + "`");
        next.Reasons.Contains(RuleIds.Phn02).Should().BeTrue();
        next.Reasons.Contains(RuleIds.Rcr04).Should().BeTrue();
        FollowUpPolicy.Default.Script(followUp, next).Lines.Should().NotBeEmpty();
    }

    [Fact]
    public void QuickStart_IsUnderTwentyLinesAndMatchesTheTestedCode()
    {
        var start = Readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var code = Readme[start..Readme.IndexOf("```", start, StringComparison.Ordinal)];

        code.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.Should().BeLessThan(20);
        code.Should().Contain("var next = FollowUpPolicy.Default.Decide(followUp, now: Instant.FromUtc(2026, 3, 10, 9, 0));");
        code.Should().Contain("Interviewers = [new Interviewer { Name = \"Jane Smith\", Role = InterviewerRole.HiringManager, DirectLine = \"+44 20 7946 0001\" }],");
    }

    [Fact]
    public void Readme_TestCommand_IsTheOneCiRuns()
    {
        var ci = File.ReadAllText(Path.Combine(RulesDocumentTests.RepositoryRoot(), ".ci", "run"));

        Readme.Should().Contain("\ndotnet test FollowUpRules.sln -c Release\n");
        ci.Should().Contain("\ndotnet test FollowUpRules.sln -c Release 2>&1 | tee \"$log\"\n");
        Readme.Should().Contain("\ndotnet run --project src/FollowUpRules.Cli -- plan docs/examples/first-follow-up.json --now 2026-03-10T09:00:00Z\n");
    }
}
