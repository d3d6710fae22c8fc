using FluentAssertions;
using FollowUpRules.Simulation;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FollowUpRules.Calendar.Tests.Docs;

/// <summary>
/// The examples of docs/calendar.md, run. Each example sits between <c>// begin-example: NAME</c>
/// and <c>// end-example</c>; <see cref="CalendarDocumentTests"/> checks the document shows it verbatim.
/// </summary>
public sealed class CalendarExamplesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("followup-calendar-docs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Export_OneDecision_CallEventWithAHalfHourReminder()
    {
        var followUp = Examples.FirstFollowUp;
        var now = Examples.TenthOfMarch;
        var path = Path.Combine(_folder, "next-step.ics");

        // begin-example: export
        var policy = FollowUpPolicy.Default;
        var next = policy.Decide(followUp, now);

        var exporter = new CalendarExporter(policy, new CalendarExportOptions { CallReminder = Duration.FromMinutes(30) });
        File.WriteAllText(path, exporter.Write(followUp, next, now));
        // end-example

        var text = File.ReadAllText(path);
        text.Should().Contain("DTSTART;TZID=Europe/London:20260310T090000\r\n").And.Contain("TRIGGER:-PT30M\r\n");
    }

    [Fact]
    public void Export_Campaign_OneCalendar()
    {
        var followUp = Examples.FirstFollowUp;
        var now = Examples.TenthOfMarch;
        var policy = FollowUpPolicy.Default;

        // begin-example: campaign
        var transcript = FollowUpSimulator.Run(policy, followUp, now);
        var campaign = new CalendarExporter(policy).CreateCalendar(transcript);
        Console.WriteLine($"{campaign.Events.Count} events, {campaign.Todos.Count} to-dos");
        // end-example

        campaign.Events.Count.Should().BeGreaterThan(transcript.Steps.Count(s => s.Action is NextAction.Call));
    }

    [Fact]
    public void Import_HolidayFeed_PolicyMovesTheCall()
    {
        var followUp = Examples.FirstFollowUp;
        var now = Examples.TenthOfMarch;
        var path = Path.Combine(_folder, "holidays.ics");
        File.WriteAllText(path, DocumentedFeed());

        // begin-example: import
        var holidays = HolidayFeed.Load(path);
        foreach (var skipped in holidays.Skipped)
        {
            Console.Error.WriteLine($"{holidays.Document}: {skipped}");
        }

        var policy = new FollowUpPolicyBuilder().UseHolidayCalendar(holidays).Build();
        // end-example

        holidays.ClosedDaysIn(2026).Should().Contain(new LocalDate(2026, 3, 10));
        holidays.Skipped.Should().ContainSingle().Which.Summary.Should().Be("Staff party (the office closes at 15:00)");
        policy.FindCallWindows(followUp, now, 1)[0].LocalStart.Date.Should().Be(new LocalDate(2026, 3, 11));
    }

    [Fact]
    public void Import_ThroughDependencyInjection_OneFeedPerRegion()
    {
        var england = Path.Combine(_folder, "england.ics");
        var scotland = Path.Combine(_folder, "scotland.ics");
        File.WriteAllText(england, DocumentedFeed());
        File.WriteAllText(scotland, DocumentedFeed().Replace("20200310", "20200311", StringComparison.Ordinal));
        var services = new ServiceCollection();

        // begin-example: dependency-injection
        services.AddFollowUpRules(policy => policy
            .UseHolidaysFromICalendar(england, region: "GB-ENG")
            .UseHolidaysFromICalendar(scotland, region: "GB-SCT"));
        // end-example

        using var provider = services.BuildServiceProvider();
        var office = Examples.FirstFollowUp.Office with { HolidayRegion = "GB-SCT" };
        provider.GetRequiredService<IFollowUpPolicy>().FindCallWindows(Examples.FirstFollowUp with { Office = office }, Examples.TenthOfMarch, 1)[0]
            .LocalStart.Date.Should().Be(new LocalDate(2026, 3, 10));
    }

    [Fact]
    public void Import_MalformedFeed_OneInputExceptionNamingTheLine()
    {
        var path = Path.Combine(_folder, "holidays.ics");
        File.WriteAllText(path, DocumentedFeed().Replace("EXDATE;VALUE=DATE:20250310", "EXDATE;VALUE=DATE:2025-03-10", StringComparison.Ordinal));
        var output = new StringWriter();

        // begin-example: errors
        try
        {
            var holidays = HolidayFeed.Load(path);
        }
        catch (FollowUpInputException error)
        {
            output.WriteLine(error.Message);
        }
        // end-example

        output.ToString().Should().Be(
            $"The iCalendar document {path} cannot be read (1 problem):\n"
            + "- line 10 = EXDATE;VALUE=DATE:2025-03-10: 2025-03-10 is not an iCalendar DATE (yyyyMMdd) or DATE-TIME (yyyyMMddTHHmmss, with Z for UTC)"
            + Environment.NewLine);
    }

    /// <summary>Gets the holiday feed docs/calendar.md shows.</summary>
    internal static string DocumentedFeed() => CalendarDocumentTests.Block("ics holidays");
}
