namespace FollowUpRules.Testing;

/// <summary>
/// Thrown when an expectation on a <see cref="NextAction"/> or a <see cref="ScenarioTranscript"/>
/// does not hold. Every test framework reports it as a failure with its message, which says what
/// was expected, what was found, and (for a transcript) the whole timeline.
/// </summary>
public sealed class FollowUpExpectationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="FollowUpExpectationException"/> class.</summary>
    public FollowUpExpectationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FollowUpExpectationException"/> class.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public FollowUpExpectationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FollowUpExpectationException"/> class.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The cause.</param>
    public FollowUpExpectationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
