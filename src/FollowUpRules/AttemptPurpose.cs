namespace FollowUpRules;

/// <summary>
/// What a contact attempt was for. A host records it on the attempt (<see cref="ContactAttempt.Purpose"/>)
/// when it knows; otherwise the history infers it from the attempt's channel and timing (see
/// <see cref="Strategies.FollowUpHistory"/>). An action says what it is for, so a host records that.
/// </summary>
public enum AttemptPurpose
{
    /// <summary>Not given; validation rejects it where a purpose is required.</summary>
    Unspecified = 0,

    /// <summary>The thanks for the interview: an email or a note to the people met, or asking the agency to pass it on (PHN-01, EML-02, EML-04).</summary>
    ThankYou = 1,

    /// <summary>A follow-up on the candidate's own initiative: a call, a written follow-up, or the agency standing in for the employer.</summary>
    FollowUp = 2,

    /// <summary>Asking the agency for an update before calling the employer (RCR-03).</summary>
    AgencyUpdate = 3,

    /// <summary>Answering a call back the employer asked for (FUR-14): outside the profile's limits.</summary>
    RequestedCall = 4,
}
