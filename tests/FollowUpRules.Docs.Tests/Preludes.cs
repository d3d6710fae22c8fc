namespace FollowUpRules.Docs.Tests;

/// <summary>
/// What a block of the docs may take for granted, and nothing more. Every block is compiled as a
/// program of its own with the implicit usings of a new console project (System, System.IO,
/// System.Linq, System.Collections.Generic, System.Threading, System.Threading.Tasks,
/// System.Net.Http); ASP.NET Core and worker blocks also get those of a web project, as
/// <c>dotnet new web</c> would. The library's namespaces must be in the block, unless the page says
/// which it assumes (listed here as that page's usings). Where a block uses something of the
/// reader's own (their store, their case, the policy from the page's first block), the prelude
/// declares it: statements before the block, types after it.
/// </summary>
internal static class Preludes
{
    public const string ConsoleUsings = "using System;\nusing System.IO;\nusing System.Linq;\nusing System.Collections.Generic;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing System.Net.Http;\n";

    public const string WebUsings = ConsoleUsings + "using Microsoft.AspNetCore.Builder;\nusing Microsoft.AspNetCore.Hosting;\nusing Microsoft.AspNetCore.Http;\nusing Microsoft.AspNetCore.Routing;\nusing Microsoft.Extensions.Configuration;\nusing Microsoft.Extensions.DependencyInjection;\nusing Microsoft.Extensions.Hosting;\nusing Microsoft.Extensions.Logging;\n";

    /// <summary>The prelude of each block that needs one; a block not listed stands alone.</summary>
    public static Prelude For(Snippet snippet) => (snippet.Page, snippet.Number) switch
    {
        // getting-started.md: blocks 2 to 5 continue the case and decision of block 1.
        ("docs/getting-started.md", > 1) => new Prelude(Statements: Snippet.Get("docs/getting-started.md", 1).Code),

        // concepts.md: the strategy of testing.md and the calendar of the block after this one.
        ("docs/concepts.md", 1) => new Prelude(Types: Snippet.Get("docs/concepts.md", 2).Code.Replace("using FollowUpRules;\nusing NodaTime;\n", string.Empty, StringComparison.Ordinal) + NoCallsOnFridays),

        // cookbook.md: the reader's open cases, store and clock; each page section stands alone.
        ("docs/cookbook.md", 1) => new Prelude(
            Usings: "using FollowUpRules;\nusing NodaTime;\n",
            Statements: "IClock clock = SystemClock.Instance;\nFollowUpCase[] openCases = [FollowUpRules.Testing.FollowUpSamples.FirstFollowUp()];\nvar store = new Store();\n",
            Types: "sealed class Store\n{\n    public void SaveNextAction(FollowUpCase followUpCase, NextAction action, ReasonList reasons) { }\n    public void FlagForReview(FollowUpCase followUpCase, IReadOnlyList<ValidationProblem> problems, Exception? error) { }\n}\n"),
        ("docs/cookbook.md", 2) => new Prelude(
            Usings: "using FollowUpRules;\nusing NodaTime;\n",
            Statements: "var followUp = FollowUpRules.Testing.FollowUpSamples.FirstFollowUp();\nvar now = Instant.FromUtc(2026, 3, 10, 9, 0);\n"),
        ("docs/cookbook.md", 3) => new Prelude(
            Usings: "using FollowUpRules.Extensions.DependencyInjection;\nusing Microsoft.Extensions.DependencyInjection;\n",
            Statements: "var services = new ServiceCollection();\nvar agencyKey = \"reed\";\n"),
        ("docs/cookbook.md", 4) => new Prelude(
            Usings: "using FollowUpRules;\nusing FollowUpRules.Testing;\nusing NodaTime;\n",
            Statements: "var myCase = FollowUpSamples.FridayInLondon();\nvar myPolicy = FollowUpPolicy.Default;\n"),

        // dependency-injection.md: block 1 (the host's own default policy) stands alone; then the host's
        // own calendar and strategy, and its store of cases.
        ("docs/dependency-injection.md", 2) => new Prelude(Web: true, Types: """
            sealed class AgencyCalendar { public bool IsNoCallDay(LocalDate day) => false; }
            sealed class CompanyHolidays : IHolidayCalendar { public bool IsHoliday(EmployerOffice office, LocalDate day) => false; }
            sealed class AgencyNoCallDay(AgencyCalendar calendar) : CallWindowStrategy
            {
                public override StrategyDescriptor Descriptor { get; } = new(nameof(AgencyNoCallDay), "The agency's no-call days.", [RuleId.Parse("AGY-01")], [new FollowUpReason(RuleId.Parse("AGY-01"), "The agency does not call on its no-call days.")]);
                public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
                {
                    block = TimeOfDayRange.WholeDay;
                    return calendar.IsNoCallDay(day.Date);
                }
            }

            """),
        ("docs/dependency-injection.md", 3) => new Prelude(Web: true, Types: "interface ICandidateStore\n{\n    Task<FollowUpCase[]> OpenCasesAsync(CancellationToken cancellationToken);\n    Task SaveAsync(BatchDecision result, CancellationToken cancellationToken);\n}\n"),

        // json.md: the ASP.NET Core block is a web project's Program.cs.
        ("docs/json.md", 2) => new Prelude(Web: true),

        // service.md: both blocks are a web project's Program.cs (eng/consumer-smoke.sh also builds them
        // against the packed package, and runs the first).
        ("docs/service.md", _) => new Prelude(Web: true),

        // testing.md: the worked example is a test class's members, with the test file's usings;
        // the clock block decides the reader's case with the reader's policy.
        ("docs/testing.md", 1) => new Prelude(Members: true, Usings: "using FollowUpRules;\nusing FollowUpRules.Strategies;\nusing FollowUpRules.Testing;\nusing NodaTime;\nusing Xunit;\n"),
        ("docs/testing.md", 2) => new Prelude(
            Usings: "using FollowUpRules;\nusing FollowUpRules.Testing;\nusing NodaTime;\n",
            Statements: "var policy = FollowUpPolicy.Default;\nvar followUpCase = FollowUpSamples.FridayInLondon();\n"),
        _ => new Prelude(),
    };

    /// <summary>The usings of the file that holds a prelude's types (a file of its own, so they never reach the block).</summary>
    public const string TypeUsings = "using System;\nusing System.Collections.Generic;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing FollowUpRules;\nusing FollowUpRules.Strategies;\nusing NodaTime;\n";

    private static string NoCallsOnFridays => Snippet.Get("docs/testing.md", 1).Code is var code ? code[..code.IndexOf("[Fact]", StringComparison.Ordinal)] : string.Empty;
}

/// <summary>What a block is compiled with.</summary>
/// <param name="Usings">Usings the page assumes.</param>
/// <param name="Statements">Statements before the block.</param>
/// <param name="Types">Types after the block.</param>
/// <param name="Web">The block is a web or worker project's Program.cs.</param>
/// <param name="Members">The block is members of a class (a test class's), not a program.</param>
internal sealed record Prelude(string Usings = "", string Statements = "", string Types = "", bool Web = false, bool Members = false);
