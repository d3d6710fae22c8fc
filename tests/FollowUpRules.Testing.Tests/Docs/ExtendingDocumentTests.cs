using System.Text.RegularExpressions;
using FluentAssertions;

namespace FollowUpRules.Testing.Tests.Docs;

/// <summary>docs/extending.md shows each example of <see cref="ExtendingExamples"/> exactly as the tests compile and run it.</summary>
public sealed partial class ExtendingDocumentTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (Match match in Marker().Matches(Source()))
        {
            data.Add(match.Groups[1].Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_InDocsExtendingMd_IsTheTestVerbatim(string name)
    {
        var source = Source();
        var start = source.IndexOf("    // begin-example: " + name + "\n", StringComparison.Ordinal);
        start = source.IndexOf('\n', start) + 1;
        var end = source.IndexOf("    // end-example", start, StringComparison.Ordinal);
        var example = string.Join("\n", source[start..end].TrimEnd('\n').Split('\n').Select(l => l.StartsWith("    ", StringComparison.Ordinal) ? l[4..] : l));

        Document().Should().Contain("```csharp\n" + example + "\n```", $"docs/extending.md shows the example '{name}' exactly as the test runs it");
    }

    [Fact]
    public void Examples_AreAllShown()
    {
        Examples().Should().HaveCountGreaterThanOrEqualTo(6);
        Regex.Count(Document(), "```csharp").Should().Be(Examples().Count, "every C# block of docs/extending.md is one of the compiled examples");
    }

    private static string Source() => File.ReadAllText(Path.Combine(Root(), "tests", "FollowUpRules.Testing.Tests", "Docs", "ExtendingExamples.cs")).ReplaceLineEndings("\n");

    private static string Document() => File.ReadAllText(Path.Combine(Root(), "docs", "extending.md")).ReplaceLineEndings("\n");

    private static string Root()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FollowUpRules.sln")))
        {
            root = root.Parent;
        }

        return root?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
    }

    [GeneratedRegex(@"    // begin-example: ([\w-]+)\n")]
    private static partial Regex Marker();
}
