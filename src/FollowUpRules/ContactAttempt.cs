using NodaTime;

namespace FollowUpRules;

/// <summary>
/// One thing the candidate did to follow up, and what came of it: a call, an email, a note or a
/// LinkedIn message, who answered, whether a voicemail was left and what was learned.
/// </summary>
/// <remarks>
/// Attempts may be given in any order; the engine orders them by <see cref="At"/> (ties broken by
/// content), so the same attempts always give the same decision. Dates and times the employer gave
/// are office-local.
/// </remarks>
public sealed record ContactAttempt
{
    /// <summary>Gets the instant of the attempt: no earlier than the interview and no later than the decision's "now".</summary>
    public required Instant At { get; init; }

    /// <summary>Gets how the attempt was made. Required: there is no default channel, and <see cref="ContactChannel.Unspecified"/> is rejected by validation.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>
    /// Gets what the attempt was for, when the host knows: the thank-you, a follow-up, the agency
    /// update or a call back the employer asked for. Left <see langword="null"/>, it is inferred from
    /// the attempt's channel and timing (see <see cref="Strategies.FollowUpHistory"/>); a host that
    /// records each proposed action as done records the action's purpose here.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (inferred).</value>
    public AttemptPurpose? Purpose { get; init; }

    /// <summary>Gets who answered (for a written message: who replied, or <see cref="Responder.Nobody"/>).</summary>
    /// <value>The default value is <see cref="Responder.Nobody"/> (no one answered or replied); <see cref="Responder.Unspecified"/> is rejected by validation.</value>
    public Responder AnsweredBy { get; init; } = Responder.Nobody;

    /// <summary>
    /// Gets a value indicating whether the attempt went to the candidate's agency representative
    /// rather than the employer (RCR-03, EML-04). An attempt answered by <see cref="Responder.Agency"/>
    /// always counts as one.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ViaAgency { get; init; }

    /// <summary>
    /// Gets what the receptionist did, when one answered (<see cref="Responder.Receptionist"/>) and
    /// stood between the candidate and the interviewer: offered to take a message, or would not put
    /// the call through (ETQ-11, CBR-02). The next call answers it as the profile says.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (no receptionist stood in the way, or not recorded).</value>
    public GatekeeperResponse? Gatekeeper { get; init; }

    /// <summary>Gets a value indicating whether the candidate left a voicemail; only with <see cref="Responder.Voicemail"/>.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool VoicemailLeft { get; init; }

    /// <summary>Gets what the attempt revealed about the candidacy, if anything.</summary>
    /// <value>The default value is <see langword="null"/> (nothing learned).</value>
    public CandidateStatus? Status { get; init; }

    /// <summary>Gets the office-local date by which the employer now expects to decide.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public LocalDate? DecisionExpectedBy { get; init; }

    /// <summary>Gets the office-local date on or after which the employer asked to be called back (RCR-17).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public LocalDate? CallBackOnOrAfter { get; init; }

    /// <summary>Gets the office-local date and time a receptionist said the interviewer would be free for a call (PHN-04, CBR-02).</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public LocalDateTime? InterviewerAvailableAt { get; init; }

    /// <summary>Gets a value indicating whether the employer agreed that the candidate may call back in a week (CBR-06).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool CallBackInAWeekAgreed { get; init; }

    /// <summary>Gets a value indicating whether the attempt reached someone who was at the interview.</summary>
    public bool ReachedInterviewer => AnsweredBy is Responder.Interviewer or Responder.OtherInterviewer;

    /// <summary>Gets a value indicating whether the employer gave the candidate a time to call back.</summary>
    public bool GaveCallBackTime => CallBackOnOrAfter.HasValue || InterviewerAvailableAt.HasValue || CallBackInAWeekAgreed;

    /// <summary>Gets a value indicating whether the attempt taught the candidate anything (status, a date or a time).</summary>
    public bool LearnedSomething => Status.HasValue || DecisionExpectedBy.HasValue || GaveCallBackTime;
}
