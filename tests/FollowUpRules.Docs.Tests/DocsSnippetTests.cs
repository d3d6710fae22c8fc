using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FollowUpRules.Docs.Tests;

/// <summary>
/// Every C# block of README.md and docs/*.md compiles as printed, with only the prelude that
/// <see cref="Preludes"/> documents; where the text after a block says what it prints, the block is
/// run and its output compared.
/// </summary>
public sealed class DocsSnippetTests
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var local = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return platform.Concat(local)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .Where(IsAssembly)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();
    });

    public static TheoryData<string, int> Blocks => new(Snippet.All.Select(s => (s.Page, s.Number)));

    [Fact]
    public void Docs_HaveTheBlocksThisTestKnows()
    {
        Snippet.All.Should().HaveCountGreaterThan(15);
        Snippet.All.Select(s => s.Page).Should().Contain(["README.md", "docs/getting-started.md", "docs/cookbook.md", "docs/concepts.md", "docs/json.md", "docs/testing.md", "docs/service.md"]);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Block_CompilesAsPrinted(string page, int number)
    {
        var snippet = Snippet.Get(page, number);

        var (compilation, errors) = Compile(snippet);

        errors.Should().BeEmpty($"{snippet} must compile as printed, with its documented prelude:\n{Source(snippet, Preludes.For(snippet))}");
        compilation.Should().NotBeNull();
    }

    [Fact]
    public void Readme_QuickStart_PrintsWhatTheReadmeSays()
    {
        var snippet = Snippet.Get("README.md", 1);
        var said = Regex.Match(Regex.Replace(snippet.After, @"\s+", " "), "This prints `([^`]*)`").Groups[1].Value;

        Run(snippet).Trim().Should().Be(said);
    }

    [Fact]
    public void GettingStarted_TheRecordedCallIsDecidedAgain_AsTheCommentSays()
    {
        var snippet = Snippet.Get("docs/getting-started.md", 4);
        var said = Regex.Match(snippet.Code, "// (Wait until [^,]*),").Groups[1].Value;

        said.Should().NotBeEmpty();
        Run(snippet with { Code = snippet.Code + "Console.Write(then.Describe());\n" }).Should().Be(said);
    }

    [Fact]
    public void DependencyInjection_HostsOwnPolicy_IsTheOneDefault_AsTheCommentsSay()
    {
        var snippet = Snippet.Get("docs/dependency-injection.md", 1);
        var said = Regex.Matches(snippet.Code, @"Console\.WriteLine\(.*\);\s*// (\S+)").Select(m => m.Groups[1].Value);

        Run(snippet).ReplaceLineEndings("\n").Should().Be(string.Join("\n", said) + "\n").And.Be("True\nrcr\n");
    }

    private static (CSharpCompilation? Compilation, List<string> Errors) Compile(Snippet snippet)
    {
        var prelude = Preludes.For(snippet);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(Source(snippet, prelude), new CSharpParseOptions(LanguageVersion.CSharp13), path: snippet.Page) };
        if (prelude.Types.Length > 0)
        {
            trees.Add(CSharpSyntaxTree.ParseText(Preludes.TypeUsings + prelude.Types, new CSharpParseOptions(LanguageVersion.CSharp13), path: "prelude.cs"));
        }

        var statements = trees[0].GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "Snippet" + Guid.NewGuid().ToString("N"),
            trees,
            References.Value,
            new CSharpCompilationOptions(statements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        return (errors.Count == 0 ? compilation : null, errors);
    }

    /// <summary>The program a block is compiled as: its usings, the page's, the prelude's statements, then the block.</summary>
    private static string Source(Snippet snippet, Prelude prelude)
    {
        var lines = snippet.Code.Split('\n');
        var usings = string.Join("\n", lines.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0)) + "\n";
        var body = string.Join("\n", lines.SkipWhile(l => l.StartsWith("using ", StringComparison.Ordinal) || l.Length == 0));
        var preludeStatements = prelude.Statements;
        var preludeLines = preludeStatements.Split('\n');
        var hoisted = string.Join("\n", preludeLines.Where(l => l.StartsWith("using ", StringComparison.Ordinal))) + "\n";
        preludeStatements = string.Join("\n", preludeLines.Where(l => !l.StartsWith("using ", StringComparison.Ordinal)));
        var common = prelude.Web ? Preludes.WebUsings : Preludes.ConsoleUsings;
        if (prelude.Members)
        {
            return common + prelude.Usings + usings + "\npublic sealed class Snippet\n{\n" + body + "\n}\n";
        }

        return common + prelude.Usings + usings + hoisted + "\n" + preludeStatements + "\n" + body + "\n";
    }

    private static string Run(Snippet snippet)
    {
        var (compilation, errors) = Compile(snippet);
        errors.Should().BeEmpty();
        using var image = new MemoryStream();
        compilation!.Emit(image).Success.Should().BeTrue();
        image.Position = 0;
        var context = new AssemblyLoadContext(snippet.ToString(), isCollectible: true);
        try
        {
            var entry = context.LoadFromStream(image).EntryPoint!;
            var output = new StringWriter();
            var original = Console.Out;
            Console.SetOut(output);
            try
            {
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
            finally
            {
                Console.SetOut(original);
            }

            return output.ToString();
        }
        finally
        {
            context.Unload();
        }
    }

    private static bool IsAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
