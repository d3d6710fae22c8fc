namespace FollowUpRules.Strategies;

/// <summary>
/// A strategy of the first stage, deciding what to do: it reads the case through a
/// <see cref="DecisionContext"/> and shapes a <see cref="DecisionDraft"/> (the kind of action, whom,
/// the earliest moment, or a stop), in pipeline order.
/// </summary>
/// <remarks>
/// <para>Strategies run in the order the policy lists them. A strategy that stops the follow-up ends
/// the stage; any other choice (wait longer, email instead of calling, whom to call) can still be
/// adjusted by later strategies.</para>
/// <para>When the stage ends, a stop is final; a draft whose earliest moment is still ahead becomes
/// <see cref="NextAction.Wait"/>; a due call goes on to the call-planning strategies; any other due
/// action is the decision.</para>
/// <para>A strategy may only cite reasons its <see cref="FollowUpStrategy.Descriptor"/> declares.</para>
/// </remarks>
public abstract class DecisionStrategy : FollowUpStrategy
{
    /// <summary>Applies the strategy.</summary>
    /// <param name="context">What is known: the case, "now", the profile, the history and the office calendar.</param>
    /// <param name="draft">The decision so far, to adjust.</param>
    public abstract void Apply(DecisionContext context, DecisionDraft draft);
}
