namespace FollowUpRules.Calendar;

/// <summary>
/// Thrown when an iCalendar document cannot be read as a holiday calendar: it names the document and
/// the line of every problem found, for example
/// <c>line 12 = DTSTART;VALUE=DATE:2026-12-25: not an iCalendar DATE (yyyyMMdd) or DATE-TIME (yyyyMMddTHHmmss)</c>.
/// Like every input error of the library it is a <see cref="FollowUpInputException"/>.
/// </summary>
/// <remarks>
/// Each of <see cref="FollowUpInputException.Problems"/> has the path <c>line N</c> (the physical
/// line, from 1, on which the content line starts, folded continuation lines included in it), the
/// content line as its value, and what is wrong.
/// </remarks>
public sealed class InvalidICalendarException : FollowUpInputException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidICalendarException"/> class for one problem.</summary>
    /// <param name="document">The document's name, such as its file path.</param>
    /// <param name="line">The line of the problem, from 1.</param>
    /// <param name="content">The content line at fault, or empty.</param>
    /// <param name="problem">What is wrong.</param>
    public InvalidICalendarException(string document, int line, string content, string problem)
        : this(document, [new ICalendarProblem(line, content, problem)], null)
    {
    }

    internal InvalidICalendarException(string document, IReadOnlyList<ICalendarProblem> problems, Exception? innerException)
        : base(
            "The iCalendar document " + document + " cannot be read",
            problems.OrderBy(p => p.Line).Select(p => new ValidationProblem("line " + p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), Shorten(p.Content), p.Message)),
            innerException)
    {
        Document = document;
        Line = problems.Min(p => p.Line);
    }

    /// <summary>Gets the document's name, as given to the reader (a file path, or the name given with a stream).</summary>
    public string Document { get; }

    /// <summary>Gets the line of the first problem, from 1.</summary>
    public int Line { get; }

    private static string Shorten(string content) => content.Length <= 80 ? content : string.Concat(content.AsSpan(0, 77), "...");
}
