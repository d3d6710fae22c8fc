using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// What to say to a receptionist: ask to be put through and assume the person is in (ETQ-11); or ask
/// when the person will be free for a short call (PHN-04); decline a message or a transfer to staff
/// who were not at the interview (CBR-02), then carry on with the plan: ask again to be connected,
/// or ask when the person will be free.
/// </summary>
public sealed class GatekeeperLines : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(GatekeeperLines), "Says what to do if a receptionist answers.", [RuleIds.Etq11, RuleIds.Phn04, RuleIds.Cbr02, RuleIds.Fur15], [], [ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Call is not { } call)
        {
            return;
        }

        // The lines carry out the call's gatekeeper plan, so they cite the reasons of the strategy that planned it.
        var name = call.Whom.Name;
        if (call.GatekeeperReason is { } reason)
        {
            script.Line(
                ScriptSection.IfGatekeeper,
                reason.RuleId,
                call.IfGatekeeper == GatekeeperPlan.AskToBePutThrough
                    ? $"Ask to be connected to {name}; take it that they are in unless told otherwise, and do not offer to leave a message."
                    : $"If {name} is not free, ask when they will be available for a short call, and note the time: that is when to call back.");
        }

        if (call.DeclineUnfamiliarStaffReason is { } decline)
        {
            // Declining carries on with the plan: ask again to be connected, or ask when the person is free.
            script.Line(ScriptSection.IfGatekeeper, decline.RuleId, call.IfGatekeeper == GatekeeperPlan.AskToBePutThrough
                ? $"If you are offered to leave a message or to speak to someone who was not at your interview, thank them and ask again to be connected to {name}."
                : $"If you are offered to leave a message or to speak to someone who was not at your interview, thank them and ask instead when {name} will be free.");
        }
    }
}
