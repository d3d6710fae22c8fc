using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>What decision strategies left in a draft, as <see cref="StrategyHarness.Apply"/> shows it.</summary>
public sealed class DraftResult
{
    internal DraftResult(StrategyTrial trial)
    {
        var draft = trial.Draft;
        Kind = draft.Kind;
        Earliest = draft.Earliest;
        IsStopped = draft.IsStopped;
        StopReason = draft.IsStopped ? draft.StopReason : null;
        Callee = draft.Callee;
        Number = draft.Number;
        NumberKind = draft.NumberKind;
        EmployerInvited = draft.EmployerInvited;
        InvitedTime = draft.InvitedTime;
        FinalCall = draft.FinalCall;
        Recipients = draft.Recipients;
        ChosenBecause = draft.ChosenBecause;
        Reasons = draft.Reasons;
        Action = draft.IsStopped || draft.Earliest > trial.Context.Now || draft.Kind != NextActionKind.Call ? trial.Conclude() : null;
    }

    /// <summary>Gets the kind of action proposed.</summary>
    public NextActionKind Kind { get; }

    /// <summary>Gets the earliest instant the action may happen.</summary>
    public Instant Earliest { get; }

    /// <summary>Gets a value indicating whether a strategy stopped the follow-up.</summary>
    public bool IsStopped { get; }

    /// <summary>Gets why the follow-up stops, when it does.</summary>
    public StopReason? StopReason { get; }

    /// <summary>Gets the person to call or write to.</summary>
    public Interviewer? Callee { get; }

    /// <summary>Gets the number chosen, if any.</summary>
    public string? Number { get; }

    /// <summary>Gets whether the number is a direct line or the general number.</summary>
    public CallNumberKind NumberKind { get; }

    /// <summary>Gets a value indicating whether the employer asked for this contact.</summary>
    public bool EmployerInvited { get; }

    /// <summary>Gets the office-local time the employer named, if any.</summary>
    public LocalDateTime? InvitedTime { get; }

    /// <summary>Gets a value indicating whether this is the profile's final call.</summary>
    public bool FinalCall { get; }

    /// <summary>Gets the people a written message goes to.</summary>
    public IReadOnlyList<Interviewer> Recipients { get; }

    /// <summary>Gets the reason of the strategy that chose the action's kind and recipient, if one did.</summary>
    public FollowUpReason? ChosenBecause { get; }

    /// <summary>Gets the reasons given, in pipeline order.</summary>
    public ReasonList Reasons { get; }

    /// <summary>
    /// Gets the action the decision reaches without planning a call: a stop, a wait until
    /// <see cref="Earliest"/>, or a written action; <see langword="null"/> for a call that is due,
    /// which needs the call-planning stage (<see cref="StrategyHarness.Plan"/>).
    /// </summary>
    public NextAction? Action { get; }

    /// <summary>Summarizes the draft in one line.</summary>
    /// <returns>For example <c>Stop (NoResponse) [ACME-02]</c> or <c>Call from 2026-03-10T09:00:00Z [PHN-02]</c>.</returns>
    public override string ToString() =>
        (IsStopped ? "Stop (" + StopReason + ")" : Kind + " from " + Earliest) + " " + Reasons;
}
