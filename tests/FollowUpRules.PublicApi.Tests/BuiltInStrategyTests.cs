using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FollowUpRules.PublicApi.Tests;

/// <summary>
/// The proof that the library's strategies use only what a host has: their sources, compiled
/// outside the core assembly (an assembly no InternalsVisibleTo names) against the built core and
/// NodaTime alone, must compile. A built-in strategy that reaches an internal member fails here.
/// </summary>
public sealed class BuiltInStrategyTests
{
    /// <summary>The folders of src/FollowUpRules/Strategies that hold the built-in strategies.</summary>
    public static TheoryData<string> Folders => new() { "Decisions", "CallPlanning", "Windows", "Scripts" };

    /// <summary>What a host project has with ImplicitUsings, as the core has.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Fact]
    public void BuiltInStrategies_CompiledOutsideTheCore_CompileAgainstItsPublicApiAlone()
    {
        var sources = Folders.SelectMany(row => Directory.GetFiles(Path.Combine(StrategiesFolder(), (string)row.Data), "*.cs")).ToList();
        sources.Should().HaveCountGreaterThan(50, "every built-in strategy is compiled, not a sample of them");

        var errors = CompileOutside(sources.Select(File.ReadAllText));

        errors.Should().BeEmpty("a built-in strategy may use only the public API a host has; move what it needs into the public API instead");
    }

    [Theory]
    [InlineData("context.Case.Interview.InterviewerArray.Length", "an internal property of the model")]
    [InlineData("FollowUpRules.Guard.NotNull(context.Case).Attempts.Count", "the core's internal guard")]
    [InlineData("new FollowUpRules.Engine.ReasonBits().Count", "an engine type")]
    public void CompileOutside_AStrategyReachingAnInternalMember_Fails(string expression, string what)
    {
        var source = $$"""
            namespace Outside;

            using FollowUpRules;
            using FollowUpRules.Strategies;

            public sealed class ReachesIn : DecisionStrategy
            {
                public override StrategyDescriptor Descriptor { get; } = new("ReachesIn", "Uses {{what}}.", [RuleId.Parse("ACME-01")]);

                public override void Apply(DecisionContext context, DecisionDraft draft) => _ = {{expression}};
            }
            """;

        var errors = CompileOutside([source]);

        errors.Should().NotBeEmpty($"the proof must catch a strategy that uses {what}")
            .And.OnlyContain(e => e.Contains("CS0122") || e.Contains("CS1061") || e.Contains("CS0234") || e.Contains("CS0246"), "the errors say the member cannot be reached from outside");
    }

    private static List<string> CompileOutside(IEnumerable<string> sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Append(ImplicitUsings).Select(text => CSharpSyntaxTree.ParseText(text, options)).ToList();
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(FollowUpPolicy).Assembly.Location)
            .Append(typeof(NodaTime.Instant).Assembly.Location)
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "OutsideHost",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }

    private static string StrategiesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root."), "src", "FollowUpRules", "Strategies");
    }
}
