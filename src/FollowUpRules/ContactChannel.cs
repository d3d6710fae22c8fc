namespace FollowUpRules;

/// <summary>How a contact attempt was made.</summary>
public enum ContactChannel
{
    /// <summary>A telephone call.</summary>
    Phone = 0,

    /// <summary>An email.</summary>
    Email = 1,

    /// <summary>A handwritten note or card.</summary>
    HandwrittenNote = 2,

    /// <summary>A LinkedIn message.</summary>
    LinkedInMessage = 3,
}
