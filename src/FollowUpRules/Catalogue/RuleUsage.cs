using FollowUpRules.Strategies;

namespace FollowUpRules.Catalogue;

/// <summary>Where a rule is used: the standard strategies implementing it and the built-in profiles applying it.</summary>
public static class RuleUsage
{
    private static readonly IReadOnlyList<FollowUpStrategy> Standard =
        [.. StandardStrategies.CreateDecisionStrategies(), .. StandardStrategies.CreateCallPlanningStrategies(), .. StandardStrategies.CreateWindowStrategies(), .. StandardStrategies.CreateScriptStrategies()];

    private static readonly IReadOnlyList<(FollowUpProfile Profile, PolicyStrategies Rules)> BuiltIn =
        FollowUpProfiles.All.Select(p => (p, FollowUpPolicy.Create(p).Strategies)).ToList();

    /// <summary>Gets the standard strategies that implement <paramref name="id"/> or can cite it.</summary>
    /// <param name="id">The rule ID.</param>
    /// <returns>Their descriptors, in standard order.</returns>
    public static IReadOnlyList<StrategyDescriptor> Strategies(RuleId id) =>
        Standard.Select(s => s.Descriptor).Where(d => Covers(d, id)).ToList();

    /// <summary>Tells whether the window search itself gives <paramref name="id"/> (see <see cref="WindowSearchReasons"/>): every policy that calls applies it.</summary>
    /// <param name="id">The rule ID.</param>
    /// <returns><see langword="true"/> for the library rules of the window search.</returns>
    public static bool IsAppliedByThePolicy(RuleId id) => WindowSearchReasons.All.Any(r => r.RuleId == id);

    /// <summary>
    /// Gets the built-in profiles that apply <paramref name="id"/>: those whose policy holds a strategy
    /// for it (or that search call windows, for the policy's own rules) and that follow the rule's
    /// article (always, for library rules).
    /// </summary>
    /// <param name="id">The rule ID.</param>
    /// <returns>The profiles, default first.</returns>
    public static IReadOnlyList<FollowUpProfile> Profiles(RuleId id)
    {
        var article = SourceRules.TryGet(id, out var rule) ? rule.Article.Flag : ArticleSet.None;
        var byPolicy = IsAppliedByThePolicy(id);
        return BuiltIn
            .Where(p => (article == ArticleSet.None || (p.Profile.Sources & article) != 0)
                && ((byPolicy && p.Profile.AllowsPhone)
                    || p.Rules.Decisions.Concat(p.Rules.CallPlanning).Concat(p.Rules.Windows).Concat(p.Rules.Scripts).Any(d => Covers(d, id))))
            .Select(p => p.Profile)
            .ToList();
    }

    private static bool Covers(StrategyDescriptor descriptor, RuleId id) =>
        descriptor.RuleIds.Contains(id) || descriptor.Reasons.Any(r => r.RuleId == id);
}
