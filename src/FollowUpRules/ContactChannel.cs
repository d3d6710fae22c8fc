namespace FollowUpRules;

/// <summary>How a contact attempt was made.</summary>
/// <remarks>
/// The zero value is <see cref="Unspecified"/>, which validation rejects: an attempt whose channel was
/// never set is an error naming <c>attempts[i].channel</c>, not silently a phone call.
/// </remarks>
public enum ContactChannel
{
    /// <summary>Not given; validation rejects it (<see cref="ContactAttempt.Channel"/> is required).</summary>
    Unspecified = 0,

    /// <summary>A telephone call.</summary>
    Phone = 1,

    /// <summary>An email.</summary>
    Email = 2,

    /// <summary>A handwritten note or card.</summary>
    HandwrittenNote = 3,

    /// <summary>A LinkedIn message.</summary>
    LinkedInMessage = 4,
}
