using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>The don'ts of a follow-up call (RCR-11 to RCR-16, CBR-05, PHN-11), each citing its rule.</summary>
public sealed class ThingsToAvoid : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(ThingsToAvoid),
        "Lists what not to do or say.",
        [RuleIds.Rcr11, RuleIds.Rcr12, RuleIds.Rcr13, RuleIds.Rcr14, RuleIds.Rcr15, RuleIds.Rcr16, RuleIds.Cbr05, RuleIds.Phn11]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) =>
        profile.Follows(ArticleSet.Rcr | ArticleSet.Cbr | ArticleSet.Phn);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (!context.IsPhoneCall)
        {
            return;
        }

        var profile = context.Profile;
        if (profile.Follows(ArticleSet.Rcr))
        {
            script.Line(ScriptSection.Avoid, RuleIds.Rcr11, "Asking about the other candidates or how their interviews went.");
            script.Line(ScriptSection.Avoid, RuleIds.Rcr12, "Sounding eager about a job you would not accept.");
            script.Line(ScriptSection.Avoid, RuleIds.Rcr13, "Complaining about the company or how the process has gone.");
            script.Line(ScriptSection.Avoid, RuleIds.Rcr14, "Asking straight out whether they are going to hire you.");
            script.Line(ScriptSection.Avoid, RuleIds.Rcr15, "Ringing a general switchboard when you can reach the interviewer or the hiring lead directly.");
            script.Line(ScriptSection.Avoid, RuleIds.Rcr16, "Asking why they have not decided yet.");
        }

        if (profile.Follows(ArticleSet.Cbr))
        {
            script.Line(ScriptSection.Avoid, RuleIds.Cbr05, "A hard sell: no list of reasons you are the perfect fit; a short, polite word of interest is enough.");
        }

        if (profile.Follows(ArticleSet.Phn))
        {
            script.Line(ScriptSection.Avoid, RuleIds.Phn11, "Pushing: being assertive on a follow-up call easily comes across as anxious.");
        }
    }
}
