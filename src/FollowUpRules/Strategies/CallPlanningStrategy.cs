namespace FollowUpRules.Strategies;

/// <summary>
/// A strategy of the second stage, planning a call that the decision stage found due: where its
/// window goes (the time the employer named, the first the office welcomes), what to do if voicemail
/// or a gatekeeper answers, and what to do when no window exists. It reads the decision through a
/// <see cref="CallPlanContext"/> and shapes a <see cref="CallPlanDraft"/>.
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

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => Guard.NotNull(profile).AllowsPhone;
}
