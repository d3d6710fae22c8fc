using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace FollowUpRules.Cli;

/// <summary>
/// <c>--help</c>: System.CommandLine's usage, options and commands, wrapped to the terminal, then the
/// command's examples and the exit codes.
/// </summary>
internal static class Help
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Command, string[]> ExamplesByCommand = [];

    public const string ExitCodes =
        "Exit codes:\n"
        + "  0  all is well (validate: the file is valid)\n"
        + "  1  an unexpected error (a bug: please report it; FOLLOWUP_DEBUG=1 shows the stack trace)\n"
        + "  2  invalid input: each problem on stderr with its file and JSON path ($.attempts[0].at);\n"
        + "     under --json one object: {\"schemaVersion\":1,\"kind\":\"error\",\"exitCode\":2,\"source\":FILE,\"problems\":[{\"path\",\"value\",\"message\"}]}";

    /// <summary>Gives a command its examples, shown by <c>--help</c>; returns the command.</summary>
    public static Command WithExamples(this Command command, params string[] examples)
    {
        ExamplesByCommand.AddOrUpdate(command, examples);
        return command;
    }

    public static void Install(RootCommand root, Terminal terminal)
    {
        root.WithExamples(
            "followup                                   # compare the profiles on a built-in sample case",
            "followup plan docs/examples/first-follow-up.json --now 2026-03-10T09:00:00Z",
            "followup decide cases.jsonl --now 2026-03-10T09:00:00Z > decisions.jsonl",
            "followup validate my-case.json",
            "followup explain PHN-05");
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction standard)
            {
                standard.MaxWidth = terminal.Width;
                option.Action = new HelpWithExamples(standard);
            }
        }
    }

    /// <summary>The help action: it runs even when the rest of the command line has errors.</summary>
    internal sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            if (ExamplesByCommand.TryGetValue(command, out var examples))
            {
                output.WriteLine("Examples:");
                foreach (var example in examples)
                {
                    output.WriteLine("  " + example);
                }

                output.WriteLine();
            }

            output.WriteLine(ExitCodes);
            output.WriteLine();
            output.WriteLine("Documentation: README.md (the followup tool) and docs/json.md (the files).");
            return CliApp.Ok;
        }
    }
}
