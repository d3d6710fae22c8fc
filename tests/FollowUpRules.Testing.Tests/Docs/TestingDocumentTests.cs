using FluentAssertions;

namespace FollowUpRules.Testing.Tests.Docs;

public sealed class TestingDocumentTests
{
    [Fact]
    public void WorkedExample_InDocsTestingMd_IsTheTestVerbatim()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FollowUpRules.sln")))
        {
            root = root.Parent;
        }

        var source = File.ReadAllText(Path.Combine(root!.FullName, "tests", "FollowUpRules.Testing.Tests", "WorkedExampleTests.cs")).ReplaceLineEndings("\n");
        var doc = File.ReadAllText(Path.Combine(root.FullName, "docs", "testing.md")).ReplaceLineEndings("\n");
        var start = source.IndexOf("    // begin-example\n", StringComparison.Ordinal) + "    // begin-example\n".Length;
        var end = source.IndexOf("    // end-example", StringComparison.Ordinal);
        var example = string.Join("\n", source[start..end].TrimEnd('\n').Split('\n').Select(l => l.StartsWith("    ", StringComparison.Ordinal) ? l[4..] : l));

        doc.Should().Contain("```csharp\n" + example + "\n```", "docs/testing.md shows the worked example exactly as the test runs it");
    }
}
