using FollowUpRules.Simulation;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>What the world says when the candidate calls or writes: the answers a scenario scripts.</summary>
public static class Answers
{
    /// <summary>Gets the answer to a message or a call nobody picks up. For a call the policy's voicemail plan decides whether a message is left.</summary>
    public static SimulatedResponse Nothing => SimulatedResponse.NoAnswer;

    /// <summary>Gets a call that rings out: nobody answers and there is no voicemail to leave a message on.</summary>
    public static SimulatedResponse RingsOut { get; } = new() { AnsweredBy = Responder.Nobody };

    /// <summary>Gets voicemail answering a call; a message is left exactly when the policy's plan says so.</summary>
    public static SimulatedResponse Voicemail { get; } = new() { AnsweredBy = Responder.Voicemail };

    /// <summary>Gets voicemail answering a call and the candidate leaving a message regardless of the plan.</summary>
    public static SimulatedResponse VoicemailMessageLeft { get; } = new() { AnsweredBy = Responder.Voicemail, VoicemailLeft = true };

    /// <summary>A receptionist or switchboard answers.</summary>
    /// <param name="interviewerFreeAt">When the interviewer will be free, office-local (say "Thursday at three").</param>
    /// <param name="callBackOnOrAfter">The day to call back from.</param>
    /// <returns>The answer.</returns>
    public static SimulatedResponse Receptionist(LocalDateTime? interviewerFreeAt = null, LocalDate? callBackOnOrAfter = null) =>
        new() { AnsweredBy = Responder.Receptionist, InterviewerAvailableAt = interviewerFreeAt, CallBackOnOrAfter = callBackOnOrAfter };

    /// <summary>The interviewer answers with news of the candidate's status.</summary>
    /// <param name="status">What they say.</param>
    /// <param name="decisionExpectedBy">The date they expect to decide by, if they give one.</param>
    /// <returns>The answer.</returns>
    public static SimulatedResponse Interviewer(CandidateStatus status, LocalDate? decisionExpectedBy = null) =>
        new() { AnsweredBy = Responder.Interviewer, Status = status, DecisionExpectedBy = decisionExpectedBy };

    /// <summary>The interviewer answers and agrees to a call back in a week.</summary>
    /// <returns>The answer.</returns>
    public static SimulatedResponse InterviewerAgreesToCallBackInAWeek() =>
        new() { AnsweredBy = Responder.Interviewer, Status = CandidateStatus.StillUnderConsideration, CallBackInAWeekAgreed = true };

    /// <summary>Gets the interviewer saying the position has been filled.</summary>
    public static SimulatedResponse PositionFilled { get; } = new() { AnsweredBy = Responder.Interviewer, Status = CandidateStatus.PositionFilled };

    /// <summary>Gets the interviewer making an offer.</summary>
    public static SimulatedResponse OfferMade { get; } = new() { AnsweredBy = Responder.Interviewer, Status = CandidateStatus.OfferMade };

    /// <summary>Gets the interviewer saying the candidate is no longer considered.</summary>
    public static SimulatedResponse NoLongerConsidered { get; } = new() { AnsweredBy = Responder.Interviewer, Status = CandidateStatus.NoLongerConsidered };

    /// <summary>The agency answers with news.</summary>
    /// <param name="status">What the agency says, if anything.</param>
    /// <returns>The answer.</returns>
    public static SimulatedResponse Agency(CandidateStatus? status = null) => new() { AnsweredBy = Responder.Agency, Status = status };
}
