using System.Text.Json;
using FollowUpRules.Simulation;

namespace FollowUpRules.Json;

/// <summary>Reads the scripted answers of a simulation (the <c>followup simulate --outcomes</c> file).</summary>
internal static class SimulationScriptJson
{
    private static readonly JsonShape<SimulatedResponse> ResponseShape = Answer(new JsonShape<SimulatedResponse>(), r => r, (_, r) => r);

    private static readonly JsonShape<(int Step, SimulatedResponse Response)> StepShape = Answer(
        new JsonShape<(int Step, SimulatedResponse Response)>().Required<int>("step", StepNumber, (s, v) => (v, s.Response)),
        s => s.Response,
        (s, r) => (s.Step, r));

    private static readonly JsonValueReader<SimulatedResponse> Response = ReadResponse;

    private static readonly JsonShape<Dictionary<NextActionKind, SimulatedResponse>> ByKindShape = Kinds(new JsonShape<Dictionary<NextActionKind, SimulatedResponse>>());

    /// <summary>The simulation script document.</summary>
    public static readonly JsonShape<Script> Shape = FollowUpJson.Versioned(new JsonShape<Script>())
        .Optional("default", Response, (s, v) => s with { Default = v })
        .Optional("byKind", ByKindShape.From(() => []), (s, v) => s with { ByKind = v })
        .Optional("steps", JsonValues.ArrayOf<(int Step, SimulatedResponse Response)>(ReadStep), (s, v) => s with { Steps = v });

    public static SimulationScript Read(JsonElement root, JsonReading reading)
    {
        Shape.TryRead(root, reading, new Script(), out var script);
        var seen = new HashSet<int>();
        for (var i = 0; i < script.Steps.Count; i++)
        {
            if (!seen.Add(script.Steps[i].Step))
            {
                reading.Enter("steps");
                reading.Enter(i);
                reading.Problem("step", "step " + JsonNumbers.Text(script.Steps[i].Step) + " is scripted more than once");
                reading.Leave();
                reading.Leave();
            }
        }

        reading.ThrowIfFailed();
        return new SimulationScript(
            script.Steps.Select(s => new KeyValuePair<int, SimulatedResponse>(s.Step, s.Response)),
            script.ByKind,
            script.Default);
    }

    /// <summary>The answer fields, shared by <c>default</c>, each <c>byKind</c> entry and each step.</summary>
    private static JsonShape<T> Answer<T>(JsonShape<T> shape, Func<T, SimulatedResponse> get, Func<T, SimulatedResponse, T> set) => shape
        .Optional("answeredBy", JsonValues.Enum<Responder>(), (t, v) => set(t, get(t) with { AnsweredBy = v }))
        .Optional("voicemailLeft", JsonValues.Boolean, (t, v) => set(t, get(t) with { VoicemailLeft = v }))
        .Optional("gatekeeper", JsonValues.Enum<GatekeeperResponse>(), (t, v) => set(t, get(t) with { Gatekeeper = v }))
        .Optional("status", JsonValues.Enum<CandidateStatus>(), (t, v) => set(t, get(t) with { Status = v }))
        .Optional("decisionExpectedBy", JsonValues.Date, (t, v) => set(t, get(t) with { DecisionExpectedBy = v }))
        .Optional("callBackOnOrAfter", JsonValues.Date, (t, v) => set(t, get(t) with { CallBackOnOrAfter = v }))
        .Optional("interviewerAvailableAt", JsonValues.DateTime, (t, v) => set(t, get(t) with { InterviewerAvailableAt = v }))
        .Optional("callBackInAWeekAgreed", JsonValues.Boolean, (t, v) => set(t, get(t) with { CallBackInAWeekAgreed = v }));

    private static JsonShape<Dictionary<NextActionKind, SimulatedResponse>> Kinds(JsonShape<Dictionary<NextActionKind, SimulatedResponse>> shape)
    {
        foreach (var kind in new[] { NextActionKind.Call, NextActionKind.SendEmail, NextActionKind.SendThankYouNote, NextActionKind.MessageOnLinkedIn, NextActionKind.ContactAgency })
        {
            shape.Optional(JsonNames.Of(kind), Response, (all, response) =>
            {
                all[kind] = response;
                return all;
            });
        }

        return shape;
    }

    private static bool ReadResponse(JsonElement element, JsonReading reading, out SimulatedResponse value) =>
        ResponseShape.TryRead(element, reading, SimulatedResponse.NoAnswer, out value) && Possible(value, reading);

    private static bool ReadStep(JsonElement element, JsonReading reading, out (int Step, SimulatedResponse Response) value) =>
        StepShape.TryRead(element, reading, (0, SimulatedResponse.NoAnswer), out value) && Possible(value.Response, reading);

    private static bool StepNumber(JsonElement element, JsonReading reading, out int value) =>
        JsonValues.Integer(element, reading, out value)
        && (value >= 1 || reading.Problem(JsonNumbers.Text(value) + " is not a step number; steps are numbered from 1"));

    /// <summary>
    /// An answer that can happen: a voicemail is left only when voicemail answers, and nothing is
    /// learned (a status, a date, a time) from voicemail, a call that rings out, or a message nobody answers.
    /// </summary>
    private static bool Possible(SimulatedResponse response, JsonReading reading)
    {
        var ok = true;
        if (response.VoicemailLeft == true && response.AnsweredBy is { } who && who != Responder.Voicemail)
        {
            ok = reading.Problem("voicemailLeft", "true needs answeredBy voicemail, not " + JsonNames.Of(who));
        }

        if (response.Gatekeeper is { } gatekeeper
            && (gatekeeper == GatekeeperResponse.Unspecified || response.AnsweredBy != Responder.Receptionist))
        {
            ok = reading.Problem("gatekeeper", gatekeeper == GatekeeperResponse.Unspecified
                ? JsonValues.Quote(JsonNames.Of(gatekeeper)) + " is not one of offeredToTakeMessage, wouldNotPutThrough"
                : JsonValues.Quote(JsonNames.Of(gatekeeper)) + " needs answeredBy receptionist, not " + (response.AnsweredBy is { } someone ? JsonNames.Of(someone) : "nobody (answeredBy is left out)"));
        }

        if (response.AnsweredBy is null or Responder.Voicemail or Responder.Nobody)
        {
            var learned = response.Status is not null ? "status"
                : response.DecisionExpectedBy is not null ? "decisionExpectedBy"
                : response.CallBackOnOrAfter is not null ? "callBackOnOrAfter"
                : response.InterviewerAvailableAt is not null ? "interviewerAvailableAt"
                : response.CallBackInAWeekAgreed ? "callBackInAWeekAgreed"
                : null;
            if (learned is not null)
            {
                ok = reading.Problem(learned, "nothing is learned when " + (response.AnsweredBy is { } nobody ? "answeredBy is " + JsonNames.Of(nobody) : "nobody answers (answeredBy is left out)")
                    + "; give answeredBy interviewer, otherInterviewer, receptionist, staffNotAtInterview or agency");
            }
        }

        return ok;
    }

    /// <summary>The script as it is read.</summary>
    internal sealed record Script
    {
        public SimulatedResponse? Default { get; init; }

        public Dictionary<NextActionKind, SimulatedResponse> ByKind { get; init; } = [];

        public List<(int Step, SimulatedResponse Response)> Steps { get; init; } = [];
    }
}
