namespace FollowUpRules;

/// <summary>The kinds of <see cref="NextAction"/>, for hosts that store or count actions.</summary>
public enum NextActionKind
{
    /// <summary><see cref="NextAction.Wait"/>.</summary>
    Wait = 0,

    /// <summary><see cref="NextAction.Call"/>.</summary>
    Call = 1,

    /// <summary><see cref="NextAction.SendEmail"/>.</summary>
    SendEmail = 2,

    /// <summary><see cref="NextAction.SendThankYouNote"/>.</summary>
    SendThankYouNote = 3,

    /// <summary><see cref="NextAction.MessageOnLinkedIn"/>.</summary>
    MessageOnLinkedIn = 4,

    /// <summary><see cref="NextAction.ContactAgency"/>.</summary>
    ContactAgency = 5,

    /// <summary><see cref="NextAction.Stop"/>.</summary>
    Stop = 6,
}

/// <summary>Why the follow-up ends.</summary>
public enum StopReason
{
    /// <summary>The position has been filled.</summary>
    PositionFilled = 0,

    /// <summary>The candidate has been made an offer.</summary>
    OfferMade = 1,

    /// <summary>The candidate is no longer being considered.</summary>
    NotConsidered = 2,

    /// <summary>Calls went unreturned for too long: move on (PHN-06).</summary>
    NoResponse = 3,

    /// <summary>The profile allows no further contact (RCR-17, CBR-07, EML-01, FUR-05).</summary>
    LimitReached = 4,

    /// <summary>There is no number, address, agency or LinkedIn contact the profile allows (FUR-08).</summary>
    NoContactDetails = 5,

    /// <summary>The office's hours, holidays and blackouts leave no time to call within a year (FUR-06).</summary>
    NoCallWindow = 6,
}

/// <summary>What to do if a call reaches voicemail.</summary>
public enum VoicemailPlan
{
    /// <summary>Hang up without a message and call again later (ETQ-11, PHN-03).</summary>
    HangUpAndCallAgain = 0,

    /// <summary>Leave a short message (RCR-10, PHN-05).</summary>
    LeaveMessage = 1,
}

/// <summary>
/// What to do if a receptionist or switchboard answers: a call's plan (<see cref="NextAction.Call.IfGatekeeper"/>)
/// and the profile's setting for it (<see cref="FollowUpProfile.Gatekeeper"/>, disagreement D5), one type for both.
/// </summary>
public enum GatekeeperPlan
{
    /// <summary>Ask to be put through; do not offer to leave a message (ETQ-11).</summary>
    AskToBePutThrough = 0,

    /// <summary>Ask when the interviewer will be free for a short call, and call then (PHN-04, CBR-02).</summary>
    AskWhenInterviewerIsFree = 1,
}

/// <summary>Which kind of number a call goes to.</summary>
public enum CallNumberKind
{
    /// <summary>The person's direct line.</summary>
    DirectLine = 0,

    /// <summary>The company's general number, asking for the person.</summary>
    GeneralNumber = 1,
}

/// <summary>What the candidate asks of their agency.</summary>
public enum AgencyRequest
{
    /// <summary>Pass the candidate's thank-you on to the interviewers (EML-04).</summary>
    ForwardThankYou = 0,

    /// <summary>Give an update on the application (RCR-03).</summary>
    AskForUpdate = 1,
}
