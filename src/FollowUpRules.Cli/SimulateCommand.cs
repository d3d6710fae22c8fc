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
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("case") { Description = "The case JSON file." };
        var outcomes = new Option<string?>("--outcomes") { Description = "A JSON file scripting what the world answers, by step or by kind of action (default: nobody answers)." };
        var steps = new Option<int>("--max-steps") { Description = "The most steps to play (1 to 1000).", DefaultValueFactory = _ => 50 };
        var profile = Inputs.Profile();
        var profileFile = Inputs.ProfileFile();
        var now = Inputs.Now();
        var json = Inputs.Json();
        var ics = CalendarFiles.Ics("the whole campaign");
        var holidays = CalendarFiles.Holidays();
        var command = new Command("simulate", "Play the follow-up forward, step by step, until it stops.") { file, outcomes, steps, profile, profileFile, now, json, ics, holidays };
        command.SetAction(result =>
        {
            var followUp = Inputs.ReadCase(result.GetValue(file)!);
            var policy = CalendarFiles.WithHolidays(Inputs.Policy(result.GetValue(profile), result.GetValue(profileFile)), result.GetValue(holidays), terminal);
            var script = result.GetValue(outcomes) is { } path ? Inputs.ReadOutcomes(path) : SimulationScript.NoAnswer;
            var maxSteps = result.GetValue(steps);
            if (maxSteps < 1 || maxSteps > FollowUpSimulator.MaxStepLimit)
            {
                throw new CliInputException("--max-steps: " + maxSteps + " is out of range; use 1 to 1000");
            }

            var from = Inputs.Instant(result.GetValue(now), terminal.Clock);
            var transcript = FollowUpSimulator.Run(policy, followUp, from, script, maxSteps);
            if (result.GetValue(json))
            {
                terminal.Line(ToJson(transcript));
            }
            else
            {
                var office = Inputs.Zone(followUp.Office.TimeZoneId);
                terminal.Line(terminal.Heading("Simulation of " + followUp.Candidate.Name + "'s follow-up under profile " + policy.Profile.Name + " (times in " + office.Id + ")"));
                terminal.Output.Write(transcript.ToText(office));
            }

            CalendarFiles.Write(result.GetValue(ics), exporter => exporter.Write(transcript), policy, terminal, result.GetValue(json));
            return 0;
        });
        return command;
    }

    private static string ToJson(FollowUpTranscript transcript)
    {
        var steps = new JsonArray();
        var finalCase = JsonNode.Parse(FollowUpJson.WriteCase(transcript.FinalCase))!;
        var attempts = finalCase["attempts"]!.AsArray();
        var recorded = transcript.FinalCase.Attempts.Count - transcript.Steps.Count(s => s.Recorded is not null);
        foreach (var step in transcript.Steps)
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

            steps.Add(node);
        }

        var document = new JsonObject
        {
            ["schemaVersion"] = FollowUpJson.SchemaVersion,
            ["stopped"] = transcript.Stopped,
            ["steps"] = steps,
            ["finalCase"] = finalCase,
        };
        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
