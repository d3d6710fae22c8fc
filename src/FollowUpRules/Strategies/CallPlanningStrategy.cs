namespace FollowUpRules.Strategies;

/// <summary>
/// A strategy of the second stage, planning a call that the decision stage found due: where its
/// window goes (the time the employer named, the first the office welcomes), what to do if voicemail
/// or a gatekeeper answers, and what to do when no window exists. It reads the decision through a
/// <see cref="CallPlanContext"/> and shapes a <see cref="CallPlanDraft"/>. When the decision stage
/// ends in a wait for a call that is not yet due, the stage runs <see cref="PlanAhead"/> instead, so a
/// strategy can see that the call can never be made and stop now rather than after the wait.
/// </summary>
/// <remarks>
/// <para>Strategies run in the order the policy lists them; one that settles the plan as a wait or a
/// stop (<see cref="CallPlanDraft.WaitUntil"/>, <see cref="CallPlanDraft.Stop"/>) ends the stage.</para>
/// <para>When the stage ends without a wait or a stop, the plan must hold a window: the decision is
/// then a <see cref="NextAction.Call"/> in its first window, with the others as alternatives. A plan
/// with no window is a mistake in the policy's composition and throws
/// <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public abstract class CallPlanningStrategy : FollowUpStrategy
{
    /// <summary>Plans part of the call.</summary>
    /// <param name="context">What is known: the decision, the case, "now", the profile, the history, the office calendar and the window search.</param>
    /// <param name="plan">The plan so far, to adjust.</param>
    public abstract void Plan(CallPlanContext context, CallPlanDraft plan);

    /// <summary>
    /// Looks ahead at a call that is not yet due (<see cref="CallPlanContext.IsDue"/> is false): the
    /// decision stage will wait until <see cref="CallPlanContext.Earliest"/>. A strategy may stop the
    /// follow-up (<see cref="CallPlanDraft.Stop"/>) when the call could never be made, or wait longer
    /// (<see cref="CallPlanDraft.WaitUntil"/>, never shorter than the decision stage's wait); it cannot
    /// add windows. The default does nothing.
    /// </summary>
    /// <remarks>
    /// This keeps a stop final: a stop for want of a window (FUR-06) is reached again after any
    /// recorded attempt that leaves the office's calendar as it was, instead of becoming a wait that
    /// ends in the same stop.
    /// </remarks>
    /// <param name="context">What is known: the call the decision stage chose and when it falls due.</param>
    /// <param name="plan">The plan, which may only be settled as a stop or a longer wait.</param>
    public virtual void PlanAhead(CallPlanContext context, CallPlanDraft plan)
    {
    }

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => Guard.NotNull(profile).AllowsPhone;
}
