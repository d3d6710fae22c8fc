using System.CommandLine;
using FollowUpRules.Cli;

var root = new RootCommand("followup: what a job candidate should do next after an interview, and why.");
var compare = CompareCommand.Create(Console.Out);
root.Subcommands.Add(compare);
root.SetAction(_ => CompareCommand.Run(Console.Out, null));
return root.Parse(args).Invoke();
