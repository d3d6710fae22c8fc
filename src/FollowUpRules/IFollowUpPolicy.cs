using NodaTime;

namespace FollowUpRules;

/// <summary>
/// Decides what a candidate should do next after an interview. Built once from a profile and its
/// strategies; then immutable and safe to use from any number of threads.
/// </summary>
/// <remarks>
/// Deciding is pure: the same case and instant always give the same action; nothing reads a clock,
/// does I/O, or changes the case.
/// </remarks>
public interface IFollowUpPolicy
{
    /// <summary>Gets the profile the policy was built from.</summary>
    FollowUpProfile Profile { get; }

    /// <summary>Gets the strategies the policy applies, by stage and in order, with every reason it can give and what its builder noticed.</summary>
    PolicyStrategies Strategies { get; }

    /// <summary>Decides the next action for <paramref name="followUpCase"/> at <paramref name="now"/>.</summary>
    /// <param name="followUpCase">The case.</param>
    /// <param name="now">The instant to decide for; never read from a clock.</param>
    /// <returns>The next action, with its reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUpCase"/> is null.</exception>
    /// <exception cref="InvalidCaseException">The case is invalid; the exception lists every problem with its path.</exception>
    NextAction Decide(FollowUpCase followUpCase, Instant now);

    /// <summary>Checks <paramref name="followUpCase"/> for a decision at <paramref name="now"/> without deciding.</summary>
    /// <param name="followUpCase">The case.</param>
    /// <param name="now">The instant a decision would be for.</param>
    /// <returns>Every problem found; empty when the case is valid.</returns>
    IReadOnlyList<ValidationProblem> Validate(FollowUpCase followUpCase, Instant now);

    /// <summary>Finds the next call windows for the case from <paramref name="from"/> on, for the lead interviewer (<see cref="Interview.Lead"/>).</summary>
    /// <param name="followUpCase">The case.</param>
    /// <param name="from">The instant from which to look.</param>
    /// <param name="count">How many windows at most, 1 to 100.</param>
    /// <returns>The windows, in order; fewer when the search horizon ends first.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1 to 100.</exception>
    IReadOnlyList<CallWindow> FindCallWindows(FollowUpCase followUpCase, Instant from, int count);

    /// <summary>
    /// Finds the next call windows for the case from <paramref name="from"/> on, for
    /// <paramref name="person"/>: the office's hours, holidays and blackouts, and that person's own
    /// out-of-office days (which differ from one interviewer to another).
    /// </summary>
    /// <param name="followUpCase">The case.</param>
    /// <param name="from">The instant from which to look.</param>
    /// <param name="count">How many windows at most, 1 to 100.</param>
    /// <param name="person">One of the case's interviewers (<see cref="Interview.Interviewers"/>), such as the <see cref="NextAction.Call.Whom"/> of a call.</param>
    /// <returns>The windows, in order; fewer when the search horizon ends first.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is outside 1 to 100.</exception>
    /// <exception cref="ArgumentException"><paramref name="person"/> is not one of the case's interviewers.</exception>
    IReadOnlyList<CallWindow> FindCallWindows(FollowUpCase followUpCase, Instant from, int count, Interviewer person);

    /// <summary>Renders what to say or write for <paramref name="action"/>: the call script, or the drafts of the messages to send.</summary>
    /// <param name="followUpCase">The case the action was decided for.</param>
    /// <param name="action">The action.</param>
    /// <returns>The script; empty for <see cref="NextAction.Wait"/> and <see cref="NextAction.Stop"/>.</returns>
    FollowUpScript Script(FollowUpCase followUpCase, NextAction action);
}
