using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Introduce yourself with your name, the role and when you interviewed, and check it is a good moment (RCR-06, CBR-03).</summary>
public sealed class IntroduceYourself : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(IntroduceYourself), "Introduces the candidate and checks the moment suits.", [RuleIds.Rcr06, RuleIds.Cbr03]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) =>
        profile.Follows(ArticleSet.Rcr | ArticleSet.Cbr);

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
            script.Line(ScriptSection.Introduction, RuleIds.Rcr06, $"Say who you are even if they seem to remember: {context.CandidateName}, who interviewed for the {context.Role} role on {context.InterviewDay}; then ask whether now is a good time for a quick word.");
        }

        if (profile.Follows(ArticleSet.Cbr))
        {
            script.Line(ScriptSection.Introduction, RuleIds.Cbr03, "Jog their memory of your interview, and check they have a few minutes before going on.");
        }
    }
}
