using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Keep the call short and to the point: continued interest, no credentials or bragging (PHN-07, RCR-09).</summary>
public sealed class KeepItShort : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(KeepItShort), "Keeps the call brief.", [RuleIds.Phn07, RuleIds.Rcr09]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) =>
        profile.Follows(ArticleSet.Phn | ArticleSet.Rcr);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (!context.IsPhoneCall)
        {
            return;
        }

        if (context.Profile.Follows(ArticleSet.Phn))
        {
            script.Line(ScriptSection.Conversation, RuleIds.Phn07, "Keep it short: no run-through of your experience, just that you are still interested and keen on the role.");
        }

        if (context.Profile.Follows(ArticleSet.Rcr))
        {
            script.Line(ScriptSection.Conversation, RuleIds.Rcr09, "You are calling for a status update and to remind them you are interested; let them set the length of the call, and do not boast.");
        }
    }
}
