using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Thank them for the interview and for taking the call (RCR-07), and end by thanking them (PHN-10).</summary>
public sealed class ThankThem : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(ThankThem), "Thanks the interviewer.", [RuleIds.Rcr07, RuleIds.Phn10]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) =>
        profile.Follows(ArticleSet.Rcr | ArticleSet.Phn);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (!context.IsPhoneCall)
        {
            return;
        }

        if (context.Profile.Follows(ArticleSet.Rcr))
        {
            script.Line(ScriptSection.Introduction, RuleIds.Rcr07, "Thank them for the interview and for making time for this call.");
        }

        if (context.Profile.Follows(ArticleSet.Phn))
        {
            script.Line(ScriptSection.Closing, RuleIds.Phn10, "End by thanking them for the chance to speak with them.");
        }
    }
}
