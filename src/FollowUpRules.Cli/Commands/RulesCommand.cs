using System.CommandLine;
using System.Text.Json;
using FollowUpRules.Json;
using FollowUpRules.Catalogue;

namespace FollowUpRules.Cli;

/// <summary><c>followup rules [ARTICLE]</c>: the catalogue of rules, each with its ID and what it says.</summary>
internal static class RulesCommand
{
    public static Command Create(Terminal terminal)
    {
        var article = new Argument<string?>("article")
        {
            Description = "Only the rules of one article: etq, eml, phn, rcr or cbr (fur for the library's own rules).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = Inputs.Json();
        var command = new Command("rules", "List the catalogue of rules: every rule ID and what it says (followup explain ID tells more).") { article, json };
        command.SetAction(result =>
        {
            var key = result.GetValue(article);
            var articles = SourceArticle.Articles.Append(SourceArticle.Library).ToList();
            if (key is not null && !articles.Any(a => a.Key.Equals(key, StringComparison.OrdinalIgnoreCase)))
            {
                throw new CliInputException("article", "'" + key + "' is not an article; use one of " + string.Join(", ", articles.Select(a => a.Key.ToLowerInvariant())));
            }

            var rules = SourceRules.All.Where(r => key is null || r.Article.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).ToList();
            if (result.GetValue(json))
            {
                terminal.Line(Json(rules));
                return CliApp.Ok;
            }

            foreach (var group in rules.GroupBy(r => r.Article))
            {
                terminal.Line(terminal.Heading(group.Key.Key.ToUpperInvariant() + ": " + group.Key.Title));
                foreach (var rule in group)
                {
                    terminal.Wrapped("  " + rule.Id.Value.PadRight(8) + rule.Summary, hanging: 8);
                }

                terminal.Line();
            }

            terminal.Line(rules.Count + " rules. followup explain ID says which strategies implement a rule and which profiles use it.");
            return CliApp.Ok;
        });
        return command.WithExamples("followup rules", "followup rules phn", "followup rules --json");
    }

    /// <summary><c>[{"ruleId","article","title","summary"},…]</c>.</summary>
    private static string Json(List<SourceRule> rules)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = FollowUpJson.Encoder }))
        {
            writer.WriteStartArray();
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", rule.Id.Value);
                writer.WriteString("article", rule.Article.Key);
                writer.WriteString("title", rule.Article.Title);
                writer.WriteString("summary", rule.Summary);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
