using System.CommandLine;
using System.Text;
using System.Text.Json;

namespace FollowUpRules.Cli;

/// <summary>
/// The <c>followup</c> tool. Exit codes: 0 when all is well, 2 for invalid input (the problem on
/// stderr, never a stack trace; a JSON object under <c>--json</c>), 1 for an unexpected error.
/// </summary>
/// <remarks>
/// Each command is one file in Commands/ with a <c>Create(Terminal)</c> method; registering it is
/// one line in <see cref="Commands"/>. Options that several commands take are made by
/// <see cref="Inputs"/>.
/// </remarks>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int InvalidInput = 2;

    /// <summary>Every command, in the order help lists them.</summary>
    private static readonly Func<Terminal, Command>[] Commands =
    [
        PlanCommand.Create,
        DecideCommand.Create,
        SimulateCommand.Create,
        CompareCommand.Create,
        ProfilesCommand.Create,
        RulesCommand.Create,
        ExplainCommand.Create,
        ValidateCommand.Create,
        ServeCommand.Create,
    ];

    public static int Run(string[] args, TextWriter output, TextWriter error, bool styled, IClockSource? clock = null, int width = Terminal.Unlimited, Stream? input = null, Stream? outputStream = null)
    {
        var terminal = new Terminal(output, error, styled, clock ?? new SystemClockSource(), width, input)
        {
            JsonErrors = args.Contains("--json", StringComparer.Ordinal),
            OutputStream = outputStream,
        };
        var root = Build(terminal);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not Help.HelpWithExamples)
        {
            return Report(terminal, new CliInputException("followup", "the command line is not understood", ParseProblems(parsed)), InvalidInput, "Run 'followup --help' for the commands and their options.");
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException problem)
        {
            return Report(terminal, problem, InvalidInput);
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            var debug = Environment.GetEnvironmentVariable("FOLLOWUP_DEBUG") == "1";
            var report = new CliInputException("followup", "unexpected error: " + problem.Message);
            return Report(terminal, report, Unexpected, debug ? problem.ToString() : "Set FOLLOWUP_DEBUG=1 to see the stack trace, and please report it.");
        }
    }

    /// <summary>The root command with every command registered.</summary>
    public static RootCommand Build(Terminal terminal)
    {
        var root = new RootCommand("followup: what a job candidate should do next after an interview, when, and why.");
        foreach (var create in Commands)
        {
            root.Subcommands.Add(create(terminal));
        }

        root.SetAction(_ => CompareCommand.Run(terminal, null, json: false));
        Help.Install(root, terminal);
        return root;
    }

    /// <summary>Writes an error: text on stderr, or under <c>--json</c> one JSON object (docs: README, "Errors").</summary>
    public static int Report(Terminal terminal, CliInputException problem, int exitCode, string? hint = null)
    {
        if (terminal.JsonErrors)
        {
            terminal.Error.WriteLine(ErrorJson(problem, exitCode, line: null));
            return exitCode;
        }

        terminal.Error.WriteLine(problem.Message);
        if (hint is not null)
        {
            terminal.Error.WriteLine(hint);
        }

        return exitCode;
    }

    /// <summary>
    /// The error object: <c>{"schemaVersion":1,"kind":"error","exitCode":2,"source":"case.json","problems":[{"path","value","message"}]}</c>,
    /// with <c>"line"</c> in place of nothing for a line of <c>followup decide</c>.
    /// </summary>
    public static string ErrorJson(CliInputException problem, int exitCode, int? line)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.FollowUpJson.Encoder }))
        {
            WriteError(writer, problem.Source, problem.Problems, exitCode, line);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void WriteError(Utf8JsonWriter writer, string? source, IReadOnlyList<ValidationProblem> problems, int exitCode, int? line)
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", Json.FollowUpJson.SchemaVersion);
        writer.WriteString("kind", "error");
        writer.WriteNumber("exitCode", exitCode);
        if (source is not null)
        {
            writer.WriteString("source", source);
        }

        if (line is { } number)
        {
            writer.WriteNumber("line", number);
        }

        WriteProblems(writer, problems);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"problems": [{"path","value","message"}, …]</c>, every path from <c>$</c>.</summary>
    public static void WriteProblems(Utf8JsonWriter writer, IReadOnlyList<ValidationProblem> problems)
    {
        writer.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("path", CliInputException.JsonPath(problem.Path));
            writer.WriteString("value", problem.Value);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The parser's errors, with a suggestion for a mistyped command or option.</summary>
    private static List<ValidationProblem> ParseProblems(ParseResult parsed)
    {
        var problems = new List<ValidationProblem>();
        var command = parsed.CommandResult.Command;
        var known = command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name))
            .Concat(command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive).SelectMany(o => o.Aliases.Prepend(o.Name)))
            .Where(name => !name.StartsWith("-?", StringComparison.Ordinal) && name != "/?" && name != "/h")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in parsed.UnmatchedTokens)
        {
            var guess = Suggestion(token, known);
            var what = command is RootCommand ? "a command" : token.StartsWith('-') ? "an option of 'followup " + command.Name + "'" : "expected by 'followup " + command.Name + "'";
            problems.Add(new ValidationProblem(string.Empty, string.Empty, "'" + token + "' is not " + what + (guess is null ? string.Empty : "; did you mean '" + guess + "'?")));
            suggested.Add(token);
        }

        foreach (var error in parsed.Errors)
        {
            if (!parsed.UnmatchedTokens.Any(t => error.Message.Contains("'" + t + "'", StringComparison.Ordinal)))
            {
                problems.Add(new ValidationProblem(string.Empty, string.Empty, error.Message));
            }
        }

        return problems;
    }

    /// <summary>The known name closest to a mistyped one, when it is close enough to be what was meant.</summary>
    internal static string? Suggestion(string typed, IEnumerable<string> known)
    {
        var best = known.Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, Math.Min(3, best.Name.Length / 3)) ? best.Name : null;
    }

    /// <summary>The edit distance (insertions, deletions, substitutions and swaps of neighbours).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
