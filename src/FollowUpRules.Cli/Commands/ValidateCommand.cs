using System.CommandLine;
using System.Text.Json;
using FollowUpRules.Json;

namespace FollowUpRules.Cli;

/// <summary><c>followup validate FILE</c>: reports every problem in a case, a profile, a decision or a simulation script; exit code 2 when there is one.</summary>
internal static class ValidateCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = Inputs.File("file", "A case, profile, decision or simulation script JSON file.");
        var profile = Inputs.Profile();
        var profileFile = Inputs.ProfileFile();
        var now = Inputs.Now();
        var json = Inputs.Json();
        var command = new Command("validate", "Check a case, profile, decision or simulation script file and report every problem (a case is checked as the chosen profile would decide it at --now).")
        {
            file, profile, profileFile, now, json,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var source = Inputs.SourceName(path);
            var bytes = Inputs.ReadBytes(path, terminal);
            FollowUpDocumentKind? kind = null;
            IReadOnlyList<ValidationProblem> problems;
            try
            {
                kind = FollowUpJson.Detect(bytes);
                problems = kind switch
                {
                    FollowUpDocumentKind.Case => Inputs.Policy(result.GetValue(profile), result.GetValue(profileFile), terminal)
                        .Validate(FollowUpJson.ReadCase(bytes), Inputs.Instant(result.GetValue(now), terminal.Clock)),
                    FollowUpDocumentKind.Profile => FollowUpJson.ReadProfile(bytes).Validate(),
                    FollowUpDocumentKind.Decision => Read(() => FollowUpJson.ReadDecision(bytes)),
                    _ => Read(() => FollowUpJson.ReadSimulationScript(bytes)),
                };
            }
            catch (FollowUpJsonException error)
            {
                problems = error.Problems;
            }

            var name = kind is { } k ? Inputs.Name(k) : "document";
            if (result.GetValue(json))
            {
                terminal.Line(Report(source, kind is { } known ? Inputs.Name(known) : null, problems));
            }
            else if (problems.Count == 0)
            {
                terminal.Line(source + ": a valid " + name);
            }
            else
            {
                terminal.Error.WriteLine(source + ": an invalid " + name + " (" + problems.Count + (problems.Count == 1 ? " problem):" : " problems):"));
                foreach (var problem in problems)
                {
                    terminal.Error.WriteLine("- " + CliInputException.Line(problem));
                }
            }

            return problems.Count == 0 ? CliApp.Ok : CliApp.InvalidInput;
        });
        return command.WithExamples(
            "followup validate my-case.json --now 2026-03-10T09:00:00Z",
            "followup validate acme-profile.json --json",
            "followup validate answers.json");
    }

    private static IReadOnlyList<ValidationProblem> Read(Action read)
    {
        read();
        return [];
    }

    /// <summary><c>{"file":…,"kind":"case"|…|null,"valid":…,"problems":[{"path","value","message"}]}</c>.</summary>
    private static string Report(string source, string? kind, IReadOnlyList<ValidationProblem> problems)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = FollowUpJson.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", source);
            if (kind is null)
            {
                writer.WriteNull("kind");
            }
            else
            {
                writer.WriteString("kind", kind);
            }

            writer.WriteBoolean("valid", problems.Count == 0);
            CliApp.WriteProblems(writer, problems);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
