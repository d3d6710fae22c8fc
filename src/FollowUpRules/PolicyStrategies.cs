using FollowUpRules.Strategies;


namespace FollowUpRules;

/// <summary>What a policy applies, for inspection: its strategies in order and every reason it can give.</summary>
public sealed class PolicyStrategies
{
    internal PolicyStrategies(IReadOnlyList<StrategyDescriptor> decisions, IReadOnlyList<StrategyDescriptor> windows, IReadOnlyList<StrategyDescriptor> scripts, IReadOnlyList<FollowUpReason> reasons)
    {
        Decisions = decisions;
        Windows = windows;
        Scripts = scripts;
        Reasons = reasons;
    }

    /// <summary>Gets the decision rules in pipeline order.</summary>
    public IReadOnlyList<StrategyDescriptor> Decisions { get; }

    /// <summary>Gets the call-window rules.</summary>
    public IReadOnlyList<StrategyDescriptor> Windows { get; }

    /// <summary>Gets the script rules.</summary>
    public IReadOnlyList<StrategyDescriptor> Scripts { get; }

    /// <summary>Gets every reason a decision of the policy can give.</summary>
    public IReadOnlyList<FollowUpReason> Reasons { get; }

    /// <summary>Gets the distinct rule IDs the policy implements, in catalogue order.</summary>
    public IReadOnlyList<RuleId> RuleIds =>
        Decisions.Concat(Windows).Concat(Scripts).SelectMany(d => d.RuleIds)
            .Concat(Reasons.Select(r => r.RuleId)).Distinct().OrderBy(id => id).ToList();
}
