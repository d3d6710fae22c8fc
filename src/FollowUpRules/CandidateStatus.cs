namespace FollowUpRules;

/// <summary>What a contact attempt revealed about the candidacy.</summary>
public enum CandidateStatus
{
    /// <summary>The candidate is still under consideration.</summary>
    StillUnderConsideration = 0,

    /// <summary>The position has been filled by someone else; the follow-up ends.</summary>
    PositionFilled = 1,

    /// <summary>The candidate is no longer being considered; the follow-up ends.</summary>
    NoLongerConsidered = 2,

    /// <summary>The candidate has been made an offer; the follow-up ends.</summary>
    OfferMade = 3,
}
