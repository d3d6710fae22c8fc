using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// A composable rule: the base of decision rules (<see cref="DecisionStrategy"/>), call-window rules
/// (<see cref="CallWindowStrategy"/>) and script rules (<see cref="ScriptStrategy"/>). Every strategy
/// describes itself, so that a policy can list its rules, their IDs and every reason they can give.
/// </summary>
/// <remarks>Strategies must be immutable and thread-safe: one instance serves every decision of a policy, on any thread.</remarks>
public abstract class FollowUpStrategy
{
    /// <summary>Gets what the strategy is: its name, the rule IDs it implements and the reasons it can give.</summary>
    public abstract StrategyDescriptor Descriptor { get; }

    /// <summary>
    /// Tells whether the strategy has anything to do under <paramref name="profile"/>. A policy leaves
    /// out strategies whose settings are off (for example the lunch blackout when
    /// <see cref="FollowUpProfile.LunchBlackout"/> is <see langword="null"/>), so its rule list shows
    /// what really applies. The default is <see langword="true"/>.
    /// </summary>
    /// <param name="profile">The profile the policy is built from.</param>
    /// <returns><see langword="true"/> when the strategy should be part of the policy.</returns>
    public virtual bool AppliesTo(FollowUpProfile profile) => true;

    /// <summary>Returns the descriptor's name and rule IDs.</summary>
    /// <returns>For example <c>LunchBlackout (ETQ-06)</c>.</returns>
    public override string ToString() => Descriptor.ToString();
}

/// <summary>
/// A rule that shapes the decision: it reads the case (through a <see cref="DecisionContext"/>) and
/// adjusts a <see cref="DecisionDraft"/>, in pipeline order.
/// </summary>
/// <remarks>
/// <para>Rules run in the order the policy lists them. A rule that stops the follow-up ends the
/// pipeline; any other choice (wait longer, email instead of calling, whom to call) can still be
/// adjusted by later rules.</para>
/// <para>A rule may only cite reasons its <see cref="FollowUpStrategy.Descriptor"/> declares.</para>
/// </remarks>
public abstract class DecisionStrategy : FollowUpStrategy
{
    /// <summary>Applies the rule.</summary>
    /// <param name="context">What is known: the case, "now", the profile, the history and the office calendar.</param>
    /// <param name="draft">The decision so far, to adjust.</param>
    public abstract void Apply(in DecisionContext context, ref DecisionDraft draft);
}

/// <summary>
/// A rule about when calls are welcome: on each open office day it names the spans it blocks. The
/// engine offers what remains of the opening hours once every window rule has had its say.
/// </summary>
/// <remarks>
/// The windows a rule shapes cite the first reason its descriptor declares, so declare one. Rules
/// only block; they never open time outside the office's hours.
/// </remarks>
public abstract class CallWindowStrategy : FollowUpStrategy
{
    /// <summary>
    /// Finds the first span of <paramref name="day"/> this rule blocks that ends after
    /// <paramref name="from"/>: the one containing <paramref name="from"/>, or else the next to start.
    /// </summary>
    /// <param name="day">The office day.</param>
    /// <param name="from">The wall-clock time from which to look.</param>
    /// <param name="block">The blocked span (<see cref="TimeOfDayRange.WholeDay"/> to block the day).</param>
    /// <returns><see langword="true"/> when such a span exists.</returns>
    public abstract bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block);

    /// <summary>
    /// Tells whether every window this rule leaves open on <paramref name="day"/> is a preferred time
    /// to call (as RCR-04's start and end of the working day are). Most rules only block.
    /// </summary>
    /// <param name="day">The office day.</param>
    /// <returns><see langword="true"/> when windows left open are <see cref="CallWindowQuality.Preferred"/>.</returns>
    public virtual bool MarksPreferred(in CallDay day) => false;
}
