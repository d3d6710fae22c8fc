using FollowUpRules.Catalogue;

namespace FollowUpRules;

/// <summary>
/// Why a decision came out as it did: the ID of the deciding rule and a one-line explanation in
/// plain English. Strategies declare the reasons they can give in their <see cref="Strategies.StrategyDescriptor"/>,
/// so a policy can list every reason it might give before it decides anything.
/// </summary>
/// <remarks>
/// <para>Immutable, with value equality on <see cref="RuleId"/> and <see cref="Explanation"/>.</para>
/// <para>A reason that states a number the profile sets (a wait in days, a limit) is created with a
/// function of the profile, so that it states the number in force: when a policy is built, each
/// such reason its strategies declare is worded for the policy's profile (<see cref="For"/>), and a
/// decision cites it in those words. <see cref="Explanation"/> on the declared reason itself gives
/// the wording under <see cref="FollowUpProfiles.Default"/>.</para>
/// </remarks>
public sealed class FollowUpReason : IEquatable<FollowUpReason>
{
    private static int _lastSerial;

    private readonly Func<FollowUpProfile, string>? _explain;
    private string? _explanation;
    private int _hash;

    /// <summary>Initializes a new instance of the <see cref="FollowUpReason"/> class with a fixed explanation.</summary>
    /// <param name="ruleId">The ID of the rule that gives this reason.</param>
    /// <param name="explanation">One line of plain English, for example "Two business days have to pass before the first call.".</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is the default value or <paramref name="explanation"/> is blank.</exception>
    public FollowUpReason(RuleId ruleId, string explanation)
        : this(ruleId, CheckExplanation(ruleId, explanation), null, null)
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="FollowUpReason"/> class whose explanation states
    /// the profile's own values, such as "The first call waits 5 calendar days after the interview.".
    /// </summary>
    /// <param name="ruleId">The ID of the rule that gives this reason.</param>
    /// <param name="explanation">Words the reason for a profile; called once per policy, when it is built.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="explanation"/> is null.</exception>
    public FollowUpReason(RuleId ruleId, Func<FollowUpProfile, string> explanation)
        : this(ruleId, null, Guard.NotNull(explanation), null)
    {
    }

    private FollowUpReason(RuleId ruleId, string? explanation, Func<FollowUpProfile, string>? explain, FollowUpReason? declared)
    {
        if (ruleId.Value.Length == 0)
        {
            throw new ArgumentException("A reason needs a rule ID.", nameof(ruleId));
        }

        RuleId = ruleId;
        _explanation = explanation;
        _explain = explain;
        Declared = declared ?? this;
        Article = ruleId.Article;
        Serial = Interlocked.Increment(ref _lastSerial);
    }

    /// <summary>Gets the ID of the rule that gives this reason.</summary>
    public RuleId RuleId { get; }

    /// <summary>Gets the one-line explanation (for a reason worded by the profile, as worded for <see cref="FollowUpProfiles.Default"/>).</summary>
    public string Explanation => _explanation ??= Word(FollowUpProfiles.Default);

    /// <summary>Gets the article the rule comes from, or <see cref="ArticleSet.None"/> for the library's FUR rules and a host's own.</summary>
    public ArticleSet Article { get; }

    /// <summary>Gets a value indicating whether the explanation is worded from the profile (see remarks).</summary>
    public bool StatesProfileValues => _explain is not null;

    /// <summary>Gets the reason as a strategy declared it: this instance, or the one it was worded from.</summary>
    public FollowUpReason Declared { get; }

    /// <summary>Gets a number unique to this instance, in order of creation, for the policies' reason look-up.</summary>
    internal int Serial { get; }

    /// <summary>Gets this reason as worded for <paramref name="profile"/>: this instance when its wording is fixed.</summary>
    /// <param name="profile">The profile whose values the explanation states.</param>
    /// <returns>The reason a decision under that profile cites.</returns>
    /// <exception cref="InvalidOperationException">The wording function returns a blank text or throws.</exception>
    public FollowUpReason For(FollowUpProfile profile)
    {
        Guard.NotNull(profile);
        return _explain is null ? this : new FollowUpReason(RuleId, Word(profile), null, this);
    }

    /// <inheritdoc/>
    public bool Equals(FollowUpReason? other) =>
        ReferenceEquals(this, other)
        || (other is not null && GetHashCode() == other.GetHashCode() && RuleId == other.RuleId && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FollowUpReason);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = unchecked((RuleId.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(Explanation));
            _hash = hash == 0 ? 1 : hash;
        }

        return _hash;
    }

    /// <summary>Returns the rule ID and the explanation.</summary>
    /// <returns>For example <c>PHN-02: Two business days have to pass before the first call.</c>.</returns>
    public override string ToString() => RuleId + ": " + Explanation;

    private static string CheckExplanation(RuleId ruleId, string explanation) =>
        string.IsNullOrWhiteSpace(explanation)
            ? throw new ArgumentException($"Reason for {ruleId} needs an explanation.", nameof(explanation))
            : explanation;

    private string Word(FollowUpProfile profile)
    {
        string text;
        try
        {
            text = _explain!(profile);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"The wording of a reason for {RuleId} failed for profile '{profile.Name}': {error.Message}", error);
        }

        return string.IsNullOrWhiteSpace(text)
            ? throw new InvalidOperationException($"The wording of a reason for {RuleId} gave a blank explanation for profile '{profile.Name}'.")
            : text;
    }
}
