using System.Globalization;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>Expectations on a played scenario, chained: each returns this object or throws <see cref="FollowUpExpectationException"/> whose message ends with the whole timeline.</summary>
public sealed class TranscriptExpectations
{
    internal TranscriptExpectations(ScenarioTranscript transcript) => Transcript = transcript;

    /// <summary>Gets the transcript under test.</summary>
    public ScenarioTranscript Transcript { get; }

    /// <summary>Expects the scenario to end with a stop for <paramref name="reason"/>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations StopsWith(StopReason reason)
    {
        if (Transcript.Stop is not { } stop)
        {
            Fail($"Expected the follow-up to stop because {reason}, but it never stopped.");
        }
        else if (stop.Reason != reason)
        {
            Fail($"Expected the follow-up to stop because {reason}, but it stopped because {stop.Reason}.");
        }

        return this;
    }

    /// <summary>Expects the scenario to end with a stop for <paramref name="reason"/> decided on or before an office-local day.</summary>
    /// <param name="reason">The reason.</param>
    /// <param name="day">The last acceptable office-local day.</param>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations StopsWith(StopReason reason, LocalDate day)
    {
        StopsWith(reason);
        var at = Transcript.Steps[Transcript.Steps.Count - 1].DecidedAtLocal;
        if (at.Date > day)
        {
            Fail($"Expected the follow-up to stop by {Day(day)}, but it stopped on {Day(at.Date)}.");
        }

        return this;
    }

    /// <summary>Expects the scenario not to stop (it ran to its step limit or period end).</summary>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations DoesNotStop()
    {
        if (Transcript.Stop is { } stop)
        {
            Fail($"Expected the follow-up not to stop, but it stopped because {stop.Reason}.");
        }

        return this;
    }

    /// <summary>Expects no call to be made before an office-local day.</summary>
    /// <param name="day">The first office-local day on which a call is acceptable.</param>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations HasNoCallBefore(LocalDate day)
    {
        var early = CallSteps().FirstOrDefault(s => s.ActsAtLocal.Date < day);
        if (early is not null)
        {
            Fail($"Expected no call before {Day(day)}, but step {early.Number} calls on {Day(early.ActsAtLocal.Date)} at {early.ActsAtLocal.ToString("HH:mm", CultureInfo.InvariantCulture)}.");
        }

        return this;
    }

    /// <summary>Expects at most <paramref name="count"/> calls.</summary>
    /// <param name="count">The most calls.</param>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations MakesAtMostCalls(int count)
    {
        var made = CallSteps().Count();
        if (made > count)
        {
            Fail($"Expected at most {count} call{(count == 1 ? string.Empty : "s")}, but found {made}.");
        }

        return this;
    }

    /// <summary>Expects exactly <paramref name="count"/> calls.</summary>
    /// <param name="count">The number of calls.</param>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations MakesCalls(int count)
    {
        var made = CallSteps().Count();
        if (made != count)
        {
            Fail($"Expected {count} call{(count == 1 ? string.Empty : "s")}, but found {made}.");
        }

        return this;
    }

    /// <summary>Expects no voicemail to be left.</summary>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations LeavesNoVoicemail()
    {
        var left = Transcript.Steps.FirstOrDefault(s => s.Recorded?.VoicemailLeft == true);
        if (left is not null)
        {
            Fail($"Expected no voicemail to be left, but step {left.Number} leaves one.");
        }

        return this;
    }

    /// <summary>Expects every call to be placed on an office working day other than <paramref name="day"/>.</summary>
    /// <param name="day">The day of the week that must have no call.</param>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations HasNoCallOn(IsoDayOfWeek day)
    {
        var on = CallSteps().FirstOrDefault(s => s.ActsAtLocal.DayOfWeek == day);
        if (on is not null)
        {
            Fail($"Expected no call on a {day}, but step {on.Number} calls on {Day(on.ActsAtLocal.Date)}.");
        }

        return this;
    }

    /// <summary>Expects every step to satisfy a condition of the test's own.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="description">What the condition means, for the failure message.</param>
    /// <returns>These expectations.</returns>
    public TranscriptExpectations EveryStep(Func<ScenarioStep, bool> condition, string description)
    {
        Guard.NotNull(condition);
        var failing = Transcript.Steps.FirstOrDefault(s => !condition(s));
        if (failing is not null)
        {
            Fail($"Expected every step to satisfy \"{description}\", but step {failing.Number} does not: {failing}.");
        }

        return this;
    }

    private static string Day(LocalDate day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private IEnumerable<ScenarioStep> CallSteps() => Transcript.Steps.Where(s => s.Action is NextAction.Call);

    private void Fail(string message) =>
        throw new FollowUpExpectationException(message + "\nThe timeline:\n" + Transcript);
}
