using System.CommandLine;
using FollowUpRules.Calendar;

namespace FollowUpRules.Cli;

/// <summary>
/// The iCalendar options of <c>plan</c> and <c>simulate</c>: <c>--ics FILE</c> writes the plan or the
/// campaign as a calendar (docs/calendar.md), <c>--holidays FILE.ics</c> closes the office on the
/// days a holiday feed's all-day events cover.
/// </summary>
internal static class CalendarFiles
{
    public static Option<string?> Ics(string what) => new("--ics")
    {
        Description = "Also write " + what + " to this iCalendar (.ics) file: events in office time with a VTIMEZONE and reminders (see docs/calendar.md).",
    };

    public static Option<string?> Holidays() => new("--holidays")
    {
        Description = "An iCalendar (.ics) file of the office's holidays: every day its all-day events cover (RRULE and EXDATE expanded) is closed.",
    };

    /// <summary>Gets <paramref name="policy"/> with the holidays of the feed at <paramref name="path"/>, or the policy itself without one.</summary>
    /// <remarks>Events that close no day (timed or cancelled) are named on stderr, so nothing in the feed is ignored unseen.</remarks>
    public static FollowUpPolicy WithHolidays(FollowUpPolicy policy, string? path, Terminal terminal)
    {
        if (path is null)
        {
            return policy;
        }

        HolidayFeed feed;
        try
        {
            feed = HolidayFeed.Parse(System.Text.Encoding.UTF8.GetString(Inputs.ReadBytes(path, terminal)), Inputs.SourceName(path));
        }
        catch (InvalidICalendarException error)
        {
            throw new CliInputException(Inputs.SourceName(path), error.Heading, error.Problems);
        }

        foreach (var skipped in feed.Skipped)
        {
            terminal.Error.WriteLine("followup: " + path + ": " + skipped + "; the office stays open");
        }

        return new FollowUpPolicyBuilder(policy.Profile).UseHolidayCalendar(feed).Build();
    }

    /// <summary>Writes the calendar <paramref name="write"/> makes to <paramref name="path"/> (UTF-8), when a path is given; says so unless the output is JSON.</summary>
    public static void Write(string? path, Func<CalendarExporter, string> write, FollowUpPolicy policy, Terminal terminal, bool json)
    {
        if (path is null)
        {
            return;
        }

        var text = write(new CalendarExporter(policy));
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(path, "cannot be written (" + error.Message + ")");
        }

        if (!json)
        {
            terminal.Line();
            terminal.Line("iCalendar written to " + path);
        }
    }
}
