namespace FollowUpRules;

/// <summary>
/// What a receptionist or switchboard did on a call (<see cref="ContactAttempt.Gatekeeper"/>), so the
/// next call can answer it as the profile says (ETQ-11, PHN-04, CBR-02; see
/// <see cref="Strategies.CallPlanning.RespondToGatekeeper"/>).
/// </summary>
public enum GatekeeperResponse
{
    /// <summary>Not given; validation rejects it. Leave <see cref="ContactAttempt.Gatekeeper"/> <see langword="null"/> when no receptionist stood in the way.</summary>
    Unspecified = 0,

    /// <summary>The receptionist offered to take a message for the interviewer (CBR-02): the interviewer was not put on the line.</summary>
    OfferedToTakeMessage = 1,

    /// <summary>The receptionist would not put the candidate through to the interviewer (ETQ-11, CBR-02).</summary>
    WouldNotPutThrough = 2,
}
