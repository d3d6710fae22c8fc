namespace FollowUpRules.Cli;

/// <summary>
/// Bad input to the tool: where it is (a file, standard input, or an option such as <c>--now</c>)
/// and every problem, each with its JSON path where there is one. Reported on stderr (as JSON under
/// <c>--json</c>) with exit code 2.
/// </summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string source, string message)
        : this(source, null, [new ValidationProblem(string.Empty, string.Empty, message)])
    {
    }

    public CliInputException(string source, string? heading, IReadOnlyList<ValidationProblem> problems)
        : base(Render(source, heading, problems))
    {
        Source = source;
        Heading = heading;
        Problems = problems;
    }

    public CliInputException()
        : this("followup", "bad input")
    {
    }

    public CliInputException(string message)
        : this("followup", message)
    {
    }

    public CliInputException(string message, Exception inner)
        : base(message, inner)
    {
        Source = "followup";
        Problems = [new ValidationProblem(string.Empty, string.Empty, message)];
    }

    /// <summary>Gets the file (or <c>stdin</c>) or option the problems are in.</summary>
    public new string Source { get; }

    /// <summary>Gets what was being read when there are several problems, such as "the case is invalid".</summary>
    public string? Heading { get; }

    /// <summary>Gets the problems; a path is empty when the problem is the whole input (a missing file, an option's value).</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>The path as the JSON documents name it, always from <c>$</c>; a line of a text file (an iCalendar feed) stays <c>line N</c>.</summary>
    public static string JsonPath(string path) => path.Length == 0 || path.StartsWith('$') || path.StartsWith("line ", StringComparison.Ordinal) ? path : "$." + path;

    /// <summary>One problem on one line: <c>case.json: $.attempts[0].at = 2026-03-05T15:30:00Z: is after now (...)</c>.</summary>
    public static string Line(ValidationProblem problem) =>
        (problem.Path.Length == 0 ? string.Empty : JsonPath(problem.Path) + (problem.Value.Length == 0 ? string.Empty : " = " + problem.Value) + ": ") + problem.Message;

    private static string Render(string source, string? heading, IReadOnlyList<ValidationProblem> problems) =>
        problems.Count == 1
            ? source + ": " + Line(problems[0])
            : source + ": " + (heading ?? "invalid input") + " (" + problems.Count + " problems):" + string.Concat(problems.Select(p => "\n- " + Line(p)));
}
