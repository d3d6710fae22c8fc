using System.CommandLine;
using FollowUpRules.Json;
using FollowUpRules.Simulation;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary>The options several commands share, and reading their files with errors that name the file.</summary>
internal static class Inputs
{
    public static Option<string?> Profile() => new("--profile")
    {
        Description = "A built-in profile: default, etq, eml, phn, rcr or cbr (default: default).",
    };

    public static Option<string?> ProfileFile() => new("--profile-file")
    {
        Description = "A profile JSON file (see docs/json.md); it may start from a built-in profile with \"basedOn\".",
    };

    public static Option<string?> Now() => new("--now")
    {
        Description = "The instant to decide at, in UTC such as 2026-03-10T08:00:00Z (default: the current time).",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Write JSON for machines instead of text.",
    };

    public static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException(path + ": no such file");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException(path + ": cannot be read (" + error.Message + ")");
        }
    }

    public static FollowUpCase ReadCase(string path)
    {
        var text = ReadFile(path);
        try
        {
            return FollowUpJson.ReadCase(text);
        }
        catch (FollowUpJsonException error)
        {
            throw new CliInputException(path + ": " + (IsNot(text, FollowUpDocumentKind.Case) is { } other ? "this is a " + other + ", not a case" : error.Message));
        }
    }

    private static string? IsNot(string text, FollowUpDocumentKind expected)
    {
        try
        {
            var kind = FollowUpJson.Detect(text);
            return kind == expected ? null : kind.ToString().ToLowerInvariant();
        }
        catch (FollowUpJsonException)
        {
            return null;
        }
    }

    public static SimulationScript ReadOutcomes(string path)
    {
        var text = ReadFile(path);
        try
        {
            return FollowUpJson.ReadSimulationScript(text);
        }
        catch (FollowUpJsonException error)
        {
            throw new CliInputException(path + ": " + error.Message);
        }
    }

    public static FollowUpPolicy Policy(string? name, string? file)
    {
        if (name is not null && file is not null)
        {
            throw new CliInputException("--profile and --profile-file: give one or the other");
        }

        FollowUpProfile profile;
        if (file is not null)
        {
            var text = ReadFile(file);
            try
            {
                profile = FollowUpJson.ReadProfile(text);
            }
            catch (FollowUpJsonException error)
            {
                throw new CliInputException(file + ": " + error.Message);
            }
        }
        else if (!FollowUpProfiles.TryGet(name ?? "default", out var builtIn))
        {
            throw new CliInputException("--profile: '" + name + "' is not a built-in profile; use one of " + string.Join(", ", FollowUpProfiles.All.Select(p => p.Name)) + ", or --profile-file");
        }
        else
        {
            profile = builtIn;
        }

        try
        {
            return FollowUpPolicy.Create(profile);
        }
        catch (InvalidProfileException error)
        {
            throw new CliInputException((file ?? "--profile") + ": " + error.Message);
        }
    }

    public static Instant Instant(string? text, IClockSource clock)
    {
        if (text is null)
        {
            return clock.Now;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliInputException("--now: '" + text + "' is not an instant in UTC such as 2026-03-10T08:00:00Z");
    }

    public static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];
}

/// <summary>Where the tool gets "now" when --now is not given; tests supply a fixed one.</summary>
internal interface IClockSource
{
    Instant Now { get; }
}

/// <summary>The real clock.</summary>
internal sealed class SystemClockSource : IClockSource
{
    public Instant Now => SystemClock.Instance.GetCurrentInstant();
}
