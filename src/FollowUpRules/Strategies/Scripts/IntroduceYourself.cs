using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Introduce yourself with your name, the role and when you interviewed, and check it is a good moment (RCR-06, CBR-03).</summary>
public sealed class IntroduceYourself : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(IntroduceYourself), "Introduces the candidate and checks the moment suits.", [RuleIds.Rcr06, RuleIds.Cbr03]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) =>
        (Guard.NotNull(profile).Sources & (SourceArticles.Rcr | SourceArticles.Cbr)) != 0;

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (!context.IsPhoneCall)
        {
            return;
        }

        var sources = context.Profile.Sources;
        if ((sources & SourceArticles.Rcr) != 0)
        {
            script.Line(ScriptSection.Introduction, RuleIds.Rcr06, $"Say who you are even if they seem to remember: {context.CandidateName}, who interviewed for the {context.Role} role on {context.InterviewDay}; then ask whether now is a good time for a quick word.");
        }

        if ((sources & SourceArticles.Cbr) != 0)
        {
            script.Line(ScriptSection.Introduction, RuleIds.Cbr03, "Jog their memory of your interview, and check they have a few minutes before going on.");
        }
    }
}
