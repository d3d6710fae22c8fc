using System.Globalization;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>Expectations on one <see cref="NextAction"/>, chained: each returns this object or throws <see cref="FollowUpExpectationException"/>.</summary>
public sealed class ActionExpectations
{
    internal ActionExpectations(NextAction action) => Action = action;

    /// <summary>Gets the action under test.</summary>
    public NextAction Action { get; }

    /// <summary>Expects a call whose proposed window lies inside an office-local window.</summary>
    /// <param name="from">The earliest acceptable office-local start (inclusive).</param>
    /// <param name="to">The latest acceptable office-local end (inclusive).</param>
    /// <returns>These expectations.</returns>
    public ActionExpectations IsCallWithin(LocalDateTime from, LocalDateTime to)
    {
        var call = IsCall();
        var window = call.Window;
        if (window.LocalStart < from || window.LocalEnd > to)
        {
            Fail($"Expected a call within {Text(from)} to {Text(to)} office time, but the proposed window is {Text(window.LocalStart)} to {Text(window.LocalEnd)}.");
        }

        return this;
    }

    /// <summary>Expects a call to a given person.</summary>
    /// <param name="name">The person's name, as in the case.</param>
    /// <returns>These expectations.</returns>
    public ActionExpectations IsCallTo(string name)
    {
        var call = IsCall();
        if (!string.Equals(call.Whom.Name, name, StringComparison.Ordinal))
        {
            Fail($"Expected a call to {name}, but the call is to {call.Whom.Name}.");
        }

        return this;
    }

    /// <summary>Expects an action of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>These expectations.</returns>
    public ActionExpectations Is(NextActionKind kind)
    {
        if (Action.Kind != kind)
        {
            Fail($"Expected {kind}, but found {Action.Kind}.");
        }

        return this;
    }

    /// <summary>Expects a stop for a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>These expectations.</returns>
    public ActionExpectations IsStop(StopReason reason)
    {
        if (Action is not NextAction.Stop stop || stop.Reason != reason)
        {
            Fail($"Expected a stop because {reason}, but found {(Action is NextAction.Stop other ? "a stop because " + other.Reason : Action.Kind.ToString())}.");
        }

        return this;
    }

    /// <summary>Expects the action to cite a rule among its reasons.</summary>
    /// <param name="ruleId">The rule ID, such as <c>PHN-02</c>.</param>
    /// <returns>These expectations.</returns>
    public ActionExpectations Cites(string ruleId)
    {
        var id = RuleId.Parse(ruleId);
        if (!Action.Reasons.Contains(id))
        {
            Fail($"Expected the reasons to cite {ruleId}, but they cite {Cited(Action)}.");
        }

        return this;
    }

    /// <summary>Expects the action not to cite a rule.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns>These expectations.</returns>
    public ActionExpectations DoesNotCite(string ruleId)
    {
        var id = RuleId.Parse(ruleId);
        if (Action.Reasons.Contains(id))
        {
            Fail($"Expected the reasons not to cite {ruleId}, but they do: {Cited(Action)}.");
        }

        return this;
    }

    /// <summary>Expects a call whose plan is to hang up (not leave a message) if voicemail answers.</summary>
    /// <returns>These expectations.</returns>
    public ActionExpectations DoesNotProposeVoicemail()
    {
        if (IsCall().IfVoicemail == VoicemailPlan.LeaveMessage)
        {
            Fail("Expected the call not to propose leaving a voicemail, but its plan is LeaveMessage.");
        }

        return this;
    }

    /// <summary>Expects a call whose plan is to leave a message if voicemail answers.</summary>
    /// <returns>These expectations.</returns>
    public ActionExpectations ProposesVoicemail()
    {
        if (IsCall().IfVoicemail != VoicemailPlan.LeaveMessage)
        {
            Fail("Expected the call to propose leaving a voicemail, but its plan is " + IsCall().IfVoicemail + ".");
        }

        return this;
    }

    internal static string Cited(NextAction action) =>
        action.Reasons.IsEmpty ? "nothing" : string.Join(", ", action.Reasons.CitedRuleIds());

    private static string Text(LocalDateTime time) => time.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private NextAction.Call IsCall() =>
        Action as NextAction.Call ?? throw Failure($"Expected a call, but found {Action.Kind}.");

    private void Fail(string message) => throw Failure(message);

    private FollowUpExpectationException Failure(string message) =>
        new(message + "\nThe action: " + Action.Describe() + "\nIts reasons: " + Cited(Action));
}
