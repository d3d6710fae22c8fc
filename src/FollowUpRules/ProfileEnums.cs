namespace FollowUpRules;

/// <summary>The channels a profile lets the candidate use (D1).</summary>
[Flags]
public enum AllowedChannels
{
    /// <summary>No channel; a profile must allow at least one.</summary>
    None = 0,

    /// <summary>Telephone calls.</summary>
    Phone = 1,

    /// <summary>Email.</summary>
    Email = 2,

    /// <summary>Handwritten notes or cards.</summary>
    HandwrittenNote = 4,

    /// <summary>LinkedIn messages, only where the work was already discussed there (RCR-20).</summary>
    LinkedInMessage = 8,

    /// <summary>Every channel.</summary>
    All = Phone | Email | HandwrittenNote | LinkedInMessage,
}

/// <summary>The message sent straight after the interview, before any call (D1, D2).</summary>
public enum ThankYouMessage
{
    /// <summary>No thank-you message.</summary>
    None = 0,

    /// <summary>An email to everyone met, right away (EML-02, EML-05).</summary>
    Email = 1,

    /// <summary>A handwritten card, before any call (PHN-01).</summary>
    HandwrittenNote = 2,
}

/// <summary>How waits measured in days are counted.</summary>
public enum DayCounting
{
    /// <summary>Only the office's working days that are not holidays count.</summary>
    BusinessDays = 0,

    /// <summary>Every calendar day counts.</summary>
    CalendarDays = 1,
}

/// <summary>What the candidate asks when a call yields no decision date (D7).</summary>
public enum NoDateGivenApproach
{
    /// <summary>The profile says nothing about it.</summary>
    NotAddressed = 0,

    /// <summary>Ask for a timeline for the decision (PHN-09, RCR-18).</summary>
    AskForTimeline = 1,

    /// <summary>Ask for a timeline and, if none is given, whether a call back in a week is welcome (CBR-06).</summary>
    AskToCallBackInAWeek = 2,
}
