using FollowUpRules.Strategies;

namespace FollowUpRules.Testing;

/// <summary>What call-planning strategies left in a plan, as <see cref="StrategyHarness.Plan"/> shows it.</summary>
public sealed class PlanResult
{
    internal PlanResult(StrategyTrial trial)
    {
        var plan = trial.Plan;
        var windows = new List<CallWindow>();
        for (var i = 0; i < plan.WindowCount; i++)
        {
            windows.Add(plan.Window(i));
        }

        Windows = windows;
        IsSettled = plan.IsSettled;
        Reasons = plan.Reasons;
        Action = plan.IsSettled || plan.WindowCount > 0 ? trial.Conclude() : null;
    }

    /// <summary>Gets the windows planned, the proposed one first.</summary>
    public IReadOnlyList<CallWindow> Windows { get; }

    /// <summary>Gets a value indicating whether the plan settled as a wait or a stop.</summary>
    public bool IsSettled { get; }

    /// <summary>Gets the reasons the planning strategies gave.</summary>
    public ReasonList Reasons { get; }

    /// <summary>
    /// Gets the decision the plan leads to: the call in its first window (with the voicemail and
    /// gatekeeper plans and their reasons), or the wait or stop it settled on; <see langword="null"/>
    /// when the plan holds no window and did not settle.
    /// </summary>
    public NextAction? Action { get; }

    /// <summary>Gets the action as a call, when it is one.</summary>
    public NextAction.Call? Call => Action as NextAction.Call;
}
