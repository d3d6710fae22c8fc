namespace FollowUpRules;

/// <summary>The job candidate who follows up.</summary>
public sealed record Candidate
{
    /// <summary>Gets the candidate's name, as they introduce themselves.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the number the candidate gives for a call back (RCR-18).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Phone { get; init; }

    /// <summary>Gets the candidate's email address, used to sign written messages.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Email { get; init; }

    /// <summary>
    /// Gets the candidate's own tzdb time zone id, when it differs from the office's; hosts use it to
    /// show call windows in the candidate's time as well. Decisions never depend on it.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? TimeZoneId { get; init; }

    /// <summary>Gets the agency representative, when the candidate came through an agency (RCR-03, EML-04).</summary>
    /// <value>The default value is <see langword="null"/> (applied directly).</value>
    public AgencyContact? Agency { get; init; }

    /// <summary>
    /// Gets the name of the person at the employer with whom the candidate has already talked about
    /// this work on LinkedIn, if any. Only then is a LinkedIn message an acceptable channel (RCR-20).
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no such conversation).</value>
    public string? LinkedInContact { get; init; }

    /// <summary>
    /// Gets a value indicating whether the candidate would rather write than phone; profiles that
    /// allow it offer an email or a handwritten note instead of a call (RCR-19).
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool PrefersWrittenContact { get; init; }
}
