using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Ends the follow-up once the candidacy is settled: the position filled (PHN-08), the candidate no
/// longer considered (CBR-04), or an offer made (FUR-07). The latest such news wins.
/// </summary>
public sealed class StopOnOutcome : DecisionStrategy
{
    /// <summary>The position has been filled (PHN-08).</summary>
    public static readonly FollowUpReason Filled = new(RuleIds.Phn08, "The position has been filled, so the follow-up is over.");

    /// <summary>The position has been filled, cited under profiles that follow CBR rather than PHN (CBR-04).</summary>
    public static readonly FollowUpReason FilledCbr = new(RuleIds.Cbr04, "The position has been filled, so the follow-up is over.");

    /// <summary>The candidate is no longer under consideration (CBR-04).</summary>
    public static readonly FollowUpReason NotConsidered = new(RuleIds.Cbr04, "The candidate is no longer under consideration, so the follow-up is over.");

    /// <summary>The candidate is no longer under consideration, cited under profiles that follow PHN rather than CBR (PHN-08).</summary>
    public static readonly FollowUpReason NotConsideredPhn = new(RuleIds.Phn08, "The candidate is no longer under consideration, so the follow-up is over.");

    /// <summary>An offer ends the follow-up (FUR-07).</summary>
    public static readonly FollowUpReason Offer = new(RuleIds.Fur07, "An offer has been made, so the follow-up is over.");

    /// <summary>The candidacy is settled, under a profile whose articles do not ask about it (FUR-07).</summary>
    public static readonly FollowUpReason Settled = new(RuleIds.Fur07, "The employer has settled the candidacy, so the follow-up is over.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(StopOnOutcome),
        "Stops once the position is filled, the candidate is out, or an offer is made.",
        [RuleIds.Phn08, RuleIds.Cbr04, RuleIds.Fur07],
        [Filled, FilledCbr, NotConsidered, NotConsideredPhn, Offer, Settled]);

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        var profile = context.Profile;
        switch (context.History.Outcome)
        {
            case CandidateStatus.PositionFilled:
                draft.Stop(StopReason.PositionFilled, profile.ChooseReason(Settled, Filled, FilledCbr));
                break;
            case CandidateStatus.NoLongerConsidered:
                draft.Stop(StopReason.NotConsidered, profile.ChooseReason(Settled, NotConsidered, NotConsideredPhn));
                break;
            case CandidateStatus.OfferMade:
                draft.Stop(StopReason.OfferMade, Offer);
                break;
        }
    }
}
