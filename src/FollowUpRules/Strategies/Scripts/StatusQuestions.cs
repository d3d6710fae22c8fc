using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// Ask where you stand: whether the job is filled and whether you are still considered (PHN-08,
/// CBR-04); plainly, restating your interest (ETQ-12); with good questions if it is open (RCR-08).
/// </summary>
public sealed class StatusQuestions : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(StatusQuestions), "Asks about the candidate's status.", [RuleIds.Phn08, RuleIds.Cbr04, RuleIds.Etq12, RuleIds.Rcr08]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) =>
        profile.Follows(ArticleSet.Phn | ArticleSet.Cbr | ArticleSet.Etq | ArticleSet.Rcr);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (!context.IsPhoneCall)
        {
            return;
        }

        var profile = context.Profile;
        if (profile.Follows(ArticleSet.Phn))
        {
            script.Line(ScriptSection.Questions, RuleIds.Phn08, "Ask politely whether the position has been filled, or whether you are still being considered.");
        }

        if (profile.Follows(ArticleSet.Cbr))
        {
            script.Line(ScriptSection.Questions, RuleIds.Cbr04, "Once they have a moment: has the position been filled? If not, are you still under consideration?");
        }

        if (profile.Follows(ArticleSet.Etq))
        {
            script.Line(ScriptSection.Questions, RuleIds.Etq12, "Ask directly where you stand in the selection, and say again that you would like to work for them.");
        }

        if (profile.Follows(ArticleSet.Rcr))
        {
            script.Line(ScriptSection.Questions, RuleIds.Rcr08, "Remember the role may already be taken; if it is still open, say again that you want it and ask a good question about the work.");
        }
    }
}
