namespace FollowUpRules.Engine;

/// <summary>
/// Whether a value is one of its enum's named members, for the enums that cases and profiles carry.
/// Every decision checks several of these, and <see cref="Enum.IsDefined(Type, object)"/> is slow to
/// start and to run; each enum here is a run of consecutive values, so a range check suffices.
/// A test holds every method here to <see cref="Enum.IsDefined(Type, object)"/>, so a member added
/// to one of these enums without widening its range fails the build's tests.
/// </summary>
internal static class DefinedEnums
{
    public static bool IsDefined(InterviewerRole value) => value is >= InterviewerRole.Panelist and <= InterviewerRole.Recruiter;

    public static bool IsDefined(ContactChannel value) => value is >= ContactChannel.Phone and <= ContactChannel.LinkedInMessage;

    public static bool IsDefined(Responder value) => value is >= Responder.Nobody and <= Responder.Voicemail;

    /// <summary>Whether a recorded purpose is one of the named purposes other than <see cref="AttemptPurpose.Unspecified"/>.</summary>
    public static bool IsDefined(AttemptPurpose value) => value is >= AttemptPurpose.ThankYou and <= AttemptPurpose.RequestedCall;

    /// <summary>Whether a recorded gatekeeper response is one of the named responses other than <see cref="GatekeeperResponse.Unspecified"/>.</summary>
    public static bool IsDefined(GatekeeperResponse value) => value is >= GatekeeperResponse.OfferedToTakeMessage and <= GatekeeperResponse.WouldNotPutThrough;

    public static bool IsDefined(CandidateStatus value) => value is >= CandidateStatus.StillUnderConsideration and <= CandidateStatus.OfferMade;

    public static bool IsDefined(ThankYouMessage value) => value is >= ThankYouMessage.None and <= ThankYouMessage.HandwrittenNote;

    public static bool IsDefined(DayCounting value) => value is >= DayCounting.BusinessDays and <= DayCounting.CalendarDays;

    public static bool IsDefined(GatekeeperPlan value) => value is >= GatekeeperPlan.AskToBePutThrough and <= GatekeeperPlan.AskWhenInterviewerIsFree;

    public static bool IsDefined(NoDateGivenApproach value) => value is >= NoDateGivenApproach.NotAddressed and <= NoDateGivenApproach.AskToCallBackInAWeek;
}
