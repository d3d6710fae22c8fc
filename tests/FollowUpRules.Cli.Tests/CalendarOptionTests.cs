using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Cli.Tests;

/// <summary><c>--ics</c> and <c>--holidays</c> on <c>plan</c> and <c>simulate</c>.</summary>
public sealed class CalendarOptionTests : IDisposable
{
    private const string Feed =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:founders@tests\r\nDTSTART;VALUE=DATE:20200310\r\nRRULE:FREQ=YEARLY\r\nEXDATE;VALUE=DATE:20250310\r\nSUMMARY:Founders' Day\r\nEND:VEVENT\r\n"
        + "BEGIN:VEVENT\r\nUID:party@tests\r\nDTSTART;TZID=Europe/London:20261218T150000\r\nSUMMARY:Staff party\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("followup-cli-ics-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Plan_AsAProcessWithIcs_WritesTheCallAtNineLondonWithTheZoneAndAReminder()
    {
        // The "done when": followup plan docs/examples/first-follow-up.json --now 2026-03-10T09:00:00Z --ics out.ics
        var path = Path.Combine(_folder, "out.ics");

        var result = Tool.RunProcess("plan", Tool.Example("first-follow-up.json"), "--now", "2026-03-10T09:00:00Z", "--ics", path);

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().EndWith("iCalendar written to " + path + "\n");
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(path))!;
        var call = calendar.Events.Single(e => e.Status == "CONFIRMED");
        call.DtStart!.TzId.Should().Be("Europe/London");
        (call.DtStart.Hour, call.DtStart.Minute).Should().Be((9, 0));
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(call.DtStart.AsUtc, DateTimeKind.Utc)).Should().Be(Instant.FromUtc(2026, 3, 10, 9, 0));
        calendar.TimeZones.Should().ContainSingle(z => z.TzId == "Europe/London");
        call.Alarms.Should().ContainSingle();
        call.Summary.Should().Be("Call Jane Smith (Senior Data Analyst, Northwind Traders)");
    }

    [Fact]
    public void Plan_JsonAndIcs_JsonOnStdoutAndTheCalendarInTheFile()
    {
        var path = Path.Combine(_folder, "plan.ics");

        var result = Tool.Run("plan", Tool.Example("first-follow-up.json"), "--now", "2026-03-10T09:00:00Z", "--json", "--ics", path);

        result.Exit.Should().Be(0, result.Error);
        result.Output.TrimStart().Should().StartWith("{").And.NotContain("iCalendar written");
        File.ReadAllText(path).Should().StartWith("BEGIN:VCALENDAR\r\n");
    }

    [Fact]
    public void Simulate_WithIcs_OneCalendarForTheCampaign()
    {
        var path = Path.Combine(_folder, "campaign.ics");

        var result = Tool.Run("simulate", Tool.Example("first-follow-up.json"), "--now", "2026-03-10T09:00:00Z", "--ics", path);

        result.Exit.Should().Be(0, result.Error);
        var calendar = Ical.Net.Calendar.Load(File.ReadAllText(path))!;
        var calls = result.Output.Split('\n').Count(l => l.Contains("  Call Jane Smith", StringComparison.Ordinal));
        calendar.Events.Count(e => e.Status == "CONFIRMED" && e.Summary!.StartsWith("Call ", StringComparison.Ordinal)).Should().Be(calls);
        calendar.Children.OfType<Ical.Net.CalendarComponents.UniqueComponent>().Select(c => c.Uid).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Plan_WithHolidays_CallMovesOffTheFeedsHolidayAndSkippedEventsAreNamed()
    {
        var feed = Path.Combine(_folder, "holidays.ics");
        File.WriteAllText(feed, Feed);

        var without = Tool.Run("plan", Tool.Example("first-follow-up.json"), "--now", "2026-03-10T09:00:00Z");
        var with = Tool.Run("plan", Tool.Example("first-follow-up.json"), "--now", "2026-03-10T09:00:00Z", "--holidays", feed);

        without.Output.Should().Contain("Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-10 09:00");
        with.Exit.Should().Be(0, with.Error);
        with.Output.Should().Contain("Wait until Wed 11 Mar 2026 09:00 office time");
        with.Error.Should().Be("followup: " + feed + ": line 10 (Staff party): a timed event: only all-day events close the office; the office stays open\n");
    }

    [Fact]
    public void Simulate_WithHolidays_NoCallOnTheHoliday()
    {
        var feed = Path.Combine(_folder, "holidays.ics");
        File.WriteAllText(feed, Feed);

        var result = Tool.Run("simulate", Tool.Example("first-follow-up.json"), "--now", "2026-03-10T09:00:00Z", "--holidays", feed);

        result.Exit.Should().Be(0, result.Error);
        result.Output.Should().NotContain("Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-10");
    }

    [Fact]
    public void Plan_MalformedHolidays_ExitTwoNamingTheFileAndLine()
    {
        var feed = Path.Combine(_folder, "bad.ics");
        File.WriteAllText(feed, Feed.Replace("EXDATE;VALUE=DATE:20250310", "EXDATE;VALUE=DATE:2025-03-10", StringComparison.Ordinal));

        var result = Tool.Run("plan", Tool.Example("first-follow-up.json"), "--holidays", feed);

        result.Exit.Should().Be(2);
        result.Error.Should().StartWith(feed + ": line 7 = EXDATE;VALUE=DATE:2025-03-10: ", "every error names its file, then where in it, as the tool's errors do");
    }

    [Fact]
    public void Plan_MissingHolidaysFile_ExitTwo()
    {
        var result = Tool.Run("plan", Tool.Example("first-follow-up.json"), "--holidays", Path.Combine(_folder, "nowhere.ics"));

        result.Exit.Should().Be(2);
        result.Error.Should().Contain("nowhere.ics: no such file");
    }

    [Fact]
    public void Plan_IcsInAMissingFolder_ExitTwoNamingThePath()
    {
        var path = Path.Combine(_folder, "no-such-folder", "out.ics");

        var result = Tool.Run("plan", Tool.Example("first-follow-up.json"), "--ics", path);

        result.Exit.Should().Be(2);
        result.Error.Should().StartWith(path + ": cannot be written");
    }
}
