using System.CommandLine;
using System.Globalization;
using FollowUpRules.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary><c>followup plan CASE.json</c>: the next action, its call windows in office (and candidate) time, its reasons and its script.</summary>
internal static class PlanCommand
{
    /// <summary>A case whose last event is older than this, decided at the wall clock, gets a note saying so.</summary>
    public static readonly Duration OldCase = Duration.FromDays(30);

    private static readonly LocalDateTimePattern When = LocalDateTimePattern.Create("ddd d MMM uuuu HH':'mm", CultureInfo.InvariantCulture);

    public static Command Create(Terminal terminal)
    {
        var file = Inputs.File("case", "The case JSON file.");
        var profile = Inputs.Profile();
        var profileFile = Inputs.ProfileFile();
        var now = Inputs.Now();
        var json = Inputs.Json();
        var ics = CalendarFiles.Ics("the plan");
        var holidays = CalendarFiles.Holidays();
        var command = new Command("plan", "Decide what the candidate should do next, and why.") { file, profile, profileFile, now, json, ics, holidays };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var followUp = Inputs.ReadCase(path, terminal);
            var policy = CalendarFiles.WithHolidays(Inputs.Policy(result.GetValue(profile), result.GetValue(profileFile), terminal), result.GetValue(holidays), terminal);
            var at = Inputs.Instant(result.GetValue(now), terminal.Clock);
            var action = Inputs.Decide(policy, followUp, at, path);
            var script = policy.Script(followUp, action);
            if (result.GetValue(now) is null && at - Inputs.LastEvent(followUp) > OldCase)
            {
                var office = Inputs.Zone(followUp.Office.TimeZoneId);
                terminal.Error.WriteLine(
                    "followup: note: decided at the current time, " + (int)(at - Inputs.LastEvent(followUp)).TotalDays + " days after the case's last event ("
                    + When.Format(Inputs.LastEvent(followUp).InZone(office).LocalDateTime) + " office time); give --now to plan as of another moment.");
            }

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
        return command.WithExamples(
            "followup plan docs/examples/first-follow-up.json --now 2026-03-10T09:00:00Z",
            "followup plan case.json --profile rcr --json",
            "cat case.json | followup plan - --profile-file acme.json");
    }

    private static void Write(Terminal terminal, FollowUpPolicy policy, FollowUpCase followUp, Instant at, NextAction action, FollowUpScript script)
    {
        var office = Inputs.Zone(followUp.Office.TimeZoneId);
        var interview = followUp.Interview;
        terminal.Wrapped(followUp.Candidate.Name + ", " + interview.Role + " at " + interview.Company
            + " (interview " + When.Format(interview.At.InZone(office).LocalDateTime) + ", " + office.Id + ")");
        terminal.Line("Profile " + policy.Profile.Name + ", decided at " + When.Format(at.InZone(office).LocalDateTime) + " office time");
        terminal.Line();
        terminal.Line(terminal.Heading("Next action"));
        terminal.Wrapped("  " + (action is NextAction.Wait wait
            ? "Wait until " + When.Format(wait.Until.InZone(office).LocalDateTime) + " office time, then decide again"
            : action.Describe()), hanging: 2);

        if (action is NextAction.Call call)
        {
            terminal.Line("  If voicemail answers: " + (call.IfVoicemail == VoicemailPlan.LeaveMessage ? "leave a short message" : "hang up and call another time"));
            terminal.Wrapped("  If a receptionist answers: " + (call.IfGatekeeper == GatekeeperPlan.AskToBePutThrough ? "ask to be put through" : "ask when " + call.Whom.Name + " will be free")
                + (call.DeclineUnfamiliarStaff ? "; decline other staff" : string.Empty), hanging: 2);
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
                var quality = ActionText.JsonName(window.Quality);
                table.Row(candidateZone is null
                    ? [label, officeText, quality]
                    : [label, officeText, When.Format(window.StartIn(candidateZone).LocalDateTime) + "-" + window.EndIn(candidateZone).LocalDateTime.ToString("HH':'mm", CultureInfo.InvariantCulture), quality]);
            }

            terminal.Output.Write(Indent(table.Render(terminal.Width - 2)));
        }

        terminal.Line();
        terminal.Line(terminal.Heading("Reasons"));
        foreach (var reason in action.Reasons)
        {
            terminal.Wrapped("  " + reason.RuleId.Value.PadRight(7) + reason.Explanation, hanging: 7);
        }

        if (!script.IsEmpty)
        {
            terminal.Line();
            terminal.Line(terminal.Heading("What to say"));
            terminal.Wrapped(Indent(script.ToText()), hanging: 2);
        }
    }

    private static string Indent(string text) =>
        string.Concat(text.Split('\n').Select((line, i) => (i == 0 ? string.Empty : "\n") + (line.Length == 0 ? line : "  " + line)));
}
