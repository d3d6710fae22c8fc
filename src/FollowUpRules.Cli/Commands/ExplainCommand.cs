using System.CommandLine;
using System.Text.Json;
using System.Text;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies;

namespace FollowUpRules.Cli;

/// <summary><c>followup explain RULE-ID</c>: what a rule says, which strategies implement it, which profiles use it.</summary>
internal static class ExplainCommand
{
    public static Command Create(Terminal terminal)
    {
        var id = new Argument<string>("rule-id") { Description = "A rule ID such as PHN-05." };
        var json = Inputs.Json();
        var command = new Command("explain", "Explain a rule: what it says, which strategy implements it, which profiles use it.") { id, json };
        command.SetAction(result =>
        {
            var text = result.GetValue(id)!;
            if (!RuleId.TryParse(text.ToUpperInvariant(), out var ruleId) || !SourceRules.TryGet(ruleId, out var rule))
            {
                var guess = CliApp.Suggestion(text.ToUpperInvariant(), SourceRules.All.Select(r => r.Id.Value));
                throw new CliInputException("rule-id", "'" + text + "' is not a catalogued rule" + (guess is null ? string.Empty : "; did you mean " + guess + "?") + " The IDs run ETQ-01..12, EML-01..05, PHN-01..11, RCR-01..20, CBR-01..08 and FUR-01..16; followup rules lists them");
            }

            var strategies = RuleUsage.Strategies(ruleId);
            var byPolicy = RuleUsage.IsAppliedByThePolicy(ruleId);
            var profiles = RuleUsage.Profiles(ruleId).Select(p => p.Name).ToList();
            if (result.GetValue(json))
            {
                terminal.Line(Json(rule, strategies, byPolicy, profiles));
                return 0;
            }

            terminal.Line(terminal.Heading(rule.Id + ": " + rule.Article.Title));
            terminal.Wrapped("  " + rule.Summary, hanging: 0);
            terminal.Line();
            terminal.Line(terminal.Heading("Implemented by"));
            foreach (var strategy in strategies)
            {
                terminal.Wrapped("  " + strategy.Name.PadRight(26) + strategy.Description, hanging: 26);
            }

            if (byPolicy)
            {
                terminal.Line("  " + "FollowUpPolicy".PadRight(26) + "The policy itself, when it searches for call windows and assembles the action.");
            }

            terminal.Line();
            terminal.Line(terminal.Heading("Used by profiles"));
            terminal.Line("  " + (profiles.Count == 0 ? "none of the built-in profiles" : string.Join(", ", profiles)));
            return 0;
        });
        return command.WithExamples("followup explain PHN-05", "followup explain etq-06 --json");
    }

    private static string Json(SourceRule rule, IReadOnlyList<StrategyDescriptor> strategies, bool byPolicy, List<string> profiles)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = FollowUpRules.Json.FollowUpJson.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", rule.Id.Value);
            writer.WriteString("article", rule.Article.Key);
            writer.WriteString("title", rule.Article.Title);
            writer.WriteString("summary", rule.Summary);
            writer.WriteStartArray("strategies");
            foreach (var strategy in strategies)
            {
                writer.WriteStartObject();
                writer.WriteString("name", strategy.Name);
                writer.WriteString("description", strategy.Description);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteBoolean("appliedByThePolicy", byPolicy);
            writer.WriteStartArray("profiles");
            foreach (var profile in profiles)
            {
                writer.WriteStringValue(profile);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
