using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.CallPlanning;

/// <summary>
/// Says what to do if a receptionist answers: insist on being put through (ETQ-11), or ask when the
/// interviewer will be free and call then (PHN-04, CBR-02); and, under CBR-02, decline to be passed
/// to staff who were not at the interview. When a strategy before it has planned the gatekeeper
/// already (<see cref="RespondToGatekeeper"/>, after what a receptionist did last time), that plan stands.
/// </summary>
public sealed class GatekeeperHandling : CallPlanningStrategy
{
    /// <summary>Insist on being put through (ETQ-11).</summary>
    public static readonly FollowUpReason PutThrough = new(RuleIds.Etq11, "If a receptionist answers, ask to be put through rather than leave a message; assume the interviewer is in.");

    /// <summary>Ask when the interviewer is free (PHN-04).</summary>
    public static readonly FollowUpReason AskWhenFree = new(RuleIds.Phn04, "If a receptionist answers and the interviewer is busy, ask when they will be free for a short call.");

    /// <summary>Ask when the interviewer is free rather than leave a message (CBR-02).</summary>
    public static readonly FollowUpReason AskWhenFreeCbr = new(RuleIds.Cbr02, "If a receptionist offers to take a message, ask instead when the interviewer will be free.");

    /// <summary>Decline unfamiliar staff (CBR-02).</summary>
    public static readonly FollowUpReason DeclineStaff = new(RuleIds.Cbr02, "Decline to be passed to staff who were not at the interview.");

    /// <summary>The profile's approach, under profiles whose articles take no stance on gatekeepers (FUR-15).</summary>
    public static readonly FollowUpReason ProfileChoice = new(RuleIds.Fur15, "If a receptionist answers, follow the profile's approach to gatekeepers.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(GatekeeperHandling),
        "Says how to handle a receptionist or switchboard.",
        [RuleIds.Etq11, RuleIds.Phn04, RuleIds.Cbr02, RuleIds.Fur15],
        [PutThrough, AskWhenFree, AskWhenFreeCbr, DeclineStaff, ProfileChoice],
        [ProfileSettings.Gatekeeper, ProfileSettings.DeclineUnfamiliarStaff]);

    /// <inheritdoc/>
    public override void Plan(CallPlanContext context, CallPlanDraft plan)
    {
        if (plan.WindowCount == 0 || plan.IsSettled)
        {
            return;
        }

        // A strategy before this one (RespondToGatekeeper, after what a receptionist did) may have planned it already.
        var profile = context.Profile;
        if (plan.GatekeeperReason is null)
        {
            plan.HandleGatekeeper(
                profile.Gatekeeper,
                profile.Gatekeeper == GatekeeperPlan.AskToBePutThrough
                    ? profile.ChooseReason(ProfileChoice, PutThrough)
                    : profile.ChooseReason(ProfileChoice, AskWhenFree, AskWhenFreeCbr));
        }

        if (profile.DeclineUnfamiliarStaff)
        {
            plan.DeclineUnfamiliarStaff(profile.ChooseReason(ProfileChoice, DeclineStaff));
        }
    }
}
