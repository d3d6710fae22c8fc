using System.Text.Json;
using FollowUpRules.Simulation;

namespace FollowUpRules.Json;

/// <summary>Reads the scripted answers of a simulation (the <c>followup simulate --outcomes</c> file).</summary>
internal static class SimulationScriptJson
{
    private static readonly NextActionKind[] Kinds =
    [
        NextActionKind.Wait, NextActionKind.Call, NextActionKind.SendEmail, NextActionKind.SendThankYouNote,
        NextActionKind.MessageOnLinkedIn, NextActionKind.ContactAgency, NextActionKind.Stop,
    ];

    private const string ResponseFields = "answeredBy, voicemailLeft, status, decisionExpectedBy, callBackOnOrAfter, interviewerAvailableAt, callBackInAWeekAgreed";

    public static SimulationScript Read(JsonElement root)
    {
        var d = new JsonCursor(root, "$");
        FollowUpJson.CheckSchemaVersion(d);
        var fallback = d.OptionalObject("default") is { } def ? Response(def) : null;
        var byKind = new List<KeyValuePair<NextActionKind, SimulatedResponse>>();
        if (d.OptionalObject("byKind") is { } kinds)
        {
            foreach (var kind in Kinds)
            {
                if (kinds.OptionalObject(JsonNames.Of(kind)) is { } response)
                {
                    byKind.Add(new(kind, Response(response)));
                }
            }

            kinds.EnsureNoOtherFields(JsonNames.List<NextActionKind>());
        }

        var steps = d.Array("steps", (e, p) =>
        {
            var cursor = new JsonCursor(e, p);
            var step = cursor.Integer("step");
            if (step < 1)
            {
                throw new FollowUpJsonException(cursor.Child("step"), step.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is not a step number; steps are numbered from 1");
            }

            return new KeyValuePair<int, SimulatedResponse>(step, Response(cursor, "step, " + ResponseFields));
        });
        var duplicate = steps.GroupBy(s => s.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FollowUpJsonException(d.Child("steps"), "step " + duplicate.Key.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is scripted more than once");
        }

        d.EnsureNoOtherFields("schemaVersion, default, byKind, steps");
        return new SimulationScript(steps, byKind, fallback);
    }

    private static SimulatedResponse Response(JsonCursor cursor, string fields = ResponseFields)
    {
        var response = new SimulatedResponse
        {
            AnsweredBy = cursor.NullableEnum<Responder>("answeredBy"),
            VoicemailLeft = cursor.TryGet("voicemailLeft", out var left) && left.ValueKind != JsonValueKind.Null ? cursor.Boolean("voicemailLeft") : null,
            Status = cursor.NullableEnum<CandidateStatus>("status"),
            DecisionExpectedBy = cursor.OptionalDate("decisionExpectedBy"),
            CallBackOnOrAfter = cursor.OptionalDate("callBackOnOrAfter"),
            InterviewerAvailableAt = cursor.OptionalDateTime("interviewerAvailableAt"),
            CallBackInAWeekAgreed = cursor.Boolean("callBackInAWeekAgreed"),
        };
        cursor.EnsureNoOtherFields(fields);
        return response;
    }
}
