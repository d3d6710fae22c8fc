using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;
using NodaTime;
using IcsCalendar = Ical.Net.Calendar;

namespace FollowUpRules.Calendar;

/// <summary>
/// An office's holidays read from an iCalendar (RFC 5545) feed, such as a public-holiday calendar
/// exported from a calendar service: every day an all-day event covers is a day the office is closed.
/// Give it to <see cref="FollowUpPolicyBuilder.UseHolidayCalendar"/> (or, with dependency injection,
/// <c>UseHolidaysFromICalendar</c>) and no call is proposed on those days, nor do they count as
/// business days.
/// </summary>
/// <remarks>
/// <para><b>Which events close the office.</b> Each VEVENT whose DTSTART is a DATE (an all-day event)
/// closes the office on every date from its DTSTART up to, not including, its DTEND (or DTSTART plus
/// its DURATION; one day when it has neither): the span is half-open, as RFC 5545 defines it. Dates
/// are the office's own dates: an all-day event is the same dates in every time zone. Recurring events
/// are expanded by Ical.Net: RRULE and RDATE add dates, EXDATE removes them, and a RECURRENCE-ID
/// instance replaces the one it overrides. Events with a time of day (the office closing early, a
/// meeting) and cancelled events (STATUS:CANCELLED) do not close the office; they are listed in
/// <see cref="Skipped"/>, so that nothing in the feed is dropped unseen.</para>
/// <para><b>Errors.</b> Reading checks every event: a line that is not an iCalendar content line,
/// a component left open, an event without DTSTART, a date or a rule that does not parse, an EXDATE
/// of a different type than its all-day DTSTART, an end before the start. All problems found are
/// reported together in one <see cref="InvalidICalendarException"/> naming each line.</para>
/// <para><b>Regions.</b> A feed applies to every office, or with <see cref="ForRegion"/> only to the
/// offices whose <see cref="EmployerOffice.HolidayRegion"/> matches.</para>
/// <para><b>Threads and purity.</b> A feed is immutable once read and safe to use from any number of
/// threads. Recurring events are expanded one year at a time, the first time a date in that year is
/// asked about, and kept: no I/O and no clock, the same answer for the same date every time.</para>
/// </remarks>
public sealed class HolidayFeed : IHolidayCalendar
{
    private readonly Expansion _expansion;

    private HolidayFeed(Expansion expansion, string? region)
    {
        _expansion = expansion;
        Region = region;
    }

    /// <summary>Gets the name of the document the feed was read from: its path, or the name given with a stream or text.</summary>
    public string Document => _expansion.Document;

    /// <summary>Gets the holiday region the feed applies to, or <see langword="null"/> when it applies to every office.</summary>
    public string? Region { get; }

    /// <summary>Gets the events that do not close the office (timed or cancelled events), in document order.</summary>
    public IReadOnlyList<SkippedHolidayEvent> Skipped => _expansion.Skipped;

    /// <summary>Reads a feed from an iCalendar file (UTF-8).</summary>
    /// <param name="path">The file's path; problems name it.</param>
    /// <returns>The feed, applying to every office.</returns>
    /// <exception cref="InvalidICalendarException">The file is not a readable iCalendar document; the exception names every faulty line.</exception>
    /// <exception cref="IOException">The file cannot be read (for example <see cref="FileNotFoundException"/>).</exception>
    public static HolidayFeed Load(string path)
    {
        Guard.NotNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a feed from a stream of iCalendar text (UTF-8, or the encoding its byte-order mark names).</summary>
    /// <param name="stream">The stream; read to its end and left open.</param>
    /// <param name="documentName">The name problems are reported under, such as the feed's address.</param>
    /// <returns>The feed, applying to every office.</returns>
    /// <exception cref="InvalidICalendarException">The text is not a readable iCalendar document.</exception>
    public static HolidayFeed Load(Stream stream, string documentName)
    {
        Guard.NotNull(stream);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
        return Parse(reader.ReadToEnd(), documentName);
    }

    /// <summary>Reads a feed from iCalendar text.</summary>
    /// <param name="text">The text of a VCALENDAR (or of several, one after another).</param>
    /// <param name="documentName">The name problems are reported under.</param>
    /// <returns>The feed, applying to every office.</returns>
    /// <exception cref="InvalidICalendarException">The text is not a readable iCalendar document.</exception>
    public static HolidayFeed Parse(string text, string documentName)
    {
        Guard.NotNull(text);
        Guard.NotNull(documentName);
        return new HolidayFeed(Expansion.Read(text, documentName), region: null);
    }

    /// <summary>Gets a feed with the same holidays that applies only to offices of <paramref name="region"/>.</summary>
    /// <param name="region">The region, compared with <see cref="EmployerOffice.HolidayRegion"/> ignoring case, such as <c>GB-ENG</c>.</param>
    /// <returns>A new feed; this one is unchanged. The two share their expansion.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is blank.</exception>
    public HolidayFeed ForRegion(string region)
    {
        Guard.NotNull(region);
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new ArgumentException("A holiday region must not be blank.", nameof(region));
        }

        return new HolidayFeed(_expansion, region);
    }

    /// <summary>Tells whether the feed closes the office on <paramref name="day"/>, whatever the region.</summary>
    /// <param name="day">An office-local date, in any calendar system (it is compared as an ISO date).</param>
    /// <returns><see langword="true"/> when an all-day event covers the day.</returns>
    public bool IsClosed(LocalDate day)
    {
        var iso = day.Calendar == CalendarSystem.Iso ? day : day.WithCalendar(CalendarSystem.Iso);
        return _expansion.Year(iso.Year) is { } closed && closed[iso.DayOfYear - 1];
    }

    /// <inheritdoc/>
    /// <remarks>
    /// <see langword="true"/> when the feed applies to <paramref name="office"/> (it has no
    /// <see cref="Region"/>, or the office's <see cref="EmployerOffice.HolidayRegion"/> is that region)
    /// and an all-day event covers <paramref name="day"/>.
    /// </remarks>
    public bool IsHoliday(EmployerOffice office, LocalDate day)
    {
        Guard.NotNull(office);
        return (Region is null || string.Equals(office.HolidayRegion, Region, StringComparison.OrdinalIgnoreCase)) && IsClosed(day);
    }

    /// <summary>Lists the days of <paramref name="year"/> the feed closes the office on.</summary>
    /// <param name="year">An ISO year, 1 to 9998.</param>
    /// <returns>The days, in order.</returns>
    public IReadOnlyList<LocalDate> ClosedDaysIn(int year)
    {
        var days = new List<LocalDate>();
        if (_expansion.Year(year) is { } closed)
        {
            var first = new LocalDate(year, 1, 1);
            for (var i = 0; i < closed.Length; i++)
            {
                if (closed[i])
                {
                    days.Add(first.PlusDays(i));
                }
            }
        }

        return days;
    }

    /// <summary>The all-day events of a feed as Ical.Net read them, expanded a year at a time.</summary>
    private sealed class Expansion
    {
        private static readonly EvaluationOptions Evaluation = new() { MaxUnmatchedIncrementsLimit = 10_000 };

        private readonly object _gate = new();
        private readonly IReadOnlyList<IcsCalendar> _calendars;
        private readonly int _longestSpanDays;
        private Dictionary<int, bool[]> _years = [];

        private Expansion(string document, IReadOnlyList<IcsCalendar> calendars, int longestSpanDays, IReadOnlyList<SkippedHolidayEvent> skipped)
        {
            Document = document;
            _calendars = calendars;
            _longestSpanDays = longestSpanDays;
            Skipped = skipped;
        }

        public string Document { get; }

        public IReadOnlyList<SkippedHolidayEvent> Skipped { get; }

        public static Expansion Read(string text, string document)
        {
            var scan = ContentLines.Scan(text);
            if (scan.Problems.Count > 0)
            {
                throw new InvalidICalendarException(document, scan.Problems, null);
            }

            var problems = new List<ICalendarProblem>();
            var checks = scan.Events.Select(e => EventCheck.Of(e, problems)).ToList();
            if (problems.Count > 0)
            {
                throw new InvalidICalendarException(document, problems, null);
            }

            IReadOnlyList<IcsCalendar> calendars;
            try
            {
                calendars = CalendarCollection.Load(text);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                var line = scan.Lines.FirstOrDefault(l => error.Message.Contains(l.Text)) ?? scan.Lines[0];
                throw new InvalidICalendarException(document, [new ICalendarProblem(line, "Ical.Net cannot read the document: " + error.Message)], error);
            }

            var events = calendars.SelectMany(c => c.Events.Select(e => (Calendar: c, Event: e))).ToList();
            if (events.Count != checks.Count)
            {
                throw new InvalidICalendarException(document, [new ICalendarProblem(scan.Lines[0], $"the document has {checks.Count} events, of which Ical.Net read {events.Count}")], null);
            }

            var skipped = new List<SkippedHolidayEvent>();
            var longest = 1;
            for (var i = 0; i < events.Count; i++)
            {
                var (calendar, item) = events[i];
                var check = checks[i];
                if (check.SkipReason is { } reason)
                {
                    skipped.Add(new SkippedHolidayEvent(check.Lines.Begin.Number, item.Summary, reason));
                    calendar.Events.Remove(item);
                    continue;
                }

                longest = Math.Max(longest, check.SpanDays);
                if (check.Lines.First("RRULE") is not null)
                {
                    try
                    {
                        _ = item.GetOccurrences(null, Evaluation).Take(2).Count();
                    }
                    catch (EvaluationException error)
                    {
                        problems.Add(new ICalendarProblem(check.Lines.First("RRULE") ?? check.Lines.Begin, "the rule cannot be expanded: " + error.Message));
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new InvalidICalendarException(document, problems, null);
            }

            return new Expansion(document, calendars, longest, skipped);
        }

        /// <summary>Gets the closed days of <paramref name="year"/> by day of the year, or <see langword="null"/> outside years 1 to 9998.</summary>
        public bool[]? Year(int year)
        {
            if (year < 1 || year > 9998)
            {
                return null;
            }

            if (Volatile.Read(ref _years).TryGetValue(year, out var known))
            {
                return known;
            }

            lock (_gate)
            {
                if (_years.TryGetValue(year, out known))
                {
                    return known;
                }

                var closed = Expand(year);
                Volatile.Write(ref _years, new Dictionary<int, bool[]>(_years) { [year] = closed });
                return closed;
            }
        }

        private bool[] Expand(int year)
        {
            var first = new LocalDate(year, 1, 1);
            var next = first.PlusYears(1);
            var closed = new bool[NodaTime.Period.Between(first, next, PeriodUnits.Days).Days];
            var from = first.PlusDays(-_longestSpanDays);
            foreach (var calendar in _calendars)
            {
                try
                {
                    foreach (var occurrence in calendar.GetOccurrences<CalendarEvent>(new CalDateTime(from.Year, from.Month, from.Day), Evaluation))
                    {
                        var start = DateOf(occurrence.Period.StartTime);
                        if (start >= next)
                        {
                            break;
                        }

                        var end = occurrence.Period.EffectiveEndTime is { } e ? DateOf(e) : start.PlusDays(1);
                        end = end > start ? end : start.PlusDays(1);
                        for (var day = start < first ? first : start; day < end && day < next; day = day.PlusDays(1))
                        {
                            closed[day.DayOfYear - 1] = true;
                        }
                    }
                }
                catch (EvaluationException error)
                {
                    throw new InvalidICalendarException(Document, [new ICalendarProblem(1, string.Empty, $"the recurring events cannot be expanded for {year.ToString(CultureInfo.InvariantCulture)}: {error.Message}")], error);
                }
            }

            return closed;
        }

        private static LocalDate DateOf(CalDateTime value) => new(value.Year, value.Month, value.Day);
    }

    /// <summary>What reading one event's lines found: whether it closes the office, and for how many days at most.</summary>
    private sealed class EventCheck
    {
        private EventCheck(EventLines lines) => Lines = lines;

        public EventLines Lines { get; }

        public string? SkipReason { get; private set; }

        public int SpanDays { get; private set; } = 1;

        public static EventCheck Of(EventLines lines, List<ICalendarProblem> problems)
        {
            var check = new EventCheck(lines);
            var start = lines.First("DTSTART");
            if (start is null)
            {
                problems.Add(new ICalendarProblem(lines.Begin, "the event has no DTSTART"));
                return check;
            }

            var startValue = DateTimeValue(start, start.Value, problems);
            foreach (var rule in lines.All("RRULE"))
            {
                CheckRule(rule, problems);
            }

            var allDay = startValue is { HasTime: false };
            foreach (var dates in lines.All("EXDATE").Concat(lines.All("RDATE")))
            {
                foreach (var value in dates.Value.Split(','))
                {
                    if (!allDay && value.Contains('/'))
                    {
                        continue;
                    }

                    if (DateTimeValue(dates, value, problems) is { } parsed && startValue is not null && parsed.HasTime != startValue.HasTime)
                    {
                        problems.Add(new ICalendarProblem(dates, $"{value} is a {(parsed.HasTime ? "DATE-TIME" : "DATE")} but the event's DTSTART is a {(startValue.HasTime ? "DATE-TIME" : "DATE")}; write both the same way"));
                    }
                }
            }

            var end = lines.First("DTEND");
            var duration = lines.First("DURATION");
            if (end is not null && duration is not null)
            {
                problems.Add(new ICalendarProblem(duration, "an event has DTEND or DURATION, not both"));
            }

            if (startValue is null)
            {
                return check;
            }

            if (end is not null && DateTimeValue(end, end.Value, problems) is { } endValue)
            {
                if (endValue.HasTime != startValue.HasTime)
                {
                    problems.Add(new ICalendarProblem(end, "DTEND must be a DATE-TIME when DTSTART is one, and a DATE when DTSTART is one"));
                }
                else if (!allDay && endValue.TzId == startValue.TzId && endValue.Value < startValue.Value)
                {
                    problems.Add(new ICalendarProblem(end, "DTEND is before DTSTART"));
                }
                else if (allDay)
                {
                    check.SpanDays = Span(check, end, NodaTime.Period.Between(DateOf(startValue), DateOf(endValue), PeriodUnits.Days).Days, problems);
                }
            }

            if (duration is not null)
            {
                if (Ical.Net.DataTypes.Duration.Parse(duration.Value) is not { } length || length.Sign < 0)
                {
                    problems.Add(new ICalendarProblem(duration, "not a non-negative iCalendar DURATION such as P1D or PT2H"));
                }
                else if (allDay && length.HasTime)
                {
                    problems.Add(new ICalendarProblem(duration, "an all-day event lasts whole days or weeks, such as P1D or P2W"));
                }
                else if (allDay)
                {
                    check.SpanDays = Span(check, duration, ((length.Weeks ?? 0) * 7) + (length.Days ?? 0), problems);
                }
            }

            var status = lines.First("STATUS");
            check.SkipReason = status is not null && status.Value.Trim().Equals("CANCELLED", StringComparison.OrdinalIgnoreCase)
                ? "cancelled (STATUS:CANCELLED)"
                : allDay ? null : "a timed event: only all-day events close the office";
            return check;
        }

        private static int Span(EventCheck check, ContentLine line, int days, List<ICalendarProblem> problems)
        {
            if (days < 1)
            {
                problems.Add(new ICalendarProblem(line, "an all-day event must end at least one day after it starts (the end date is not included)"));
                return check.SpanDays;
            }

            return days;
        }

        private static LocalDate DateOf(CalDateTime value) => new(value.Year, value.Month, value.Day);

        private static CalDateTime? DateTimeValue(ContentLine line, string value, List<ICalendarProblem> problems)
        {
            try
            {
                return new CalDateTime(value.Trim(), null);
            }
            catch (Exception error) when (error is InvalidOperationException or ArgumentException or FormatException)
            {
                problems.Add(new ICalendarProblem(line, $"{value} is not an iCalendar DATE (yyyyMMdd) or DATE-TIME (yyyyMMddTHHmmss, with Z for UTC)"));
                return null;
            }
        }

        private static void CheckRule(ContentLine line, List<ICalendarProblem> problems)
        {
            try
            {
                var rule = new RecurrencePattern(line.Value);
                if (line.Value.Contains("UNTIL=", StringComparison.OrdinalIgnoreCase) && rule.Until is null)
                {
                    problems.Add(new ICalendarProblem(line, "UNTIL is not an iCalendar DATE or DATE-TIME"));
                }
            }
            catch (Exception error) when (error is ArgumentException or FormatException or InvalidOperationException)
            {
                problems.Add(new ICalendarProblem(line, "not a recurrence rule Ical.Net can read: " + error.Message));
            }
        }
    }
}

/// <summary>An event of a holiday feed that does not close the office.</summary>
/// <param name="Line">The line of its BEGIN:VEVENT, from 1.</param>
/// <param name="Summary">Its SUMMARY, if it has one.</param>
/// <param name="Reason">Why it does not close the office.</param>
public sealed record SkippedHolidayEvent(int Line, string? Summary, string Reason)
{
    /// <summary>Formats the event as one line.</summary>
    /// <returns>For example <c>line 12 (Early close): a timed event: only all-day events close the office</c>.</returns>
    public override string ToString() =>
        "line " + Line.ToString(CultureInfo.InvariantCulture) + (Summary is null ? string.Empty : " (" + Summary + ")") + ": " + Reason;
}
