using FollowUpRules.Strategies;

namespace FollowUpRules;

/// <summary>
/// What a policy applies, for inspection: its strategies by stage and in order, every reason it can
/// give (worded for its profile), and the warnings found when it was built.
/// </summary>
public sealed class PolicyStrategies
{
    internal PolicyStrategies(
        IReadOnlyList<StrategyDescriptor> decisions,
        IReadOnlyList<StrategyDescriptor> callPlanning,
        IReadOnlyList<StrategyDescriptor> windows,
        IReadOnlyList<StrategyDescriptor> scripts,
        IReadOnlyList<FollowUpReason> reasons,
        IReadOnlyList<PolicyWarning> warnings)
    {
        Decisions = decisions;
        CallPlanning = callPlanning;
        Windows = windows;
        Scripts = scripts;
        Reasons = reasons;
        Warnings = warnings;
        RuleIds = Decisions.Concat(CallPlanning).Concat(Windows).Concat(Scripts).SelectMany(d => d.RuleIds)
            .Concat(Reasons.Select(r => r.RuleId)).Distinct().OrderBy(id => id).ToList();
    }

    /// <summary>Gets the decision strategies, in pipeline order.</summary>
    public IReadOnlyList<StrategyDescriptor> Decisions { get; }

    /// <summary>Gets the call-planning strategies, in pipeline order.</summary>
    public IReadOnlyList<StrategyDescriptor> CallPlanning { get; }

    /// <summary>Gets the call-window strategies.</summary>
    public IReadOnlyList<StrategyDescriptor> Windows { get; }

    /// <summary>Gets the script strategies.</summary>
    public IReadOnlyList<StrategyDescriptor> Scripts { get; }

    /// <summary>Gets every reason a decision of the policy can give, worded for its profile.</summary>
    public IReadOnlyList<FollowUpReason> Reasons { get; }

    /// <summary>Gets the distinct rule IDs the policy implements or can cite, in catalogue order.</summary>
    public IReadOnlyList<RuleId> RuleIds { get; }

    /// <summary>
    /// Gets what the builder noticed but did not refuse: a profile setting that is switched on (neither
    /// null nor false) but that no strategy of the policy reads (its strategy was removed or replaced
    /// by one that does not declare it), and so has no effect. Empty for every built-in profile with
    /// the standard strategies.
    /// </summary>
    public IReadOnlyList<PolicyWarning> Warnings { get; }
}
