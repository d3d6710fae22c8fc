using System.Text.RegularExpressions;

namespace FollowUpRules.Docs.Tests;

/// <summary>A fenced <c>csharp</c> block of the documentation: its page, its number on the page (from 1), its code and the text after it.</summary>
public sealed record Snippet(string Page, int Number, string Code, string After)
{
    public override string ToString() => Page + " #" + Number;

    public static string Root { get; } = FindRoot();

    /// <summary>Every C# block of README.md and docs/*.md.</summary>
    public static IReadOnlyList<Snippet> All { get; } = Read();

    public static Snippet Get(string page, int number) => All.Single(s => s.Page == page && s.Number == number);

    private static List<Snippet> Read()
    {
        var pages = new[] { "README.md" }.Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md").Select(p => "docs/" + Path.GetFileName(p)).Order(StringComparer.Ordinal));
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
