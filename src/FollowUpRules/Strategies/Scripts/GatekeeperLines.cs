using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// What to say to a receptionist: ask to be put through and assume the person is in (ETQ-11); or ask
/// when the person will be free for a short call (PHN-04); decline a message or a transfer to staff
/// who were not at the interview (CBR-02).
/// </summary>
public sealed class GatekeeperLines : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(GatekeeperLines), "Says what to do if a receptionist answers.", [RuleIds.Etq11, RuleIds.Phn04, RuleIds.Cbr02, RuleIds.Fur15]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => Guard.NotNull(profile).AllowsPhone;

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Call is not { } call)
        {
            return;
        }

        var sources = context.Profile.Sources;
        var name = call.Whom.Name;
        if (call.IfGatekeeper == GatekeeperPlan.AskToBePutThrough)
        {
            script.Line(ScriptSection.IfGatekeeper, (sources & SourceArticles.Etq) != 0 ? RuleIds.Etq11 : RuleIds.Fur15, $"Ask to be connected to {name}; take it that they are in unless told otherwise, and do not offer to leave a message.");
        }
        else
        {
            script.Line(ScriptSection.IfGatekeeper, (sources & SourceArticles.Phn) != 0 ? RuleIds.Phn04 : (sources & SourceArticles.Cbr) != 0 ? RuleIds.Cbr02 : RuleIds.Fur15, $"If {name} is not free, ask when they will be available for a short call, and note the time: that is when to call back.");
        }

        if (call.DeclineUnfamiliarStaff)
        {
            script.Line(ScriptSection.IfGatekeeper, (sources & SourceArticles.Cbr) != 0 ? RuleIds.Cbr02 : RuleIds.Fur15, $"If you are offered to leave a message or to speak to someone who was not at your interview, thank them and ask instead when {name} will be free.");
        }
    }
}
