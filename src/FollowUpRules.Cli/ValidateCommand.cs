using System.CommandLine;
using System.Text;
using System.Text.Json;
using FollowUpRules.Json;

namespace FollowUpRules.Cli;

/// <summary><c>followup validate FILE</c>: reports every problem in a case, a profile or a decision; exit code 2 when there is one.</summary>
internal static class ValidateCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("file") { Description = "A case, profile or decision JSON file." };
        var profile = Inputs.Profile();
        var now = Inputs.Now();
        var json = Inputs.Json();
        var command = new Command("validate", "Check a case, profile or decision file and report every problem.") { file, profile, now, json };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var text = Inputs.ReadFile(path);
            FollowUpDocumentKind kind;
            IReadOnlyList<ValidationProblem> problems;
            try
            {
                kind = FollowUpJson.Detect(text);
                problems = kind switch
                {
                    FollowUpDocumentKind.Case => Inputs.Policy(result.GetValue(profile), null).Validate(FollowUpJson.ReadCase(text), Inputs.Instant(result.GetValue(now), terminal.Clock)),
                    FollowUpDocumentKind.Profile => FollowUpJson.ReadProfile(text).Validate(),
                    _ => Decision(text),
                };
            }
            catch (FollowUpJsonException error)
            {
                if (result.GetValue(json))
                {
                    terminal.Line(Json(path, null, [new ValidationProblem(error.Path, string.Empty, error.Problem)]));
                    return 2;
                }

                throw new CliInputException(path + ": " + error.Message);
            }

            var name = JsonNames(kind);
            if (result.GetValue(json))
            {
                terminal.Line(Json(path, name, problems));
            }
            else if (problems.Count == 0)
            {
                terminal.Line(path + ": a valid " + name);
            }
            else
            {
                terminal.Error.WriteLine(path + ": an invalid " + name + " (" + problems.Count + (problems.Count == 1 ? " problem):" : " problems):"));
                foreach (var problem in problems)
                {
                    terminal.Error.WriteLine("- " + (problem.Path.StartsWith('$') ? problem.Path : "$." + problem.Path) + " = " + problem.Value + ": " + problem.Message);
                }
            }

            return problems.Count == 0 ? 0 : 2;
        });
        return command;
    }

    private static IReadOnlyList<ValidationProblem> Decision(string text)
    {
        FollowUpJson.ReadDecision(text);
        return [];
    }

    private static string JsonNames(FollowUpDocumentKind kind) => kind switch
    {
        FollowUpDocumentKind.Case => "case",
        FollowUpDocumentKind.Profile => "profile",
        _ => "decision",
    };

    private static string Json(string path, string? kind, IReadOnlyList<ValidationProblem> problems)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", path);
            if (kind is null)
            {
                writer.WriteNull("kind");
            }
            else
            {
                writer.WriteString("kind", kind);
            }

            writer.WriteBoolean("valid", problems.Count == 0);
            writer.WriteStartArray("problems");
            foreach (var problem in problems)
            {
                writer.WriteStartObject();
                writer.WriteString("path", problem.Path.StartsWith('$') ? problem.Path : "$." + problem.Path);
                writer.WriteString("value", problem.Value);
                writer.WriteString("message", problem.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
