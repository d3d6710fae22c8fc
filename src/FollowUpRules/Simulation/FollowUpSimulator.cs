using NodaTime;

namespace FollowUpRules.Simulation;

/// <summary>
/// Plays a follow-up forward: decides, moves time to the action's moment (the start of the proposed
/// call window, the end of a wait, or at once for a message), records the attempt the scripted
/// answer implies (with the action's purpose, <see cref="ContactAttempt.Purpose"/>), and decides again, until a stop or a step limit. Deterministic: the same policy,
/// case, start and answers always give the same transcript.
/// </summary>
public static class FollowUpSimulator
{
    /// <summary>The most steps a simulation may take.</summary>
    public const int MaxStepLimit = 1000;

    /// <summary>Runs a simulation whose answers come from a script.</summary>
    /// <param name="policy">The policy that decides each step.</param>
    /// <param name="start">The case to start from.</param>
    /// <param name="from">The instant of the first decision.</param>
    /// <param name="script">The scripted answers.</param>
    /// <param name="maxSteps">The most steps to take, 1 to 1000.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSteps"/> is outside 1 to 1000.</exception>
    /// <exception cref="InvalidCaseException">The starting case is invalid at <paramref name="from"/>.</exception>
    public static FollowUpTranscript Run(IFollowUpPolicy policy, FollowUpCase start, Instant from, SimulationScript script, int maxSteps = 50) =>
        Run(policy, start, from, Guard.NotNull(script).Respond, maxSteps);

    /// <summary>Runs a simulation whose answers come from a function.</summary>
    /// <param name="policy">The policy that decides each step.</param>
    /// <param name="start">The case to start from.</param>
    /// <param name="from">The instant of the first decision.</param>
    /// <param name="respond">Scripts the world's answer to each action; <see langword="null"/> (or a null answer) means <see cref="SimulatedResponse.NoAnswer"/>.</param>
    /// <param name="maxSteps">The most steps to take, 1 to 1000.</param>
    /// <param name="until">When given, the simulation ends (without a stop) before any step whose moment is after this instant: "then silence for a month".</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSteps"/> is outside 1 to 1000.</exception>
    /// <exception cref="InvalidCaseException">The starting case is invalid at <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentException">A scripted answer is impossible for its action: voicemail or a receptionist answering a written message, or a voicemail left when someone else answered.</exception>
    public static FollowUpTranscript Run(IFollowUpPolicy policy, FollowUpCase start, Instant from, Func<SimulationMoment, SimulatedResponse?>? respond = null, int maxSteps = 50, Instant? until = null)
    {
        Guard.NotNull(policy);
        Guard.NotNull(start);
        if (maxSteps < 1 || maxSteps > MaxStepLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSteps), maxSteps, "Allow 1 to 1000 steps.");
        }

        var steps = new List<TranscriptStep>();
        var current = start;
        var now = from;
        for (var step = 1; step <= maxSteps; step++)
        {
            if (now > until)
            {
                return FollowUpTranscript.Create(steps, current, stopped: false, timeUp: true);
            }

            var action = policy.Decide(current, now);
            switch (action)
            {
                case NextAction.Stop:
                    steps.Add(new TranscriptStep(step, now, action, null));
                    return FollowUpTranscript.Create(steps, current, stopped: true);
                case NextAction.Wait wait:
                    steps.Add(new TranscriptStep(step, now, action, null));
                    now = wait.Until;
                    continue;
            }

            var at = action is NextAction.Call call ? call.Window.Start : now;
            if (at > until)
            {
                return FollowUpTranscript.Create(steps, current, stopped: false, timeUp: true);
            }

            var response = respond?.Invoke(new SimulationMoment(step, at, action)) ?? SimulatedResponse.NoAnswer;
            var attempt = Record(step, action, at, response);
            steps.Add(new TranscriptStep(step, now, action, attempt));
            current = current.WithAttempt(attempt);
            now = at;
        }

        return FollowUpTranscript.Create(steps, current, stopped: false);
    }

    /// <summary>What the action was for, as a host that records each action as done records it.</summary>
    private static AttemptPurpose PurposeOf(NextAction action) => action switch
    {
        NextAction.Call call => call.Purpose,
        NextAction.SendEmail email => email.Purpose,
        NextAction.SendThankYouNote note => note.Purpose,
        NextAction.MessageOnLinkedIn message => message.Purpose,
        NextAction.ContactAgency agency => agency.Purpose,
        _ => throw new InvalidOperationException("Unexpected action " + action.Kind),
    };

    private static ContactAttempt Record(int step, NextAction action, Instant at, SimulatedResponse response)
    {
        if (action is not NextAction.Call && response.AnsweredBy is Responder.Voicemail or Responder.Receptionist)
        {
            throw new ArgumentException(
                $"Step {step}: the scripted answer to {action.Kind} says answeredBy {response.AnsweredBy}, but only a phone call can be answered by {response.AnsweredBy}; script it by step number or by NextActionKind.Call.",
                nameof(response));
        }

        if (response.VoicemailLeft == true && (response.AnsweredBy ?? Responder.Voicemail) != Responder.Voicemail)
        {
            throw new ArgumentException(
                $"Step {step}: the scripted answer says voicemailLeft true but answeredBy {response.AnsweredBy}; a voicemail can only be left when voicemail answers.",
                nameof(response));
        }

        if (response.Gatekeeper is { } gatekeeper && (gatekeeper == GatekeeperResponse.Unspecified || response.AnsweredBy != Responder.Receptionist))
        {
            throw new ArgumentException(
                gatekeeper == GatekeeperResponse.Unspecified
                    ? $"Step {step}: the scripted answer says gatekeeper Unspecified; give OfferedToTakeMessage or WouldNotPutThrough, or leave it out."
                    : $"Step {step}: the scripted answer says gatekeeper {gatekeeper} but answeredBy {response.AnsweredBy?.ToString() ?? "nobody"}; only a receptionist can offer to take a message or refuse to put the call through.",
                nameof(response));
        }

        var attempt = action switch
        {
            NextAction.Call call => new ContactAttempt
            {
                At = at,
                Channel = ContactChannel.Phone,
                AnsweredBy = response.AnsweredBy ?? Responder.Voicemail,
                VoicemailLeft = response.VoicemailLeft
                    ?? ((response.AnsweredBy ?? Responder.Voicemail) == Responder.Voicemail && call.IfVoicemail == VoicemailPlan.LeaveMessage),
            },
            NextAction.SendEmail => new ContactAttempt { At = at, Channel = ContactChannel.Email, AnsweredBy = response.AnsweredBy ?? Responder.Nobody },
            NextAction.SendThankYouNote => new ContactAttempt { At = at, Channel = ContactChannel.HandwrittenNote, AnsweredBy = response.AnsweredBy ?? Responder.Nobody },
            NextAction.MessageOnLinkedIn => new ContactAttempt { At = at, Channel = ContactChannel.LinkedInMessage, AnsweredBy = response.AnsweredBy ?? Responder.Nobody },
            NextAction.ContactAgency agency => new ContactAttempt
            {
                At = at,
                Channel = agency.Channel,
                ViaAgency = true,
                AnsweredBy = response.AnsweredBy ?? Responder.Nobody,
            },
            _ => throw new InvalidOperationException("Unexpected action " + action.Kind),
        };

        return attempt with
        {
            Purpose = PurposeOf(action),
            Gatekeeper = response.Gatekeeper,
            Status = response.Status,
            DecisionExpectedBy = response.DecisionExpectedBy,
            CallBackOnOrAfter = response.CallBackOnOrAfter,
            InterviewerAvailableAt = response.InterviewerAvailableAt,
            CallBackInAWeekAgreed = response.CallBackInAWeekAgreed,
        };
    }
}
