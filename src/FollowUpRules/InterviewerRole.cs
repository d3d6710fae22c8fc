namespace FollowUpRules;

/// <summary>The part a person played at the interview; decides whom the candidate asks for.</summary>
public enum InterviewerRole
{
    /// <summary>Not given; validation rejects it. <see cref="Interviewer.Role"/> starts as <see cref="Panelist"/>, so only an explicit zero is unspecified.</summary>
    Unspecified = 0,

    /// <summary>Took part in the interview without running the hiring (the default).</summary>
    Panelist = 1,

    /// <summary>The hiring manager: the first person to ask for (ETQ-11, RCR-15).</summary>
    HiringManager = 2,

    /// <summary>The recruiter running the selection: asked for when there is no hiring manager listed.</summary>
    Recruiter = 3,
}
