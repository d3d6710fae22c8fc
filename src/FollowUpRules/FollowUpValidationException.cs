namespace FollowUpRules;

/// <summary>
/// Thrown when a case or profile is invalid: one exception that lists every problem, each with its
/// path, its value and what is allowed.
/// </summary>
public abstract class FollowUpValidationException : FollowUpInputException
{
    private protected FollowUpValidationException(string heading, IEnumerable<ValidationProblem> problems)
        : base(heading, problems)
    {
    }
}

/// <summary>Thrown when a profile's settings are invalid or contradict each other; lists every bad setting.</summary>
public sealed class InvalidProfileException : FollowUpValidationException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidProfileException"/> class.</summary>
    /// <param name="profileName">The profile's name.</param>
    /// <param name="problems">Every problem found.</param>
    public InvalidProfileException(string profileName, IEnumerable<ValidationProblem> problems)
        : base($"Profile '{profileName}' is invalid", problems) => ProfileName = profileName;

    /// <summary>Gets the profile's name.</summary>
    public string ProfileName { get; }
}

/// <summary>Thrown when a case is invalid; lists every problem with its path.</summary>
public sealed class InvalidCaseException : FollowUpValidationException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidCaseException"/> class.</summary>
    /// <param name="problems">Every problem found.</param>
    public InvalidCaseException(IEnumerable<ValidationProblem> problems)
        : base("The case is invalid", problems)
    {
    }
}
