namespace FollowUpRules;

/// <summary>Who answered a contact attempt.</summary>
public enum Responder
{
    /// <summary>Nobody: the phone rang out, or a written message has had no reply.</summary>
    Nobody = 0,

    /// <summary>The person the candidate asked for (the lead interviewer).</summary>
    Interviewer = 1,

    /// <summary>Another person who was at the interview.</summary>
    OtherInterviewer = 2,

    /// <summary>A receptionist or switchboard operator: a gatekeeper.</summary>
    Receptionist = 3,

    /// <summary>Staff who were not at the interview, such as an unfamiliar HR colleague (CBR-02).</summary>
    StaffNotAtInterview = 4,

    /// <summary>The candidate's agency representative.</summary>
    Agency = 5,

    /// <summary>A voicemail system.</summary>
    Voicemail = 6,
}
