namespace FollowUpRules.Json;

/// <summary>
/// Thrown when a JSON document cannot be read: it names the JSON path of the problem and says what
/// is wrong, for example <c>$.attempts[2].at: "2026-13-01" is not an instant; write one in UTC such as 2026-03-05T10:00:00Z</c>.
/// This is the only exception the readers throw for bad input; like every input error of the
/// library it is a <see cref="FollowUpInputException"/>.
/// </summary>
public sealed class FollowUpJsonException : FollowUpInputException
{
    /// <summary>Initializes a new instance of the <see cref="FollowUpJsonException"/> class.</summary>
    /// <param name="path">The JSON path of the problem, such as <c>$.attempts[2].at</c>.</param>
    /// <param name="problem">What is wrong and, where it helps, what is allowed.</param>
    public FollowUpJsonException(string path, string problem)
        : base("The JSON document cannot be read", [new ValidationProblem(path, string.Empty, problem)])
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>Gets the JSON path of the problem.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong, without the path.</summary>
    public string Problem { get; }

    /// <summary>Gets the path and the problem, for example <c>$.interview.role: missing; every interview needs one</c>.</summary>
    public override string Message => Path + ": " + Problem;
}
