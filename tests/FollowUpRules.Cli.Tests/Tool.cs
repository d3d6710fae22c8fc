using System.Diagnostics;
using NodaTime;

namespace FollowUpRules.Cli.Tests;

/// <summary>Runs the followup tool in-process (with a fixed clock) or as a separate process.</summary>
internal static class Tool
{
    public static readonly Instant FixedNow = Instant.FromUtc(2026, 3, 20, 9, 0);

    public static string Examples { get; } = Path.Combine(Root(), "docs", "examples");

    public static string Example(string name) => Path.Combine(Examples, name);

    public static Result Run(params string[] args) => RunWith(Terminal.Unlimited, null, args);

    /// <summary>Runs in-process with a terminal of the given width, and the given text on standard input.</summary>
    public static Result RunWith(int width, string? input, params string[] args) => RunAt(FixedNow, width, input, args);

    /// <summary>Runs in-process with the clock at <paramref name="clock"/>.</summary>
    public static Result RunAt(Instant clock, int width, string? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input ?? string.Empty));
        var exit = CliApp.Run(args, output, error, styled: false, new FixedClock(clock), width, stdin);
        return new Result(exit, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>A temporary file with the given text, deleted when disposed.</summary>
    public static TempFile Temp(string text, string extension = ".json") => new(text, extension);

    internal sealed class TempFile : IDisposable
    {
        public TempFile(string text, string extension)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "followup-test-" + Guid.NewGuid().ToString("N") + extension);
            File.WriteAllText(Path, text);
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }

    public static Result RunProcess(params string[] args) => RunProcessWith(null, args);

    public static Result RunProcessWith(string? input, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "followup.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(input ?? string.Empty);
        process.StandardInput.Close();
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
