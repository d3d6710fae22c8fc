namespace FollowUpRules;

/// <summary>How good a call window is.</summary>
public enum CallWindowQuality
{
    /// <summary>Inside the office's hours and clear of every blackout, but nothing more.</summary>
    Allowed = 0,

    /// <summary>At the start or end of the working day, when people are least likely to be mid-task (RCR-04).</summary>
    Preferred = 1,

    /// <summary>A time the employer named (PHN-04, CBR-02): honoured even inside a blackout (FUR-12).</summary>
    Requested = 2,
}
