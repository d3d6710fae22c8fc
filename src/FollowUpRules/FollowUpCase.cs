using FollowUpRules.Engine;


namespace FollowUpRules;

/// <summary>
/// Everything the engine knows about one candidate's follow-up: the interview, the employer's office,
/// the candidate, what was said at the interview and every contact attempt so far.
/// </summary>
/// <remarks>
/// Immutable, with value equality (collections compare by content). A policy validates a case when it
/// decides and reports every problem at once in an <see cref="InvalidCaseException"/>.
/// </remarks>
public sealed record FollowUpCase
{
    private readonly IReadOnlyList<ContactAttempt> _attempts = ValueList<ContactAttempt>.Empty;

    /// <summary>Gets the interview being followed up.</summary>
    public required Interview Interview { get; init; }

    /// <summary>Gets the employer's office whose time zone and hours calls follow.</summary>
    public required EmployerOffice Office { get; init; }

    /// <summary>Gets the candidate.</summary>
    public required Candidate Candidate { get; init; }

    /// <summary>Gets what was said at the interview.</summary>
    /// <value>The default value is <see cref="InterviewNotes.None"/>.</value>
    public InterviewNotes Notes { get; init; } = InterviewNotes.None;

    /// <summary>Gets the contact attempts so far, in any order.</summary>
    /// <value>The default value is an empty list.</value>
    public IReadOnlyList<ContactAttempt> Attempts
    {
        get => _attempts;
        init => _attempts = ValueList<ContactAttempt>.CopyOf(value);
    }

    /// <summary>Gets the backing array of attempts for the engine.</summary>
    internal ContactAttempt[] AttemptArray => ((ValueList<ContactAttempt>)_attempts).Items;

    /// <summary>Returns a copy of this case with <paramref name="attempt"/> added to its history.</summary>
    /// <param name="attempt">The attempt to record.</param>
    /// <returns>A new case; this one is unchanged.</returns>
    public FollowUpCase WithAttempt(ContactAttempt attempt)
    {
        Guard.NotNull(attempt);
        var current = AttemptArray;
        var next = new ContactAttempt[current.Length + 1];
        Array.Copy(current, next, current.Length);
        next[current.Length] = attempt;
        return this with { Attempts = ValueList<ContactAttempt>.Adopt(next) };
    }
}
