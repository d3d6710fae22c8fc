using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>Before the interview has taken place there is nothing to follow up: wait for it (FUR-01).</summary>
public sealed class InterviewNotYetHeld : DecisionStrategy
{
    /// <summary>The reason given while the interview is still ahead.</summary>
    public static readonly FollowUpReason NotYetHeld = new(RuleIds.Fur01, "The interview has not taken place yet; nothing can be followed up before it.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(InterviewNotYetHeld),
        "Holds everything until the interview has taken place.",
        [RuleIds.Fur01],
        [NotYetHeld]);

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (context.Now < context.InterviewAt)
        {
            draft.NotBefore(context.InterviewAt, NotYetHeld);
        }
    }
}
