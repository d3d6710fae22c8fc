using NodaTime;

namespace FollowUpRules.Simulation;

/// <summary>
/// What the world answers to one action in a simulation: who picked up and what they said. It
/// becomes the <see cref="ContactAttempt"/> recorded for the action.
/// </summary>
public sealed record SimulatedResponse
{
    /// <summary>
    /// Gets the default answer: nobody picks up in person. A call reaches voicemail (and a message is
    /// left if the call's plan says so); a written message gets no reply.
    /// </summary>
    public static SimulatedResponse NoAnswer { get; } = new();

    /// <summary>Gets who answered; <see langword="null"/> for the default (voicemail for a call, nobody for a message).</summary>
    public Responder? AnsweredBy { get; init; }

    /// <summary>Gets whether a voicemail was left; <see langword="null"/> to follow the call's <see cref="NextAction.Call.IfVoicemail"/> plan.</summary>
    public bool? VoicemailLeft { get; init; }

    /// <summary>Gets what the receptionist did (<see cref="ContactAttempt.Gatekeeper"/>); only with <see cref="Responder.Receptionist"/>.</summary>
    public GatekeeperResponse? Gatekeeper { get; init; }

    /// <summary>Gets what was learned about the candidacy.</summary>
    public CandidateStatus? Status { get; init; }

    /// <summary>Gets the date by which the employer now expects to decide.</summary>
    public LocalDate? DecisionExpectedBy { get; init; }

    /// <summary>Gets the date on or after which the employer asked to be called back.</summary>
    public LocalDate? CallBackOnOrAfter { get; init; }

    /// <summary>Gets the office-local time at which the interviewer will be free, as a receptionist said.</summary>
    public LocalDateTime? InterviewerAvailableAt { get; init; }

    /// <summary>Gets a value indicating whether the employer agreed to a call back in a week.</summary>
    public bool CallBackInAWeekAgreed { get; init; }
}

/// <summary>The moment a simulated action happens, given to the responder so it can script the answer.</summary>
/// <param name="Step">The step number, from 1.</param>
/// <param name="At">The instant the action happens.</param>
/// <param name="Action">The action.</param>
public sealed record SimulationMoment(int Step, Instant At, NextAction Action);

/// <summary>One step of a simulated follow-up.</summary>
/// <param name="Step">The step number, from 1.</param>
/// <param name="DecidedAt">The instant the decision was made.</param>
/// <param name="Action">The action decided.</param>
/// <param name="Recorded">The attempt recorded for it, or <see langword="null"/> for a wait or a stop.</param>
public sealed record TranscriptStep(int Step, Instant DecidedAt, NextAction Action, ContactAttempt? Recorded);
