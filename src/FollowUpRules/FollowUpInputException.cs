using System.Text;
using FollowUpRules.Engine;

namespace FollowUpRules;

/// <summary>
/// The base of every exception this library and its packages throw for bad input: an invalid case,
/// profile or simulation script, or a JSON document that cannot be read. Catch this one type to
/// handle "the input was wrong"; every other exception is a bug or a misuse of the API.
/// </summary>
/// <remarks>
/// <see cref="Problems"/> lists every problem found, each with its path (in the JSON field names, such
/// as <c>attempts[2].at</c>), the offending value and what is allowed. The message is a heading
/// followed by one line per problem.
/// </remarks>
public abstract class FollowUpInputException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FollowUpInputException"/> class.</summary>
    /// <param name="heading">What was being read, such as <c>The case is invalid</c>.</param>
    /// <param name="problems">Every problem found; at least one.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    /// <exception cref="ArgumentException">No problem is given.</exception>
    protected FollowUpInputException(string heading, IEnumerable<ValidationProblem> problems, Exception? innerException = null)
        : this(heading, ValueList<ValidationProblem>.CopyOf(Guard.NotNull(problems)), innerException)
    {
    }

    private FollowUpInputException(string heading, ValueList<ValidationProblem> problems, Exception? innerException)
        : base(Compose(heading, problems), innerException)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("An input exception needs at least one problem.", nameof(problems));
        }

        Heading = heading;
        Problems = problems;
    }

    /// <summary>Gets what was being read, without the problems.</summary>
    public string Heading { get; }

    /// <summary>Gets every problem found, in the order found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string Compose(string heading, ValueList<ValidationProblem> problems)
    {
        var text = new StringBuilder(heading)
            .Append(" (").Append(problems.Count).Append(problems.Count == 1 ? " problem):" : " problems):");
        foreach (var problem in problems)
        {
            text.Append('\n').Append("- ").Append(problem);
        }

        return text.ToString();
    }
}
