using FollowUpRules.Simulation;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>A played scenario: each step's time (instant and office-local), action, reasons and recorded attempt.</summary>
public sealed class ScenarioTranscript
{
    internal ScenarioTranscript(FollowUpTranscript transcript, DateTimeZone office, Instant start, Instant? end)
    {
        Transcript = transcript;
        Office = office;
        Start = start;
        End = end;
        Steps = transcript.Steps.Select(s => new ScenarioStep(s, office)).ToList();
    }

    /// <summary>Gets the underlying simulator transcript.</summary>
    public FollowUpTranscript Transcript { get; }

    /// <summary>Gets the office's time zone, in which local times are given.</summary>
    public DateTimeZone Office { get; }

    /// <summary>Gets the instant the scenario began.</summary>
    public Instant Start { get; }

    /// <summary>Gets the end of the simulated period, when the scenario had one.</summary>
    public Instant? End { get; }

    /// <summary>Gets the steps in order.</summary>
    public IReadOnlyList<ScenarioStep> Steps { get; }

    /// <summary>Gets the stop that ended the scenario, or <see langword="null"/> when it ended at its step limit or period end.</summary>
    public NextAction.Stop? Stop => Transcript.Stop;

    /// <summary>Gets the calls the policy proposed, in order.</summary>
    public IReadOnlyList<NextAction.Call> Calls => Steps.Select(s => s.Action).OfType<NextAction.Call>().ToList();

    /// <summary>Gets the case with every recorded attempt added.</summary>
    public FollowUpCase FinalCase => Transcript.FinalCase;

    /// <summary>Checks the transcript against domain expectations; a failed expectation throws <see cref="FollowUpExpectationException"/>.</summary>
    /// <returns>The expectations.</returns>
    public TranscriptExpectations Expect() => new(this);

    /// <summary>Renders the transcript as a timeline in office time.</summary>
    /// <returns>One block per step, then how it ended.</returns>
    public override string ToString() => Transcript.ToText(Office);
}

/// <summary>One step of a played scenario.</summary>
public sealed class ScenarioStep
{
    internal ScenarioStep(TranscriptStep step, DateTimeZone office)
    {
        Number = step.Step;
        DecidedAt = step.DecidedAt;
        Action = step.Action;
        Recorded = step.Recorded;
        DecidedAtLocal = step.DecidedAt.InZone(office).LocalDateTime;
        ActsAt = step.Recorded?.At ?? step.DecidedAt;
        ActsAtLocal = ActsAt.InZone(office).LocalDateTime;
    }

    /// <summary>Gets the step number, from 1.</summary>
    public int Number { get; }

    /// <summary>Gets when the policy decided this step.</summary>
    public Instant DecidedAt { get; }

    /// <summary>Gets <see cref="DecidedAt"/> in office time.</summary>
    public LocalDateTime DecidedAtLocal { get; }

    /// <summary>Gets when the action was carried out: a call at its window's start, a message at once; for a wait or a stop, when it was decided.</summary>
    public Instant ActsAt { get; }

    /// <summary>Gets <see cref="ActsAt"/> in office time.</summary>
    public LocalDateTime ActsAtLocal { get; }

    /// <summary>Gets the action.</summary>
    public NextAction Action { get; }

    /// <summary>Gets the attempt recorded from the scripted answer; <see langword="null"/> for a wait or a stop.</summary>
    public ContactAttempt? Recorded { get; }

    /// <summary>Returns the step as one line: number, office-local time and action.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => Number + ". " + ActsAtLocal.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " " + Action.Describe();
}
