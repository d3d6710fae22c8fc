using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.CallPlanning;

/// <summary>
/// Answers what a receptionist did on the last call (<see cref="ContactAttempt.Gatekeeper"/>) in the
/// next call's gatekeeper plan, as the profile says. An offer to take a message is declined: under a
/// profile that asks to be put through, the call asks again to be connected and leaves no message
/// (ETQ-11); otherwise it asks when the interviewer will be free and calls then (CBR-02, PHN-04). A
/// refusal to put the call through is not met by asking again: the call asks when the interviewer
/// will be free (PHN-04, CBR-02; ETQ-11 takes the interviewer to be in only until the receptionist
/// says otherwise; FUR-15 where the profile follows none of these).
/// </summary>
/// <remarks>
/// It plans before <see cref="GatekeeperHandling"/>, which then keeps this plan and adds the rest
/// (declining unfamiliar staff). The call itself is on a later day: a call a receptionist answered
/// reached nobody useful, so <see cref="Decisions.RedialLater"/> (FUR-04) spaces it.
/// </remarks>
public sealed class RespondToGatekeeper : CallPlanningStrategy
{
    /// <summary>After an offer to take a message, ask again to be connected (ETQ-11).</summary>
    public static readonly FollowUpReason DeclineMessageAskAgain = new(RuleIds.Etq11, "Last time the receptionist offered to take a message; leave none, and ask again to be connected.");

    /// <summary>After an offer to take a message, ask when the interviewer is free (CBR-02).</summary>
    public static readonly FollowUpReason DeclineMessageAskWhenFree = new(RuleIds.Cbr02, "Last time the receptionist offered to take a message; decline it, and ask when the interviewer will be free.");

    /// <summary>After an offer to take a message, ask when the interviewer is free (PHN-04).</summary>
    public static readonly FollowUpReason MessageOfferedAskWhenFree = new(RuleIds.Phn04, "Last time the receptionist offered to take a message, so the interviewer was unavailable: ask when they will be free for a short call.");

    /// <summary>After a refusal to put the call through, ask when the interviewer is free (PHN-04).</summary>
    public static readonly FollowUpReason RefusedAskWhenFree = new(RuleIds.Phn04, "Last time the receptionist would not put the call through: ask when the interviewer will be free for a short call, and call then.");

    /// <summary>After a refusal to put the call through, do not let the gatekeeper stop it (CBR-02).</summary>
    public static readonly FollowUpReason RefusedAskWhenFreeCbr = new(RuleIds.Cbr02, "Last time the receptionist would not put the call through; rather than leave it with them, ask when the interviewer will be free.");

    /// <summary>After a refusal, the interviewer is no longer taken to be in (ETQ-11).</summary>
    public static readonly FollowUpReason RefusedNotIn = new(RuleIds.Etq11, "Last time the receptionist said the interviewer could not be put through, so instead of asking to be connected, ask when they will be free.");

    /// <summary>What a receptionist did last time shapes this call (FUR-15).</summary>
    public static readonly FollowUpReason Library = new(RuleIds.Fur15, "Last time a receptionist stood in the way; this time ask when the interviewer will be free.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(RespondToGatekeeper),
        "Answers what the receptionist did on the last call: an offer to take a message, or a refusal to put the call through.",
        [RuleIds.Etq11, RuleIds.Phn04, RuleIds.Cbr02, RuleIds.Fur15],
        [DeclineMessageAskAgain, DeclineMessageAskWhenFree, MessageOfferedAskWhenFree, RefusedAskWhenFree, RefusedAskWhenFreeCbr, RefusedNotIn, Library],
        [ProfileSettings.Gatekeeper]);

    /// <inheritdoc/>
    public override void Plan(CallPlanContext context, CallPlanDraft plan)
    {
        if (plan.WindowCount == 0 || plan.IsSettled || plan.GatekeeperReason is not null
            || context.History.LastCall is not { Attempt.Gatekeeper: { } response })
        {
            return;
        }

        var profile = context.Profile;
        if (response == GatekeeperResponse.OfferedToTakeMessage && profile.Gatekeeper == GatekeeperPlan.AskToBePutThrough)
        {
            plan.HandleGatekeeper(GatekeeperPlan.AskToBePutThrough, profile.ChooseReason(Library, DeclineMessageAskAgain));
        }
        else if (response == GatekeeperResponse.OfferedToTakeMessage)
        {
            plan.HandleGatekeeper(GatekeeperPlan.AskWhenInterviewerIsFree, profile.ChooseReason(Library, DeclineMessageAskWhenFree, MessageOfferedAskWhenFree));
        }
        else
        {
            plan.HandleGatekeeper(GatekeeperPlan.AskWhenInterviewerIsFree, profile.ChooseReason(Library, RefusedAskWhenFree, RefusedAskWhenFreeCbr, RefusedNotIn));
        }
    }
}
