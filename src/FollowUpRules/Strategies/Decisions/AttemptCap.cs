using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// A hard ceiling that keeps every follow-up finite: once the candidate has made
/// <see cref="FollowUpProfile.MaxAttempts"/> follow-up attempts on their own initiative, stop (FUR-05).
/// </summary>
public sealed class AttemptCap : DecisionStrategy
{
    /// <summary>The ceiling is reached (FUR-05).</summary>
    public static readonly FollowUpReason CeilingReached = new(RuleIds.Fur05, p => $"The candidate has made {ProfileWords.Count(p.MaxAttempts, "follow-up attempt")}, as many as the profile ever allows.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(AttemptCap),
        "Stops at the profile's ceiling on follow-up attempts.",
        [RuleIds.Fur05],
        [CeilingReached],
        [ProfileSettings.MaxAttempts]);

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (draft.Kind == NextActionKind.Stop || draft.EmployerInvited)
        {
            return;
        }

        if (context.History.UninvitedFollowUps >= context.Profile.MaxAttempts)
        {
            draft.Stop(StopReason.LimitReached, CeilingReached);
        }
    }
}
