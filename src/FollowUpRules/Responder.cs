namespace FollowUpRules;

/// <summary>Who answered a contact attempt.</summary>
public enum Responder
{
    /// <summary>Not given; validation rejects it. <see cref="ContactAttempt.AnsweredBy"/> starts as <see cref="Nobody"/>, so only an explicit zero is unspecified.</summary>
    Unspecified = 0,

    /// <summary>Nobody: the phone rang out, or a written message has had no reply.</summary>
    Nobody = 1,

    /// <summary>The person the candidate asked for (the lead interviewer).</summary>
    Interviewer = 2,

    /// <summary>Another person who was at the interview.</summary>
    OtherInterviewer = 3,

    /// <summary>A receptionist or switchboard operator: a gatekeeper.</summary>
    Receptionist = 4,

    /// <summary>Staff who were not at the interview, such as an unfamiliar HR colleague (CBR-02).</summary>
    StaffNotAtInterview = 5,

    /// <summary>The candidate's agency representative.</summary>
    Agency = 6,

    /// <summary>A voicemail system.</summary>
    Voicemail = 7,
}
