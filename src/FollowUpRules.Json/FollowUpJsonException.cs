namespace FollowUpRules.Json;

/// <summary>
/// Thrown when a JSON document cannot be read. It lists every problem found in a document that
/// parses (unknown, missing, duplicate and mistyped fields, values that do not parse), each with its
/// JSON path and what is wrong, for example
/// <c>$.attempts[2].at: "2026-13-01" is not an instant; write one such as 2026-03-05T10:00:00Z</c>.
/// A document that is not JSON at all has one problem, at the path where parsing stopped.
/// This is the only exception the readers throw for bad input; like every input error of the
/// library it is a <see cref="FollowUpInputException"/>.
/// </summary>
public sealed class FollowUpJsonException : FollowUpInputException
{
    private const string Title = "The JSON document cannot be read";

    /// <summary>Initializes a new instance of the <see cref="FollowUpJsonException"/> class with one problem.</summary>
    /// <param name="path">The JSON path of the problem, such as <c>$.attempts[2].at</c>.</param>
    /// <param name="problem">What is wrong and, where it helps, what is allowed.</param>
    public FollowUpJsonException(string path, string problem)
        : this([new ValidationProblem(path, string.Empty, problem)])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FollowUpJsonException"/> class with every problem found.</summary>
    /// <param name="problems">The problems, each with its JSON path; at least one.</param>
    public FollowUpJsonException(IEnumerable<ValidationProblem> problems)
        : base(Title, problems)
    {
        Path = Problems[0].Path;
        Problem = Problems[0].Message;
    }

    /// <summary>Gets the JSON path of the first problem.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong at <see cref="Path"/>, without the path.</summary>
    public string Problem { get; }

    /// <summary>
    /// Gets the path and the problem when there is one, for example
    /// <c>$.interview.role: missing; it is required</c>; otherwise a heading and one line per problem.
    /// </summary>
    public override string Message => Problems.Count == 1 ? Path + ": " + Problem : base.Message;
}
