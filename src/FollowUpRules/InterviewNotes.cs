using NodaTime;

namespace FollowUpRules;

/// <summary>What was said at the interview that bears on the follow-up (ETQ-02).</summary>
public sealed record InterviewNotes
{
    /// <summary>Gets notes that record nothing.</summary>
    public static InterviewNotes None { get; } = new();

    /// <summary>Gets the office-local date by which the employer said it expects to decide.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public LocalDate? DecisionExpectedBy { get; init; }

    /// <summary>Gets the office-local date on which the interviewer asked to be called back (ETQ-10, RCR-02).</summary>
    /// <value>The default value is <see langword="null"/>. Give this or <see cref="CallBackWithinDays"/>, not both.</value>
    public LocalDate? CallBackOn { get; init; }

    /// <summary>
    /// Gets the number of days within which the interviewer asked to be called back (ETQ-10), read
    /// strictly: calendar days from the interview, in the office's time zone, whatever the profile's
    /// day counting. The call is planned early in the period, from the office's next open day; when no
    /// window is left inside it, the earliest after it, saying so (docs/time.md).
    /// </summary>
    /// <value>The default value is <see langword="null"/>; when given, 1 to 365.</value>
    public int? CallBackWithinDays { get; init; }

    /// <summary>Gets a topic from the discussion the candidate valued and will mention (RCR-18).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? TopicToMention { get; init; }

    /// <summary>Gets what the candidate learned about the selection process (ETQ-02).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? SelectionProcess { get; init; }

    /// <summary>Gets how many more candidates the employer expected to interview (ETQ-02).</summary>
    /// <value>The default value is <see langword="null"/>; when given, zero or more.</value>
    public int? CandidatesRemaining { get; init; }
}
