using System.Runtime.CompilerServices;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// The plan of a call as it takes shape in the call-planning stage: its windows (the proposed one
/// and up to two alternatives), what to do if voicemail or a gatekeeper answers, and the reasons; or,
/// when no call can be planned, a wait or a stop instead.
/// </summary>
/// <remarks>
/// <para>A plan starts empty: no window, and on voicemail or with a gatekeeper whatever the
/// strategies say (hang up and call again, ask to be put through, with no reason, when none does).</para>
/// <para>Windows are added in time order and must not overlap; the first is the one the call
/// proposes. <see cref="WaitUntil"/> and <see cref="Stop"/> settle the plan and end the stage.</para>
/// <para>A draft is a view of one decision in progress: valid during the strategy call that receives
/// it; using it afterwards throws <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public readonly struct CallPlanDraft
{
    private readonly DecisionState _state;
    private readonly int _generation;

    internal CallPlanDraft(DecisionState state)
    {
        _state = state;
        _generation = state.Generation;
    }

    /// <summary>Gets the most windows a plan holds: the proposed one and two alternatives.</summary>
    public static int MaxWindows => DecisionState.MaxWindows;

    /// <summary>Gets the number of windows planned so far.</summary>
    public int WindowCount => State.WindowCount;

    /// <summary>Gets a value indicating whether the plan holds as many windows as a call carries.</summary>
    public bool IsFull => State.WindowCount == DecisionState.MaxWindows;

    /// <summary>Gets a value indicating whether the plan is settled as a wait or a stop.</summary>
    public bool IsSettled => State.PlanOutcome != PlanOutcome.None;

    /// <summary>Gets what to do if voicemail answers, as planned so far.</summary>
    public VoicemailPlan IfVoicemail => State.IfVoicemail;

    /// <summary>Gets what to do if a gatekeeper answers, as planned so far.</summary>
    public GatekeeperPlan IfGatekeeper => State.IfGatekeeper;

    /// <summary>Gets the reason for <see cref="IfGatekeeper"/>, or <see langword="null"/> while no strategy has planned it (the first to plan it decides).</summary>
    public FollowUpReason? GatekeeperReason => State.GatekeeperReason;

    /// <summary>Gets the reasons the plan gives so far (the decision's are on <see cref="CallPlanContext.DecisionReasons"/>).</summary>
    public ReasonList Reasons
    {
        get
        {
            var state = State;
            return state.Catalogue.ListOf(state.PlanReasons);
        }
    }

    private DecisionState State
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            return DecisionState.Open(_state, _generation, "This CallPlanDraft is a default value; drafts come from the policy or from a StrategyTrial.");
        }
    }

    /// <summary>Gets the window at <paramref name="index"/>: 0 is the proposed one.</summary>
    /// <param name="index">Zero-based position.</param>
    /// <returns>The window.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the windows planned.</exception>
    public CallWindow Window(int index)
    {
        var state = State;
        return (uint)index < (uint)state.WindowCount
            ? state.Windows[index]
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The plan holds {state.WindowCount} windows.");
    }

    /// <summary>Adds a window after those planned.</summary>
    /// <param name="window">The window; it starts no earlier than the last planned window ends.</param>
    /// <exception cref="InvalidOperationException">The plan is full or settled, or the call is not yet due (<see cref="CallPlanContext.IsDue"/>).</exception>
    /// <exception cref="ArgumentException">The window starts before the last planned one ends.</exception>
    public void AddWindow(CallWindow window)
    {
        var state = State;
        CheckOpen(state);
        if (state.Earliest > state.Now)
        {
            throw new InvalidOperationException($"The call is not due until {state.Earliest}: a strategy looking ahead may stop or wait longer, but not plan windows.");
        }

        if (state.WindowCount == DecisionState.MaxWindows)
        {
            throw new InvalidOperationException($"A call carries at most {DecisionState.MaxWindows} windows (the proposed one and two alternatives).");
        }

        if (state.WindowCount > 0 && window.Start < state.Windows[state.WindowCount - 1].End)
        {
            throw new ArgumentException($"Windows are planned in order without overlapping; {window} starts before {state.Windows[state.WindowCount - 1]} ends.", nameof(window));
        }

        state.Windows[state.WindowCount++] = window;
    }

    /// <summary>Records a reason without changing anything else.</summary>
    /// <param name="reason">The reason, declared by the calling strategy's descriptor.</param>
    public void Because(FollowUpReason reason)
    {
        var state = State;
        state.PlanReasons = state.PlanReasons.With(state.Cite(reason));
    }

    /// <summary>Records the reasons in <paramref name="reasons"/> (for example those a window search passed).</summary>
    /// <param name="reasons">Reasons of this policy.</param>
    public void Because(ReasonList reasons)
    {
        var state = State;
        if (ReferenceEquals(reasons.Catalogue, state.Catalogue))
        {
            state.PlanReasons = state.PlanReasons.Union(reasons.Bits);
            return;
        }

        foreach (var reason in reasons)
        {
            Because(reason);
        }
    }

    /// <summary>Plans to leave a short message if voicemail answers.</summary>
    /// <param name="because">The strategy's reason; the script's voicemail line cites it.</param>
    public void LeaveVoicemail(FollowUpReason because) => PlanVoicemail(VoicemailPlan.LeaveMessage, because);

    /// <summary>Plans to hang up without a message if voicemail answers, and call again another time.</summary>
    /// <param name="because">The strategy's reason; the script's voicemail line cites it.</param>
    public void HangUpOnVoicemail(FollowUpReason because) => PlanVoicemail(VoicemailPlan.HangUpAndCallAgain, because);

    /// <summary>Plans what to do if a receptionist or switchboard answers.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="because">The strategy's reason; the script's gatekeeper lines cite it.</param>
    public void HandleGatekeeper(GatekeeperPlan plan, FollowUpReason because)
    {
        var state = State;
        var index = state.Cite(because);
        state.IfGatekeeper = plan;
        state.GatekeeperReason = state.Catalogue.Reasons[index];
        state.PlanReasons = state.PlanReasons.With(index);
    }

    /// <summary>Plans to decline being passed to staff who were not at the interview (CBR-02).</summary>
    /// <param name="because">The strategy's reason; the script's line about it cites it.</param>
    public void DeclineUnfamiliarStaff(FollowUpReason because)
    {
        var state = State;
        var index = state.Cite(because);
        state.DeclineStaffReason = state.Catalogue.Reasons[index];
        state.PlanReasons = state.PlanReasons.With(index);
    }

    /// <summary>
    /// Settles the plan as a wait: no call now; decide again at <paramref name="until"/>. Ends the
    /// stage. Looking ahead at a call that is not yet due, the wait lasts at least until the decision
    /// stage's <see cref="CallPlanContext.Earliest"/>.
    /// </summary>
    /// <param name="until">When to decide again; after now.</param>
    /// <param name="because">The strategy's reason.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="until"/> is not after now.</exception>
    public void WaitUntil(Instant until, FollowUpReason because)
    {
        var state = State;
        CheckOpen(state);
        if (until <= state.Now)
        {
            throw new ArgumentOutOfRangeException(nameof(until), until, $"A wait ends after now ({state.Now}).");
        }

        var index = state.Cite(because);
        state.PlanOutcome = PlanOutcome.Wait;
        state.PlanWaitUntil = until;
        state.PlanReasons = state.PlanReasons.With(index);
    }

    /// <summary>Settles the plan as a stop: the follow-up ends; the stop carries this strategy's reason alone. Ends the stage.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="because">The strategy's reason.</param>
    public void Stop(StopReason reason, FollowUpReason because)
    {
        var state = State;
        CheckOpen(state);
        var index = state.Cite(because);
        state.PlanOutcome = PlanOutcome.Stop;
        state.PlanStopReason = reason;
        state.PlanReasons = default(ReasonBits).With(index);
    }

    private void PlanVoicemail(VoicemailPlan plan, FollowUpReason because)
    {
        var state = State;
        var index = state.Cite(because);
        state.IfVoicemail = plan;
        state.VoicemailReason = state.Catalogue.Reasons[index];
        state.PlanReasons = state.PlanReasons.With(index);
    }

    private static void CheckOpen(DecisionState state)
    {
        if (state.PlanOutcome != PlanOutcome.None)
        {
            throw new InvalidOperationException("The plan is already settled as a " + (state.PlanOutcome == PlanOutcome.Wait ? "wait" : "stop") + ".");
        }
    }
}
