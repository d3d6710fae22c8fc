using System.Globalization;
using System.Text;
using FollowUpRules.Engine;
using NodaTime.Text;
using NodaTime;

namespace FollowUpRules.Simulation;

/// <summary>A simulated follow-up from start to stop: each step's time, action, reasons and recorded attempt.</summary>
public sealed class FollowUpTranscript
{
    private static readonly LocalDateTimePattern When = LocalDateTimePattern.Create("ddd d MMM uuuu HH':'mm", CultureInfo.InvariantCulture);

    internal FollowUpTranscript(IReadOnlyList<TranscriptStep> steps, FollowUpCase finalCase, bool stopped, bool timeUp)
    {
        Steps = steps;
        FinalCase = finalCase;
        Stopped = stopped;
        ReachedTimeLimit = timeUp;
    }

    /// <summary>Gets the steps in order.</summary>
    public IReadOnlyList<TranscriptStep> Steps { get; }

    /// <summary>Gets the case with every recorded attempt added.</summary>
    public FollowUpCase FinalCase { get; }

    /// <summary>Gets a value indicating whether the simulation ended with a <see cref="NextAction.Stop"/> (rather than at the step limit).</summary>
    public bool Stopped { get; }

    /// <summary>Gets a value indicating whether the simulation ended because its next step lay after the given end of the simulated period.</summary>
    public bool ReachedTimeLimit { get; }

    /// <summary>Gets the stop that ended the simulation, if it stopped.</summary>
    public NextAction.Stop? Stop => Stopped ? (NextAction.Stop)Steps[Steps.Count - 1].Action : null;

    /// <summary>Renders the transcript as a timeline in office time.</summary>
    /// <param name="office">The office's time zone.</param>
    /// <returns>One block per step: time, action, reasons and what was recorded.</returns>
    public string ToText(DateTimeZone office)
    {
        Guard.NotNull(office);
        var text = new StringBuilder();
        foreach (var step in Steps)
        {
            text.Append(step.Step.ToString(CultureInfo.InvariantCulture).PadLeft(3)).Append(". ")
                .Append(When.Format(step.DecidedAt.InZone(office).LocalDateTime)).Append("  ")
                .Append(step.Action is NextAction.Wait wait ? "Wait until " + When.Format(wait.LocalUntil) : step.Action.Describe()).Append('\n');
            text.Append("     because ").Append(string.Join(", ", step.Action.Reasons.CitedRuleIds())).Append('\n');
            if (step.Recorded is { } attempt)
            {
                text.Append("     recorded ").Append(Describe(attempt, office)).Append('\n');
            }
        }

        text.Append(Stopped ? "Stopped." : ReachedTimeLimit ? "End of the simulated period reached before a stop." : "Step limit reached before a stop.").Append('\n');
        return text.ToString();
    }

    private static string Describe(ContactAttempt attempt, DateTimeZone office)
    {
        var parts = new List<string>
        {
            JsonLike(attempt.Channel.ToString()) + " at " + When.Format(attempt.At.InZone(office).LocalDateTime),
            "answered by " + JsonLike(attempt.AnsweredBy.ToString()),
        };
        if (attempt.VoicemailLeft)
        {
            parts.Add("voicemail left");
        }

        if (attempt.Gatekeeper is { } gatekeeper)
        {
            parts.Add(gatekeeper == GatekeeperResponse.OfferedToTakeMessage ? "offered to take a message" : "would not put the call through");
        }

        if (attempt.Status is { } status)
        {
            parts.Add("status " + JsonLike(status.ToString()));
        }

        if (attempt.DecisionExpectedBy is { } decision)
        {
            parts.Add("decision by " + LocalDatePattern.Iso.Format(decision));
        }

        if (attempt.CallBackOnOrAfter is { } callBack)
        {
            parts.Add("call back on or after " + LocalDatePattern.Iso.Format(callBack));
        }

        if (attempt.InterviewerAvailableAt is { } free)
        {
            parts.Add("interviewer free at " + When.Format(free));
        }

        if (attempt.CallBackInAWeekAgreed)
        {
            parts.Add("call back in a week agreed");
        }

        return string.Join(", ", parts);
    }

    private static string JsonLike(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    internal static FollowUpTranscript Create(List<TranscriptStep> steps, FollowUpCase finalCase, bool stopped, bool timeUp = false) =>
        new(ValueList<TranscriptStep>.Adopt(steps.ToArray()), finalCase, stopped, timeUp);
}
