using System.CommandLine;
using System.Text;
using FluentAssertions;

namespace FollowUpRules.Cli.Tests;

/// <summary>
/// The tool's public surface is its commands, arguments and options, written to
/// docs/api/followup.txt. A change fails here until the file is updated on purpose: run
/// <c>UPDATE_API=1 dotnet test tests/FollowUpRules.Cli.Tests -c Release</c> and commit the diff.
/// </summary>
public sealed class CommandSurfaceTests
{
    [Fact]
    public void CommandSurface_MatchesTheSnapshotInDocsApi()
    {
        using var output = new StringWriter();
        var root = CliApp.Build(new Terminal(output, output, styled: false, new SystemClockSource()));
        var actual = Surface(root);
        var path = Path.Combine(Tool.Examples, "..", "api", "followup.txt");

        if (Environment.GetEnvironmentVariable("UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        actual.Should().Contain("followup decide [cases]").And.Contain("  --now <instant>");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(actual, "the tool's commands or options changed; if on purpose, run UPDATE_API=1 dotnet test tests/FollowUpRules.Cli.Tests -c Release and commit docs/api/followup.txt");
    }

    private static string Surface(RootCommand root)
    {
        var text = new StringBuilder("# The followup tool's commands, arguments and options (kept by CommandSurfaceTests)\n");
        text.Append('\n').Append(root.Description).Append('\n');
        foreach (var command in root.Subcommands)
        {
            text.Append("\nfollowup ").Append(command.Name);
            foreach (var argument in command.Arguments)
            {
                text.Append(argument.Arity.MinimumNumberOfValues == 0 ? " [" + argument.Name + "]" : " <" + argument.Name + ">");
            }

            text.Append('\n').Append("  ").Append(command.Description).Append('\n');
            foreach (var argument in command.Arguments)
            {
                text.Append("  ").Append(argument.Name).Append(": ").Append(argument.Description).Append('\n');
            }

            foreach (var option in command.Options)
            {
                text.Append("  ").Append(option.Name).Append(option.ValueType == typeof(bool) ? string.Empty : " <" + (option.HelpName ?? "value") + ">")
                    .Append(": ").Append(option.Description).Append('\n');
            }
        }

        return text.ToString();
    }
}
