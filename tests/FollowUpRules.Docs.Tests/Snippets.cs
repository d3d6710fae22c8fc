using System.Text.RegularExpressions;

namespace FollowUpRules.Docs.Tests;

/// <summary>A fenced <c>csharp</c> block of the documentation: its page, its number on the page (from 1), its code and the text after it.</summary>
public sealed record Snippet(string Page, int Number, string Code, string After)
{
    public override string ToString() => Page + " #" + Number;

    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The pages whose every C# block is, verbatim, code that another test project compiles and runs
    /// (a test there fails when the page and the code differ), so they are not compiled again here.
    /// </summary>
    public static IReadOnlyList<string> CompiledElsewhere { get; } =
    [
        "docs/extending.md",   // ExtendingExamples, kept in step by ExtendingDocumentTests (FollowUpRules.Testing.Tests)
        "docs/calendar.md",    // CalendarExamplesTests, kept in step by CalendarDocumentTests (FollowUpRules.Calendar.Tests)
    ];

    /// <summary>Every C# block of README.md and docs/*.md, but those of <see cref="CompiledElsewhere"/>.</summary>
    public static IReadOnlyList<Snippet> All { get; } = Read();

    public static Snippet Get(string page, int number) => All.Single(s => s.Page == page && s.Number == number);

    private static List<Snippet> Read()
    {
        var pages = new[] { "README.md" }.Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(p => "docs/" + Path.GetFileName(p)).Order(StringComparer.Ordinal))
            .Except(CompiledElsewhere);
        var snippets = new List<Snippet>();
        foreach (var page in pages)
        {
            var text = File.ReadAllText(Path.Combine(Root, page)).ReplaceLineEndings("\n");
            var number = 0;
            foreach (Match block in Regex.Matches(text, "^```csharp\n(.*?)^```\n", RegexOptions.Singleline | RegexOptions.Multiline))
            {
                var after = text[(block.Index + block.Length)..];
                snippets.Add(new Snippet(page, ++number, block.Groups[1].Value, after[..Math.Min(after.Length, 400)]));
            }
        }

        return snippets;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No repository root above " + AppContext.BaseDirectory);
    }
}
