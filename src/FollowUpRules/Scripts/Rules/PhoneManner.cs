using FollowUpRules.Rules;

namespace FollowUpRules.Scripts;

/// <summary>Stand, smile, and do not eat or chew gum while on the phone (ETQ-08).</summary>
public sealed class PhoneManner : ScriptRule
{
    /// <inheritdoc/>
    public override RuleDescriptor Descriptor { get; } = new(nameof(PhoneManner), "Reminds the candidate how to carry themselves on the phone.", [RuleIds.Etq08]);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.IsPhoneCall)
        {
            script.Line(ScriptSection.Prepare, RuleIds.Etq08, "Stand up and smile as you talk (it carries in your voice), and have nothing to eat or chew.");
        }
    }
}
