using FollowUpRules.Engine;

namespace FollowUpRules.Strategies;

/// <summary>
/// What a strategy is, for inspection and explanation: its name, the rule IDs it implements, a
/// one-line description, every reason it can give, and the profile settings it reads.
/// </summary>
/// <remarks>
/// A decision may cite only reasons its strategies declare here. The settings a strategy reads let a
/// policy report a profile setting that no strategy of it reads (<see cref="PolicyStrategies.Warnings"/>):
/// a setting left without effect because its strategy was removed or replaced.
/// </remarks>
public sealed class StrategyDescriptor
{
    /// <summary>Initializes a new instance of the <see cref="StrategyDescriptor"/> class.</summary>
    /// <param name="name">The strategy's name, usually its type name, such as <c>LunchBlackout</c>.</param>
    /// <param name="description">What the strategy does, in one line.</param>
    /// <param name="ruleIds">The rule IDs the strategy implements; at least one.</param>
    /// <param name="reasons">Every reason the strategy can give; decisions may only cite declared reasons.</param>
    /// <param name="settings">The profile settings the strategy reads (see <see cref="ProfileSettings"/>).</param>
    /// <exception cref="ArgumentException">A name or description is blank, no rule ID is given, or a reason or setting is null.</exception>
    public StrategyDescriptor(string name, string description, IEnumerable<RuleId> ruleIds, IEnumerable<FollowUpReason>? reasons = null, IEnumerable<ProfileSetting>? settings = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A strategy needs a name.", nameof(name));
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            throw new ArgumentException($"Strategy '{name}' needs a description.", nameof(description));
        }

        Name = name;
        Description = description;
        RuleIds = ValueList<RuleId>.CopyOf(Guard.NotNull(ruleIds));
        if (RuleIds.Count == 0)
        {
            throw new ArgumentException($"Strategy '{name}' must name at least one rule ID it implements.", nameof(ruleIds));
        }

        Reasons = ValueList<FollowUpReason>.CopyOf(reasons);
        if (Reasons.Contains(null!))
        {
            throw new ArgumentException($"Strategy '{name}' declares a null reason; declare the reason after it is created (static fields are initialized in order).", nameof(reasons));
        }

        Settings = ValueList<ProfileSetting>.CopyOf(settings);
        if (Settings.Contains(null!))
        {
            throw new ArgumentException($"Strategy '{name}' declares a null setting.", nameof(settings));
        }
    }

    /// <summary>Gets the strategy's name.</summary>
    public string Name { get; }

    /// <summary>Gets what the strategy does, in one line.</summary>
    public string Description { get; }

    /// <summary>Gets the rule IDs the strategy implements.</summary>
    public IReadOnlyList<RuleId> RuleIds { get; }

    /// <summary>Gets every reason the strategy can give.</summary>
    public IReadOnlyList<FollowUpReason> Reasons { get; }

    /// <summary>Gets the profile settings the strategy reads.</summary>
    public IReadOnlyList<ProfileSetting> Settings { get; }

    /// <summary>Returns the name and rule IDs.</summary>
    /// <returns>For example <c>LunchBlackout (ETQ-06)</c>.</returns>
    public override string ToString() => Name + " (" + string.Join(", ", RuleIds) + ")";
}
