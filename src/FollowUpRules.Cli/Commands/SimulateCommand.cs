using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using FollowUpRules.Json;
using FollowUpRules.Simulation;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary><c>followup simulate CASE.json</c>: plays the follow-up forward and prints the timeline until it stops.</summary>
internal static class SimulateCommand
{
    /// <summary>What happens when no outcome is scripted; the help, the README and docs/json.md say the same.</summary>
    public const string NoAnswer = "every call to the employer reaches voicemail (a message is left when the plan says to leave one) and nothing else is answered";

    public static Command Create(Terminal terminal)
    {
        var file = Inputs.File("case", "The case JSON file.");
        var outcomes = new Option<string?>("--outcomes")
        {
            Description = "A simulation script (docs/json.md) saying what the world answers, by step or by kind of action. Without one, " + NoAnswer + ".",
            HelpName = "file",
        };
        var steps = new Option<string?>("--max-steps") { Description = "The most steps to play, 1 to 1000 (default: 50).", HelpName = "n" };
        var profile = Inputs.Profile();
        var profileFile = Inputs.ProfileFile();
        var now = Inputs.Now("the case's own timeline: its last attempt, or the interview");
        var json = Inputs.Json();
        var ics = CalendarFiles.Ics("the whole campaign");
        var holidays = CalendarFiles.Holidays();
        var command = new Command("simulate", "Play the follow-up forward, step by step, until it stops.") { file, outcomes, steps, profile, profileFile, now, json, ics, holidays };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var followUp = Inputs.ReadCase(path, terminal);
            var policy = CalendarFiles.WithHolidays(Inputs.Policy(result.GetValue(profile), result.GetValue(profileFile), terminal), result.GetValue(holidays), terminal);
            var script = result.GetValue(outcomes) is { } outcomesPath ? new Outcomes(outcomesPath, terminal) : null;
            var maxSteps = Inputs.Integer(result.GetValue(steps), "--max-steps", 50, 1, FollowUpSimulator.MaxStepLimit);
            var from = result.GetValue(now) is { } text ? Inputs.Instant(text, terminal.Clock) : Inputs.LastEvent(followUp);
            Inputs.Decide(policy, followUp, from, path);
            FollowUpTranscript transcript;
            try
            {
                transcript = FollowUpSimulator.Run(policy, followUp, from, script is null ? null : script.Respond, maxSteps);
            }
            catch (InvalidCaseException error)
            {
                // Only a scripted answer can make the case invalid after the first step (a date before the interview, say).
                throw new CliInputException(Inputs.SourceName(result.GetValue(outcomes) ?? path), "a scripted answer makes the case invalid", error.Problems);
            }

            script?.CheckEveryStepWasPlayed(transcript);
            if (result.GetValue(json))
            {
                terminal.Line(ToJson(transcript));
            }
            else
            {
                var office = Inputs.Zone(followUp.Office.TimeZoneId);
                terminal.Line(terminal.Heading("Simulation of " + followUp.Candidate.Name + "'s follow-up under profile " + policy.Profile.Name + " (times in " + office.Id + ")"));
                terminal.Wrapped(transcript.ToText(office), hanging: 3);
            }

            CalendarFiles.Write(result.GetValue(ics), exporter => exporter.Write(transcript), policy, terminal, result.GetValue(json));
            return 0;
        });
        return command.WithExamples(
            "followup simulate docs/examples/first-follow-up.json",
            "followup simulate case.json --outcomes answers.json --profile phn --json");
    }

    private static string ToJson(FollowUpTranscript transcript)
    {
        var finalCase = JsonNode.Parse(FollowUpJson.WriteCase(transcript.FinalCase))!;
        var attempts = finalCase["attempts"]!.AsArray();
        var recorded = transcript.FinalCase.Attempts.Count - transcript.Steps.Count(s => s.Recorded is not null);
        var document = new JsonObject
        {
            ["schemaVersion"] = FollowUpJson.SchemaVersion,
            ["stopped"] = transcript.Stopped,
            ["steps"] = new JsonArray(transcript.Steps.Select(step =>
            {
                var node = new JsonObject
                {
                    ["step"] = step.Step,
                    ["decidedAt"] = InstantPattern.ExtendedIso.Format(step.DecidedAt),
                    ["decision"] = JsonNode.Parse(FollowUpJson.WriteDecision(step.Action)),
                };
                if (step.Recorded is not null)
                {
                    node["recorded"] = attempts[recorded++]!.DeepClone();
                }

                return (JsonNode?)node;
            }).ToArray()),
            ["finalCase"] = finalCase,
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = FollowUpJson.Encoder });
    }

    /// <summary>
    /// A simulation script from a file, answering each step and checking that each answer can
    /// happen where it is used and that every answer scripted for a step number is used, each
    /// problem naming the file and the answer's path.
    /// </summary>
    private sealed class Outcomes
    {
        private readonly string _source;
        private readonly SimulationScript _script;
        private readonly Dictionary<int, int> _stepIndex = [];
        private readonly HashSet<int> _answered = [];

        public Outcomes(string path, Terminal terminal)
        {
            _source = Inputs.SourceName(path);
            var bytes = Inputs.ReadBytes(path, terminal);
            _script = Inputs.Read(bytes, path, FollowUpDocumentKind.SimulationScript, FollowUpJson.ReadSimulationScript);
            using var document = JsonDocument.Parse(bytes.AsMemory(bytes.Length >= 3 && bytes[0] == 0xEF ? 3 : 0));
            if (document.RootElement.TryGetProperty("steps", out var steps) && steps.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var step in steps.EnumerateArray())
                {
                    _stepIndex[step.GetProperty("step").GetInt32()] = index++;
                }
            }
        }

        public SimulatedResponse Respond(SimulationMoment moment)
        {
            var kind = ActionText.JsonName(moment.Action.Kind);
            string path;
            SimulatedResponse response;
            if (_script.ByStep.TryGetValue(moment.Step, out var byStep))
            {
                (path, response) = ("$.steps[" + _stepIndex[moment.Step] + "]", byStep);
                _answered.Add(moment.Step);
            }
            else if (_script.ByKind.TryGetValue(moment.Action.Kind, out var byKind))
            {
                (path, response) = ("$.byKind." + kind, byKind);
            }
            else
            {
                // The default answers everything; an answer only a call can get is no reply to a written message.
                return moment.Action is NextAction.Call || _script.Default.AnsweredBy is not (Responder.Voicemail or Responder.Receptionist)
                    ? _script.Default
                    : _script.Default with { AnsweredBy = Responder.Nobody, VoicemailLeft = null, Gatekeeper = null };
            }

            if (moment.Action is not NextAction.Call && response.AnsweredBy is Responder.Voicemail or Responder.Receptionist)
            {
                throw Problem(path + ".answeredBy", ActionText.JsonName(response.AnsweredBy.Value), "step " + moment.Step + " is " + kind + " (" + moment.Action.Describe() + "); only a call to the employer is answered by voicemail or a receptionist");
            }

            return response;
        }

        /// <summary>An answer scripted for a step that is a wait or a stop, or that is never reached, is an error, not dropped.</summary>
        public void CheckEveryStepWasPlayed(FollowUpTranscript transcript)
        {
            var playable = transcript.Steps.Where(s => s.Recorded is not null).Select(s => s.Step.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var answerable = playable.Count == 0 ? "no step contacts anyone" : "the steps that contact someone are " + string.Join(", ", playable);
            foreach (var (step, index) in _stepIndex.OrderBy(s => s.Value))
            {
                if (_answered.Contains(step))
                {
                    continue;
                }

                var path = "$.steps[" + index + "].step";
                if (step <= transcript.Steps.Count)
                {
                    var action = transcript.Steps[step - 1].Action;
                    throw Problem(path, step.ToString(System.Globalization.CultureInfo.InvariantCulture), "step " + step + " is " + ActionText.JsonName(action.Kind) + " (" + action.Describe() + "), which nobody answers; " + answerable);
                }

                throw Problem(path, step.ToString(System.Globalization.CultureInfo.InvariantCulture), "step " + step + " is never reached: the simulation ended after step " + transcript.Steps.Count + "; " + answerable);
            }
        }

        private CliInputException Problem(string path, string value, string message) =>
            new(_source, null, [new ValidationProblem(path, value, message)]);
    }
}
