using System.CommandLine;
using System.Text.Json;
using FollowUpRules.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary><c>followup compare</c>: decides the built-in sample case under every profile and prints the answers side by side.</summary>
internal static class CompareCommand
{
    public static Command Create(Terminal terminal)
    {
        var now = Inputs.Now("the sample's own moment, Monday 16 March 2026 08:00 in London");
        var json = Inputs.Json();
        var command = new Command("compare", "Decide a built-in sample case under every profile and show the answers side by side (also what followup does with no command).") { now, json };
        command.SetAction(result => Run(terminal, result.GetValue(now), result.GetValue(json)));
        return command.WithExamples(
            "followup compare",
            "followup compare --now 2026-03-10T09:00:00Z",
            "followup compare --json");
    }

    public static int Run(Terminal terminal, string? nowText, bool json)
    {
        var now = nowText is null ? SampleCase.Now : Inputs.Instant(nowText, terminal.Clock);
        var followUp = SampleCase.AsOf(now);
        var decisions = FollowUpProfiles.All.Select(p => (Profile: p, Action: FollowUpPolicy.Create(p).Decide(followUp, now))).ToList();
        if (json)
        {
            terminal.Line(FollowUpJsonText(followUp, now, decisions));
            return 0;
        }

        var office = SampleCase.Office;
        terminal.Wrapped(SampleCase.Story(now));
        terminal.Wrapped("Decided at " + now.InZone(office).ToString("uuuu-MM-dd HH:mm", null) + " (" + office.Id + ") under each profile:");
        terminal.Line();
        var table = new TextTable("Profile", "Next action", "Reasons");
        foreach (var (profile, action) in decisions)
        {
            table.Row(profile.Name, ActionText.Describe(action, office), ActionText.Reasons(action));
        }

        terminal.Output.Write(table.Render(terminal.Width));
        terminal.Line();
        terminal.Wrapped("Profiles: default resolves the articles' disagreements; etq, eml, phn, rcr and cbr each follow one article (see docs/profiles.md). Try your own case with: followup plan CASE.json");
        return 0;
    }

    /// <summary><c>{"schemaVersion":1,"decidedAt":…,"case":{…},"decisions":[{"profile":"default","decision":{…}},…]}</c>.</summary>
    private static string FollowUpJsonText(FollowUpCase followUp, Instant now, List<(FollowUpProfile Profile, NextAction Action)> decisions)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = FollowUpJson.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", FollowUpJson.SchemaVersion);
            writer.WriteString("decidedAt", InstantPattern.ExtendedIso.Format(now));
            writer.WritePropertyName("case");
            FollowUpJson.WriteCase(writer, followUp);
            writer.WriteStartArray("decisions");
            foreach (var (profile, action) in decisions)
            {
                writer.WriteStartObject();
                writer.WriteString("profile", profile.Name);
                writer.WritePropertyName("decision");
                FollowUpJson.WriteDecision(writer, action, now);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
