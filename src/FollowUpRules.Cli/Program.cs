using FollowUpRules.Cli;

var styled = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
return CliApp.Run(args, Console.Out, Console.Error, styled);
