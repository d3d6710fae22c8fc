using System.CommandLine;

namespace FollowUpRules.Cli;

/// <summary>
/// The <c>followup</c> tool. Exit codes: 0 when all is well, 2 for invalid input (the problem on
/// stderr, never a stack trace), 1 for an unexpected error.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Unexpected = 1;
    public const int InvalidInput = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error, bool styled, IClockSource? clock = null)
    {
        var terminal = new Terminal(output, error, styled, clock ?? new SystemClockSource());
        var root = new RootCommand("followup: what a job candidate should do next after an interview, when, and why.")
        {
            PlanCommand.Create(terminal),
            SimulateCommand.Create(terminal),
            ProfilesCommand.Create(terminal),
            ExplainCommand.Create(terminal),
            ValidateCommand.Create(terminal),
            CompareCommand.Create(terminal),
            ServeCommand.Create(terminal),
        };
        root.SetAction(_ => CompareCommand.Run(terminal, null));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine("followup: " + problem.Message);
            }

            error.WriteLine("Run 'followup --help' for the commands and their options.");
            return InvalidInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException problem)
        {
            error.WriteLine(problem.Message);
            return InvalidInput;
        }
        catch (FollowUpValidationException problem)
        {
            error.WriteLine(problem.Message);
            return InvalidInput;
        }
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            error.WriteLine("followup: unexpected error: " + problem.Message);
            if (Environment.GetEnvironmentVariable("FOLLOWUP_DEBUG") == "1")
            {
                error.WriteLine(problem.ToString());
            }
            else
            {
                error.WriteLine("Set FOLLOWUP_DEBUG=1 to see the stack trace, and please report it.");
            }

            return Unexpected;
        }
    }
}
