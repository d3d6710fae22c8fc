using System.Text.RegularExpressions;
using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Calendar.Tests.Docs;

/// <summary>docs/calendar.md shows what the code does: its examples as the tests run them, its iCalendar as the exporter writes it.</summary>
public sealed partial class CalendarDocumentTests
{
    private static string Document => File.ReadAllText(Path.Combine(Examples.Root, "docs", "calendar.md")).ReplaceLineEndings("\n");

    public static TheoryData<string> ExampleNames => ["export", "campaign", "import", "dependency-injection", "errors"];

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_InDocsCalendarMd_IsTheTestVerbatim(string name)
    {
        var source = File.ReadAllText(Path.Combine(Examples.Root, "tests", "FollowUpRules.Calendar.Tests", "Docs", "CalendarExamplesTests.cs")).ReplaceLineEndings("\n");
        var begin = "        // begin-example: " + name + "\n";
        var start = source.IndexOf(begin, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the example {0} is in the tests", name);
        start += begin.Length;
        var end = source.IndexOf("        // end-example", start, StringComparison.Ordinal);
        var example = string.Join("\n", source[start..end].TrimEnd('\n').Split('\n').Select(l => l.StartsWith("        ", StringComparison.Ordinal) ? l[8..] : l));

        Document.Should().Contain("```csharp\n" + example + "\n```", "docs/calendar.md shows the example {0} exactly as the test runs it", name);
    }

    [Fact]
    public void ExportedEvent_InDocsCalendarMd_IsWhatTheExporterWrites()
    {
        var followUp = Examples.FirstFollowUp;
        var next = FollowUpPolicy.Default.Decide(followUp, Examples.TenthOfMarch);
        var written = new CalendarExporter(FollowUpPolicy.Default).Write(followUp, next, Examples.TenthOfMarch).Split("\r\n");

        // Every line shown appears in the output, in the same order; "..." stands for lines left out.
        var at = 0;
        foreach (var line in Block("ics plan").Split("\r\n").Where(l => l.Length > 0))
        {
            if (line == "...")
            {
                continue;
            }

            var found = Array.IndexOf(written, line, at);
            found.Should().BeGreaterThanOrEqualTo(0, "docs/calendar.md shows the line '{0}' after line {1} of the output", line, at);
            at = found + 1;
        }
    }

    [Fact]
    public void HolidayFeed_InDocsCalendarMd_ClosesTheDaysTheDocumentSays()
    {
        var feed = HolidayFeed.Parse(Block("ics holidays"), "docs/calendar.md");

        feed.ClosedDaysIn(2026).Should().Equal(new LocalDate(2026, 3, 10), new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 26));
        feed.ClosedDaysIn(2025).Should().Equal(new LocalDate(2025, 12, 25), new LocalDate(2025, 12, 26));
    }

    /// <summary>Gets the fenced block whose info string is <paramref name="info"/>, with CRLF line ends as iCalendar has them.</summary>
    internal static string Block(string info)
    {
        var match = FencedBlock().Matches(Document).Single(m => m.Groups["info"].Value == info);
        return match.Groups["body"].Value.Replace("\n", "\r\n", StringComparison.Ordinal);
    }

    [GeneratedRegex("```(?<info>[^\\n]*)\\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
