namespace FollowUpRules.Catalogue;

/// <summary>One catalogued rule: its stable ID, the article it comes from, and what it says in this project's words.</summary>
public sealed class SourceRule
{
    internal SourceRule(RuleId id, SourceArticle article, string summary)
    {
        Id = id;
        Article = article;
        Summary = summary;
    }

    /// <summary>Gets the rule's stable ID, such as <c>PHN-05</c>.</summary>
    public RuleId Id { get; }

    /// <summary>Gets the article the rule comes from (<see cref="SourceArticle.Library"/> for FUR rules).</summary>
    public SourceArticle Article { get; }

    /// <summary>Gets what the rule says, paraphrased.</summary>
    public string Summary { get; }

    /// <summary>Returns the ID and summary.</summary>
    /// <returns>For example <c>ETQ-06: ...</c>.</returns>
    public override string ToString() => Id + ": " + Summary;
}
