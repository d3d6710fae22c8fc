using FollowUpRules.Catalogue;

namespace FollowUpRules;

/// <summary>
/// Why a decision came out as it did: the ID of the deciding rule and a one-line explanation in
/// plain English. Strategies declare the reasons they can give in their <see cref="Strategies.StrategyDescriptor"/>,
/// so a policy can list every reason it might give before it decides anything.
/// </summary>
/// <remarks>Immutable, with value equality on <see cref="RuleId"/> and <see cref="Explanation"/>.</remarks>
public sealed class FollowUpReason : IEquatable<FollowUpReason>
{
    private static int _lastSerial;

    private readonly int _hash;

    /// <summary>Initializes a new instance of the <see cref="FollowUpReason"/> class.</summary>
    /// <param name="ruleId">The ID of the rule that gives this reason.</param>
    /// <param name="explanation">One line of plain English, for example "Two business days have to pass before the first call.".</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is the default value or <paramref name="explanation"/> is blank.</exception>
    public FollowUpReason(RuleId ruleId, string explanation)
    {
        if (ruleId.Value.Length == 0)
        {
            throw new ArgumentException("A reason needs a rule ID.", nameof(ruleId));
        }

        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new ArgumentException($"Reason for {ruleId} needs an explanation.", nameof(explanation));
        }

        RuleId = ruleId;
        Explanation = explanation;
        Article = ruleId.Prefix switch
        {
            "ETQ" => SourceArticles.Etq,
            "EML" => SourceArticles.Eml,
            "PHN" => SourceArticles.Phn,
            "RCR" => SourceArticles.Rcr,
            "CBR" => SourceArticles.Cbr,
            _ => SourceArticles.None,
        };
        _hash = unchecked((ruleId.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(explanation));
        Serial = Interlocked.Increment(ref _lastSerial);
    }

    /// <summary>Gets the ID of the rule that gives this reason.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the one-line explanation.</summary>
    public string Explanation { get; }

    /// <summary>Gets the article the rule comes from, or <see cref="SourceArticles.None"/> for library and host rules.</summary>
    internal SourceArticles Article { get; }

    /// <summary>Gets a number unique to this instance, in order of creation, for the policies' reason look-up.</summary>
    internal int Serial { get; }

    /// <inheritdoc/>
    public bool Equals(FollowUpReason? other) =>
        ReferenceEquals(this, other)
        || (other is not null && _hash == other._hash && RuleId == other.RuleId && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FollowUpReason);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <summary>Returns the rule ID and the explanation.</summary>
    /// <returns>For example <c>PHN-02: Two business days have to pass before the first call.</c>.</returns>
    public override string ToString() => RuleId + ": " + Explanation;
}
