using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Prepare: a script if nervous, notes of key facts, the CV to hand, a rehearsal (RCR-05).</summary>
public sealed class RehearseCall : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(RehearseCall), "Reminds the candidate to prepare and rehearse.", [RuleIds.Rcr05]);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.IsPhoneCall)
        {
            script.Line(ScriptSection.Prepare, RuleIds.Rcr05, "Keep this script (or notes of the key facts) and your CV in front of you, and run through the call once before you dial.");
        }
    }
}
