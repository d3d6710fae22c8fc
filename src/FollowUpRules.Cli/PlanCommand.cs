using System.CommandLine;
using System.Globalization;
using FollowUpRules.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary><c>followup plan CASE.json</c>: the next action, its call windows in office (and candidate) time, its reasons and its script.</summary>
internal static class PlanCommand
{
    private static readonly LocalDateTimePattern When = LocalDateTimePattern.Create("ddd d MMM uuuu HH':'mm", CultureInfo.InvariantCulture);

    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("case") { Description = "The case JSON file." };
        var profile = Inputs.Profile();
        var profileFile = Inputs.ProfileFile();
        var now = Inputs.Now();
        var json = Inputs.Json();
        var ics = CalendarFiles.Ics("the plan");
        var holidays = CalendarFiles.Holidays();
        var command = new Command("plan", "Decide what the candidate should do next, and why.") { file, profile, profileFile, now, json, ics, holidays };
        command.SetAction(result =>
        {
            var followUp = Inputs.ReadCase(result.GetValue(file)!);
            var policy = CalendarFiles.WithHolidays(Inputs.Policy(result.GetValue(profile), result.GetValue(profileFile)), result.GetValue(holidays), terminal);
            var at = Inputs.Instant(result.GetValue(now), terminal.Clock);
            var action = policy.Decide(followUp, at);
            var script = policy.Script(followUp, action);
            if (result.GetValue(json))
            {
                terminal.Line(FollowUpJson.WriteDecision(action, at, script));
            }
            else
            {
                Write(terminal, policy, followUp, at, action, script);
            }

            CalendarFiles.Write(result.GetValue(ics), exporter => exporter.Write(followUp, action, at), policy, terminal, result.GetValue(json));
            return 0;
        });
        return command;
    }

    private static void Write(Terminal terminal, FollowUpPolicy policy, FollowUpCase followUp, Instant at, NextAction action, FollowUpScript script)
    {
        var office = Inputs.Zone(followUp.Office.TimeZoneId);
        var interview = followUp.Interview;
        terminal.Line(followUp.Candidate.Name + ", " + interview.Role + " at " + interview.Company
            + " (interview " + When.Format(interview.At.InZone(office).LocalDateTime) + ", " + office.Id + ")");
        terminal.Line("Profile " + policy.Profile.Name + ", decided at " + When.Format(at.InZone(office).LocalDateTime) + " office time");
        terminal.Line();
        terminal.Line(terminal.Heading("Next action"));
        terminal.Line("  " + (action is NextAction.Wait wait
            ? "Wait until " + When.Format(wait.Until.InZone(office).LocalDateTime) + " office time, then decide again"
            : action.Describe()));

        if (action is NextAction.Call call)
        {
            terminal.Line("  If voicemail answers: " + (call.IfVoicemail == VoicemailPlan.LeaveMessage ? "leave a short message" : "hang up and call another time"));
            terminal.Line("  If a receptionist answers: " + (call.IfGatekeeper == GatekeeperPlan.AskToBePutThrough ? "ask to be put through" : "ask when " + call.Whom.Name + " will be free")
                + (call.DeclineUnfamiliarStaff ? "; decline other staff" : string.Empty));
            terminal.Line();
            terminal.Line(terminal.Heading("Call windows"));
            var candidateZone = followUp.Candidate.TimeZoneId is { } id ? Inputs.Zone(id) : null;
            var headings = candidateZone is null
                ? new[] { string.Empty, "Office time (" + office.Id + ")", "Quality" }
                : new[] { string.Empty, "Office time (" + office.Id + ")", "Candidate time (" + candidateZone.Id + ")", "Quality" };
            var table = new TextTable(headings);
            foreach (var (label, window) in new[] { ("proposed", call.Window) }.Concat(call.Alternatives.Select(w => ("or", w))))
            {
                var officeText = When.Format(window.LocalStart) + "-" + window.LocalEnd.ToString("HH':'mm", CultureInfo.InvariantCulture);
                table.Row(candidateZone is null
                    ? [label, officeText, window.Quality.ToString().ToLowerInvariant()]
                    : [label, officeText, When.Format(window.StartIn(candidateZone).LocalDateTime) + "-" + window.EndIn(candidateZone).LocalDateTime.ToString("HH':'mm", CultureInfo.InvariantCulture), window.Quality.ToString().ToLowerInvariant()]);
            }

            terminal.Output.Write(Indent(table.Render()));
        }

        terminal.Line();
        terminal.Line(terminal.Heading("Reasons"));
        foreach (var reason in action.Reasons)
        {
            terminal.Line("  " + reason.RuleId.Value.PadRight(7) + reason.Explanation);
        }

        if (!script.IsEmpty)
        {
            terminal.Line();
            terminal.Line(terminal.Heading("What to say"));
            terminal.Output.Write(Indent(script.ToText()));
        }
    }

    private static string Indent(string text) =>
        string.Concat(text.Split('\n').Select((line, i) => (i == 0 ? string.Empty : "\n") + (line.Length == 0 ? line : "  " + line)));
}
