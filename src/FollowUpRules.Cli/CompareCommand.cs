using System.CommandLine;
using NodaTime;

namespace FollowUpRules.Cli;

/// <summary><c>followup compare</c>: decides the built-in sample case under every profile and prints the answers side by side.</summary>
internal static class CompareCommand
{
    public static Command Create(Terminal terminal)
    {
        var now = new Option<string?>("--now")
        {
            Description = "The instant to decide at, in UTC ISO form such as 2026-03-16T08:00:00Z (default: the sample's own moment).",
        };
        var command = new Command("compare", "Decide the built-in sample case under every profile and show the answers side by side.");
        command.Options.Add(now);
        command.SetAction(result => Run(terminal, result.GetValue(now)));
        return command;
    }

    public static int Run(Terminal terminal, string? nowText)
    {
        var output = terminal.Output;
        var now = nowText is null ? SampleCase.Now : Inputs.Instant(nowText, terminal.Clock);

        var office = DateTimeZoneProviders.Tzdb[SampleCase.Case.Office.TimeZoneId];
        output.WriteLine(SampleCase.Story);
        output.WriteLine("Decided at " + now.InZone(office).ToString("uuuu-MM-dd HH:mm", null) + " (" + office.Id + ").");
        output.WriteLine();
        var table = new TextTable("Profile", "Next action", "Reasons");
        foreach (var profile in FollowUpProfiles.All)
        {
            var action = FollowUpPolicy.Create(profile).Decide(SampleCase.Case, now);
            table.Row(profile.Name, ActionText.Describe(action, office), ActionText.Reasons(action));
        }

        output.Write(table.Render());
        output.WriteLine();
        output.WriteLine("Profiles: default resolves the articles' disagreements; etq, eml, phn, rcr and cbr each follow one article (see docs/profiles.md).");
        return 0;
    }
}
