
namespace FollowUpRules.Strategies;

/// <summary>
/// A composable piece of policy: the base of the four kinds of strategy a policy is made of, in the
/// order a decision uses them. <see cref="DecisionStrategy"/>: what to do (channel, whom, earliest
/// moment, or stop). <see cref="CallPlanningStrategy"/>: how to make a call that is due (its window,
/// what to do on voicemail or with a gatekeeper, what to do when no window exists).
/// <see cref="CallWindowStrategy"/>: when calls are welcome in an office day. <see cref="ScriptStrategy"/>:
/// what to say or write, on request. Every strategy describes itself (<see cref="Descriptor"/>) so
/// that a policy can list its strategies, the rules they implement, every reason they can give and
/// the profile settings they read.
/// </summary>
/// <remarks>
/// <para>Strategies must be immutable and thread-safe: one instance serves every decision of a
/// policy, on any thread. They read what a decision knows through the context they are given and
/// change only the draft they are given; the library's own strategies use nothing else, so a host's
/// strategy can do whatever theirs do.</para>
/// <para>The contexts and drafts a strategy receives are views of one decision in progress: they are
/// valid during the call that receives them. Using one after its decision has ended throws
/// <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public abstract class FollowUpStrategy
{
    /// <summary>Gets what the strategy is: its name, the rule IDs it implements, the reasons it can give and the settings it reads.</summary>
    public abstract StrategyDescriptor Descriptor { get; }

    /// <summary>
    /// Tells whether the strategy has anything to do under <paramref name="profile"/>. A policy leaves
    /// out strategies whose settings are off (for example the lunch blackout when
    /// <see cref="FollowUpProfile.LunchBlackout"/> is <see langword="null"/>), so its strategy list shows
    /// what really applies. The default is <see langword="true"/>.
    /// </summary>
    /// <param name="profile">The profile the policy is built from.</param>
    /// <returns><see langword="true"/> when the strategy should be part of the policy.</returns>
    public virtual bool AppliesTo(FollowUpProfile profile) => true;

    /// <summary>Returns the descriptor's name and rule IDs.</summary>
    /// <returns>For example <c>LunchBlackout (ETQ-06)</c>.</returns>
    public override string ToString() => Descriptor.ToString();
}
