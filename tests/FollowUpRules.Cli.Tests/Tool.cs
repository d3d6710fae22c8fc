using System.Diagnostics;
using NodaTime;

namespace FollowUpRules.Cli.Tests;

/// <summary>Runs the followup tool in-process (with a fixed clock) or as a separate process.</summary>
internal static class Tool
{
    public static readonly Instant FixedNow = Instant.FromUtc(2026, 3, 20, 9, 0);

    public static string Examples { get; } = Path.Combine(Root(), "docs", "examples");

    public static string Example(string name) => Path.Combine(Examples, name);

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(args, output, error, styled: false, new FixedClock(FixedNow));
        return new Result(exit, output.ToString(), error.ToString());
    }

    public static Result RunProcess(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "followup.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("followup " + string.Join(' ', args) + " did not finish within a minute");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("No repository root above " + AppContext.BaseDirectory);
    }

    internal sealed record Result(int Exit, string Output, string Error);

    private sealed class FixedClock(Instant now) : IClockSource
    {
        public Instant Now => now;
    }
}
