using FollowUpRules.Cli;

var (styled, width) = Terminal.Console(Environment.GetEnvironmentVariable);
using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
return CliApp.Run(args, Console.Out, Console.Error, styled, clock: null, width, input, output);
