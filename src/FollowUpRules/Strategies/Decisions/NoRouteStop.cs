using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>When no rule has found a way to reach anyone the profile allows, stops (FUR-08).</summary>
public sealed class NoRouteStop : DecisionStrategy
{
    /// <summary>No route (FUR-08).</summary>
    public static readonly FollowUpReason NoRoute = new(RuleIds.Fur08, "There is no number, address, agency or LinkedIn contact the profile allows, so there is no way to follow up.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(NoRouteStop),
        "Stops when there is no way to reach anyone.",
        [RuleIds.Fur08],
        [NoRoute]);

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (draft.Kind == NextActionKind.Call && draft.Number is null)
        {
            draft.Stop(StopReason.NoContactDetails, NoRoute);
        }
    }
}
