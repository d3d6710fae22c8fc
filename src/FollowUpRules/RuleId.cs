using System.Diagnostics.CodeAnalysis;
using FollowUpRules.Catalogue;

namespace FollowUpRules;

/// <summary>
/// The stable identifier of a rule, such as <c>PHN-02</c> (a source article's rule), <c>FUR-04</c>
/// (one of this library's own rules) or a host's own, such as <c>ACME-01</c>.
/// </summary>
/// <remarks>
/// An identifier is a prefix of 2 to 10 upper-case letters or digits starting with a letter, a
/// hyphen, and a suffix of 1 to 12 upper-case letters or digits. Comparison is ordinal.
/// </remarks>
public readonly struct RuleId : IEquatable<RuleId>, IComparable<RuleId>
{
    private readonly string? _value;

    private RuleId(string value) => _value = value;

    /// <summary>Gets the identifier's text; the default value's text is empty.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the part before the hyphen, such as <c>PHN</c>.</summary>
    public string Prefix => Value.Length == 0 ? string.Empty : Value.Substring(0, Value.IndexOf('-'));

    /// <summary>Gets the article the rule comes from, by its prefix; <see cref="ArticleSet.None"/> for the library's FUR rules and a host's own.</summary>
    public ArticleSet Article => Prefix switch
    {
        "ETQ" => ArticleSet.Etq,
        "EML" => ArticleSet.Eml,
        "PHN" => ArticleSet.Phn,
        "RCR" => ArticleSet.Rcr,
        "CBR" => ArticleSet.Cbr,
        _ => ArticleSet.None,
    };

    /// <summary>Parses an identifier.</summary>
    /// <param name="value">The text, such as <c>ETQ-06</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="FormatException"><paramref name="value"/> is not a well-formed identifier.</exception>
    public static RuleId Parse(string value)
    {
        if (TryParse(value, out var id))
        {
            return id;
        }

        throw new FormatException(
            $"'{value}' is not a rule ID; a rule ID is 2-10 upper-case letters or digits starting with a letter, a hyphen, then 1-12 upper-case letters or digits, such as PHN-02.");
    }

    /// <summary>Tries to parse an identifier.</summary>
    /// <param name="value">The text, such as <c>ETQ-06</c>.</param>
    /// <param name="id">The identifier, when the text is well formed.</param>
    /// <returns><see langword="true"/> when the text is a well-formed identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out RuleId id)
    {
        id = default;
        if (value is null)
        {
            return false;
        }

        var hyphen = value.IndexOf('-');
        if (hyphen < 2 || hyphen > 10 || value.Length - hyphen - 1 < 1 || value.Length - hyphen - 1 > 12)
        {
            return false;
        }

        if (value[0] < 'A' || value[0] > 'Z')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = i == hyphen ? c == '-' : (c is >= 'A' and <= 'Z') || (c is >= '0' and <= '9');
            if (!ok)
            {
                return false;
            }
        }

        id = new RuleId(value);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(RuleId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RuleId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(RuleId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text, such as <c>PHN-02</c>.</returns>
    public override string ToString() => Value;

    /// <summary>Tests two identifiers for equality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they are the same.</returns>
    public static bool operator ==(RuleId left, RuleId right) => left.Equals(right);

    /// <summary>Tests two identifiers for inequality.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RuleId left, RuleId right) => !left.Equals(right);

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(RuleId left, RuleId right) => left.CompareTo(right) < 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(RuleId left, RuleId right) => left.CompareTo(right) > 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or they are equal.</returns>
    public static bool operator <=(RuleId left, RuleId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two identifiers.</summary>
    /// <param name="left">The first identifier.</param>
    /// <param name="right">The second identifier.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or they are equal.</returns>
    public static bool operator >=(RuleId left, RuleId right) => left.CompareTo(right) >= 0;

    internal static RuleId Known(string value) => new(value);
}
