namespace FollowUpRules.Calendar;

/// <summary>
/// A line-numbered index of an iCalendar document: its unfolded content lines and, for each event,
/// where its properties are. Ical.Net reads the document; this index only says which line a problem
/// is on (Ical.Net keeps no line numbers) and catches the structural faults Ical.Net would report
/// without one (a line that is not NAME:value, a component never closed or closed by the wrong END).
/// </summary>
internal sealed class ContentLines
{
    private ContentLines(List<ContentLine> lines, List<EventLines> events, List<ICalendarProblem> problems)
    {
        Lines = lines;
        Events = events;
        Problems = problems;
    }

    /// <summary>Gets every content line, unfolded, in order.</summary>
    public IReadOnlyList<ContentLine> Lines { get; }

    /// <summary>Gets the events (VEVENT components directly inside a VCALENDAR), in document order.</summary>
    public IReadOnlyList<EventLines> Events { get; }

    /// <summary>Gets the structural problems found.</summary>
    public IReadOnlyList<ICalendarProblem> Problems { get; }

    /// <summary>Indexes <paramref name="text"/>.</summary>
    public static ContentLines Scan(string text)
    {
        var problems = new List<ICalendarProblem>();
        var lines = Unfold(text, problems);
        var events = new List<EventLines>();
        var open = new Stack<ContentLine>();
        EventLines? current = null;
        foreach (var line in lines)
        {
            if (line.Is("BEGIN"))
            {
                var component = line.Value.ToUpperInvariant();
                if (open.Count == 0 && component != "VCALENDAR")
                {
                    problems.Add(new ICalendarProblem(line, "the document must start with BEGIN:VCALENDAR"));
                }

                if (open.Count == 1 && component == "VEVENT" && open.Peek().Value.Equals("VCALENDAR", StringComparison.OrdinalIgnoreCase))
                {
                    current = new EventLines(line);
                    events.Add(current);
                }

                open.Push(line);
                continue;
            }

            if (line.Is("END"))
            {
                if (open.Count == 0)
                {
                    problems.Add(new ICalendarProblem(line, "END without a matching BEGIN"));
                    continue;
                }

                var begun = open.Pop();
                if (!begun.Value.Equals(line.Value, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(new ICalendarProblem(line, $"expected END:{begun.Value} to close BEGIN:{begun.Value} on line {begun.Number}"));
                    return new ContentLines(lines, events, problems);
                }

                current = open.Count == 1 ? null : current;
                continue;
            }

            if (open.Count == 0)
            {
                problems.Add(new ICalendarProblem(line, "content outside BEGIN:VCALENDAR ... END:VCALENDAR"));
            }
            else if (current is not null && open.Count == 2)
            {
                current.Add(line);
            }
        }

        foreach (var unclosed in open)
        {
            problems.Add(new ICalendarProblem(unclosed, $"BEGIN:{unclosed.Value} is never closed by END:{unclosed.Value}"));
        }

        if (lines.Count == 0)
        {
            problems.Add(new ICalendarProblem(1, string.Empty, "the document is empty; an iCalendar document starts with BEGIN:VCALENDAR"));
        }

        return new ContentLines(lines, events, problems);
    }

    private static List<ContentLine> Unfold(string text, List<ICalendarProblem> problems)
    {
        var lines = new List<ContentLine>();
        var physical = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var start = 0;
        System.Text.StringBuilder? folded = null;
        for (var i = 0; i < physical.Length; i++)
        {
            var raw = physical[i];
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t'))
            {
                if (folded is null)
                {
                    problems.Add(new ICalendarProblem(i + 1, raw, "a folded continuation line with no line before it to continue"));
                    continue;
                }

                folded.Append(raw, 1, raw.Length - 1);
                continue;
            }

            Flush();
            if (raw.Trim().Length > 0)
            {
                folded = new System.Text.StringBuilder(raw);
                start = i + 1;
            }
        }

        Flush();
        return lines;

        void Flush()
        {
            if (folded is null)
            {
                return;
            }

            var content = folded.ToString();
            folded = null;
            if (ContentLine.TryParse(start, content, out var line))
            {
                lines.Add(line);
            }
            else
            {
                problems.Add(new ICalendarProblem(start, content, "not an iCalendar content line; expected NAME:value or NAME;PARAM=value:value"));
            }
        }
    }
}

/// <summary>One unfolded content line: NAME;PARAMS:VALUE and the physical line it starts on.</summary>
internal sealed record ContentLine(int Number, string Text, string Name, string Parameters, string Value)
{
    /// <summary>Splits <paramref name="text"/> into name, parameters and value; a colon inside a quoted parameter value does not end the parameters.</summary>
    public static bool TryParse(int number, string text, out ContentLine line)
    {
        line = null!;
        var nameEnd = 0;
        while (nameEnd < text.Length && (char.IsLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
        {
            nameEnd++;
        }

        if (nameEnd == 0 || nameEnd == text.Length || (text[nameEnd] != ':' && text[nameEnd] != ';'))
        {
            return false;
        }

        var quoted = false;
        for (var i = nameEnd; i < text.Length; i++)
        {
            quoted ^= text[i] == '"';
            if (text[i] == ':' && !quoted)
            {
                line = new ContentLine(number, text, text.Substring(0, nameEnd).ToUpperInvariant(), text.Substring(nameEnd, i - nameEnd), text.Substring(i + 1));
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether the line's name is <paramref name="name"/>.</summary>
    public bool Is(string name) => Name == name;

    /// <summary>Gets a parameter's value (unquoted), or <see langword="null"/>.</summary>
    public string? Parameter(string name)
    {
        foreach (var part in Parameters.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && part.Substring(0, equals).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return part.Substring(equals + 1).Trim('"');
            }
        }

        return null;
    }
}

/// <summary>Where one event's properties are: its BEGIN line and each property line (alarms and other nested components left out).</summary>
internal sealed class EventLines(ContentLine begin)
{
    private readonly List<ContentLine> _properties = [];

    /// <summary>Gets the BEGIN:VEVENT line.</summary>
    public ContentLine Begin { get; } = begin;

    /// <summary>Gets the event's own property lines, in order.</summary>
    public IReadOnlyList<ContentLine> Properties => _properties;

    /// <summary>Gets the first property line named <paramref name="name"/>, or <see langword="null"/>.</summary>
    public ContentLine? First(string name) => _properties.Find(p => p.Is(name));

    /// <summary>Gets every property line named <paramref name="name"/>.</summary>
    public IEnumerable<ContentLine> All(string name) => _properties.Where(p => p.Is(name));

    /// <summary>Adds a property line.</summary>
    public void Add(ContentLine line) => _properties.Add(line);
}

/// <summary>A problem on one line of an iCalendar document.</summary>
/// <param name="Line">The physical line number, from 1.</param>
/// <param name="Content">The (unfolded) content line, or empty.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record ICalendarProblem(int Line, string Content, string Message)
{
    public ICalendarProblem(ContentLine line, string message)
        : this(line.Number, line.Text, message)
    {
    }
}
