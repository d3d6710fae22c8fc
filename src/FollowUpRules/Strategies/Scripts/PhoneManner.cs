using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Stand, smile, and do not eat or chew gum while on the phone (ETQ-08).</summary>
public sealed class PhoneManner : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(PhoneManner), "Reminds the candidate how to carry themselves on the phone.", [RuleIds.Etq08]);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.IsPhoneCall)
        {
            script.Line(ScriptSection.Prepare, RuleIds.Etq08, "Stand up and smile as you talk (it carries in your voice), and have nothing to eat or chew.");
        }
    }
}
