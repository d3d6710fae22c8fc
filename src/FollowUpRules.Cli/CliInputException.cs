namespace FollowUpRules.Cli;

/// <summary>Bad input to the tool (a missing file, an unknown option value): reported on stderr, exit code 2.</summary>
internal sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException()
    {
    }

    public CliInputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
