using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies;

/// <summary>
/// A rule about what to say or write: it adds lines to a call script or drafts messages for an
/// action. Rendered only on request (<see cref="IFollowUpPolicy.Script"/>), never while deciding.
/// </summary>
/// <remarks>
/// By default a script rule is part of a policy when the profile follows the article of the first
/// rule ID its descriptor names (<see cref="FollowUpProfile.Sources"/>); a host rule with its own ID
/// prefix is always included.
/// </remarks>
public abstract class ScriptStrategy : FollowUpStrategy
{
    /// <summary>Adds this rule's lines or drafts for the action in <paramref name="context"/>.</summary>
    /// <param name="context">The case, the action and the profile.</param>
    /// <param name="script">The script being built.</param>
    public abstract void Contribute(in ScriptContext context, ScriptBuilder script);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile)
    {
        var article = Descriptor.RuleIds[0].Prefix switch
        {
            "ETQ" => SourceArticles.Etq,
            "EML" => SourceArticles.Eml,
            "PHN" => SourceArticles.Phn,
            "RCR" => SourceArticles.Rcr,
            "CBR" => SourceArticles.Cbr,
            _ => SourceArticles.None,
        };
        return article == SourceArticles.None || (Guard.NotNull(profile).Sources & article) != 0;
    }
}
