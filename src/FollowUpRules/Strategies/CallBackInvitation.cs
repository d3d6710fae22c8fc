using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>How the employer asked for a call back.</summary>
public enum InvitationKind
{
    /// <summary>At the interview: call back within a number of days (ETQ-10).</summary>
    CallBackWithinDays = 0,

    /// <summary>At the interview: call back on a date (ETQ-10, RCR-02).</summary>
    CallBackOn = 1,

    /// <summary>On a later contact: call back on or after a date (RCR-17).</summary>
    CallBackOnOrAfter = 2,

    /// <summary>A receptionist named a time the interviewer will be free (PHN-04, CBR-02).</summary>
    InterviewerAvailableAt = 3,

    /// <summary>The employer agreed to a call back in a week (CBR-06).</summary>
    CallBackInAWeek = 4,
}

/// <summary>
/// A call the employer asked for that the candidate has not yet made. Such a call overrides the
/// profile's timing and does not count towards its call limits (ETQ-10, RCR-17).
/// </summary>
public readonly struct CallBackInvitation
{
    internal CallBackInvitation(InvitationKind kind, Instant givenAt, Instant usableFrom, LocalDate? date, LocalDateTime? time, int? withinDays, Instant? periodEnd = null)
    {
        PeriodEnd = periodEnd;
        Kind = kind;
        GivenAt = givenAt;
        UsableFrom = usableFrom;
        Date = date;
        Time = time;
        WithinDays = withinDays;
    }

    /// <summary>Gets how the call back was asked for.</summary>
    public InvitationKind Kind { get; }

    /// <summary>Gets when it was asked for (the interview, or the attempt that brought it).</summary>
    public Instant GivenAt { get; }

    /// <summary>Gets the first instant a call answers it: a call from then on uses it up.</summary>
    public Instant UsableFrom { get; }

    /// <summary>Gets the office-local date named, if any.</summary>
    public LocalDate? Date { get; }

    /// <summary>Gets the office-local time named, for <see cref="InvitationKind.InterviewerAvailableAt"/>.</summary>
    public LocalDateTime? Time { get; }

    /// <summary>Gets the number of days named, for <see cref="InvitationKind.CallBackWithinDays"/>.</summary>
    public int? WithinDays { get; }

    /// <summary>
    /// Gets when the period of a <see cref="InvitationKind.CallBackWithinDays"/> ends, read strictly:
    /// <see cref="WithinDays"/> calendar days after <see cref="GivenAt"/>, at the same office wall-clock
    /// time (docs/time.md); a call window inside the period starts before it. <see cref="Date"/> is its
    /// office-local date. <see langword="null"/> for the other kinds.
    /// </summary>
    public Instant? PeriodEnd { get; }
}
