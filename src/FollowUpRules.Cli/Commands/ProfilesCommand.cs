using System.CommandLine;
using System.Text.Json;
using FollowUpRules.Json;

namespace FollowUpRules.Cli;

/// <summary><c>followup profiles [NAME]</c>: lists the profiles, or shows one's settings next to the default's.</summary>
internal static class ProfilesCommand
{
    public static Command Create(Terminal terminal)
    {
        var name = new Argument<string?>("name") { Description = "A built-in profile to show in full.", Arity = ArgumentArity.ZeroOrOne };
        var json = Inputs.Json();
        var command = new Command("profiles", "List the profiles, or show one's settings side by side with the default.") { name, json };
        command.SetAction(result =>
        {
            var chosen = result.GetValue(name);
            if (chosen is null)
            {
                List(terminal, result.GetValue(json));
                return 0;
            }

            if (!FollowUpProfiles.TryGet(chosen, out var profile))
            {
                throw new CliInputException("name", "'" + chosen + "' is not a built-in profile; use one of " + string.Join(", ", FollowUpProfiles.All.Select(p => p.Name)));
            }

            Show(terminal, profile, result.GetValue(json));
            return 0;
        });
        return command.WithExamples("followup profiles", "followup profiles rcr", "followup profiles --json");
    }

    private static void List(Terminal terminal, bool json)
    {
        if (json)
        {
            terminal.Line("[" + string.Join(",\n", FollowUpProfiles.All.Select(FollowUpJson.WriteProfile)) + "]");
            return;
        }

        var table = new TextTable("Profile", "Follows", "Description");
        foreach (var profile in FollowUpProfiles.All)
        {
            table.Row(profile.Name, string.Join(" ", FollowUpRules.Catalogue.SourceArticle.Articles.Where(a => profile.Sources.HasFlag(a.Flag)).Select(a => a.Key.ToUpperInvariant())), profile.Description);
        }

        terminal.Output.Write(table.Render(terminal.Width));
    }

    private static void Show(Terminal terminal, FollowUpProfile profile, bool json)
    {
        if (json)
        {
            terminal.Line(FollowUpJson.WriteProfile(profile));
            return;
        }

        var mine = Settings(profile);
        var theirs = Settings(FollowUpProfiles.Default);
        terminal.Line(terminal.Heading(profile.Name + ": " + profile.Description));
        var table = new TextTable("Setting", profile.Name, "default", string.Empty);
        foreach (var (setting, value) in mine)
        {
            if (setting is "name" or "description" or "schemaVersion")
            {
                continue;
            }

            var other = theirs.First(s => s.Setting == setting).Value;
            table.Row(setting, value, other, value == other ? string.Empty : "differs");
        }

        terminal.Output.Write(table.Render(terminal.Width));
    }

    private static List<(string Setting, string Value)> Settings(FollowUpProfile profile)
    {
        using var document = JsonDocument.Parse(FollowUpJson.WriteProfile(profile));
        return document.RootElement.EnumerateObject()
            .Select(p => (p.Name, p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString()!,
                JsonValueKind.Array => string.Join(" ", p.Value.EnumerateArray().Select(e => e.GetString())),
                JsonValueKind.Null => "none",
                _ => p.Value.GetRawText(),
            }))
            .ToList();
    }
}
