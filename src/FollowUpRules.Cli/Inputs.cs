using System.CommandLine;
using FollowUpRules.Json;
using NodaTime;

namespace FollowUpRules.Cli;

/// <summary>
/// The options several commands share, and reading their inputs: a file, or <c>-</c> for standard
/// input, read as strict UTF-8, with every error naming the file (or option) and the JSON path.
/// </summary>
internal static class Inputs
{
    /// <summary>The name errors give standard input.</summary>
    public const string StandardInput = "stdin";

    public const string InstantExample = "2026-03-10T09:00:00Z";

    public static Option<string?> Profile() => new("--profile")
    {
        Description = "A built-in profile: " + string.Join(", ", FollowUpProfiles.All.Select(p => p.Name)) + " (default: default).",
        HelpName = "name",
    };

    public static Option<string?> ProfileFile() => new("--profile-file")
    {
        Description = "A profile JSON file, or - for standard input (docs/json.md); it may start from a built-in profile with \"basedOn\".",
        HelpName = "file",
    };

    public static Option<string?> Now(string fallback = "the current time") => new("--now")
    {
        Description = "The instant to decide at, ISO-8601 with Z or an offset, such as " + InstantExample + " or 2026-03-10T10:00+01:00 (default: " + fallback + ").",
        HelpName = "instant",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Write JSON for machines instead of text; errors too, on stderr.",
    };

    public static Argument<string> File(string name, string description) => new(name)
    {
        Description = description + " Give - to read standard input.",
    };

    /// <summary>The name errors give an input: the path, or <c>stdin</c>.</summary>
    public static string SourceName(string path) => path == "-" ? StandardInput : path;

    /// <summary>Reads a file, or standard input for <c>-</c>, as bytes.</summary>
    public static byte[] ReadBytes(string path, Terminal terminal)
    {
        if (path == "-")
        {
            using var buffer = new MemoryStream();
            terminal.Input.CopyTo(buffer);
            return buffer.ToArray();
        }

        using var stream = OpenRead(path);
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>Opens a file to read, with an error that names it when it cannot be.</summary>
    public static Stream OpenRead(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException(path, "is a directory; give a JSON file");
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliInputException(path, "no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliInputException(path, "cannot be read: permission denied");
        }
        catch (IOException error)
        {
            throw new CliInputException(path, "cannot be read: " + error.Message);
        }
    }

    /// <summary>Reads a JSON document with the given reader; a document of another kind is named as such.</summary>
    public static T Read<T>(string path, Terminal terminal, FollowUpDocumentKind expected, Func<ReadOnlyMemory<byte>, T> read) =>
        Read(ReadBytes(path, terminal), path, expected, read);

    /// <summary>Reads bytes already read from <paramref name="path"/> as a JSON document.</summary>
    public static T Read<T>(byte[] bytes, string path, FollowUpDocumentKind expected, Func<ReadOnlyMemory<byte>, T> read)
    {
        try
        {
            return read(bytes);
        }
        catch (FollowUpJsonException error)
        {
            var kind = Kind(bytes);
            if (kind is { } other && other != expected)
            {
                throw new CliInputException(SourceName(path), "this is a " + Name(other) + ", not a " + Name(expected));
            }

            throw new CliInputException(SourceName(path), "the JSON document cannot be read", error.Problems);
        }
    }

    public static FollowUpCase ReadCase(string path, Terminal terminal) =>
        Read(path, terminal, FollowUpDocumentKind.Case, bytes => FollowUpJson.ReadCase(bytes));

    /// <summary>The document's kind, or <see langword="null"/> when that cannot be told.</summary>
    public static FollowUpDocumentKind? Kind(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return FollowUpJson.Detect(bytes);
        }
        catch (FollowUpJsonException)
        {
            return null;
        }
    }

    /// <summary>The kind of document as docs/json.md names it.</summary>
    public static string Name(FollowUpDocumentKind kind) => kind switch
    {
        FollowUpDocumentKind.Case => "case",
        FollowUpDocumentKind.Profile => "profile",
        FollowUpDocumentKind.Decision => "decision",
        _ => "simulation script",
    };

    /// <summary>The profile chosen by <c>--profile</c> or <c>--profile-file</c> (default: the default profile).</summary>
    public static FollowUpProfile Profile(string? name, string? file, Terminal terminal)
    {
        if (name is not null && file is not null)
        {
            throw new CliInputException("--profile and --profile-file", "give one or the other");
        }

        if (file is not null)
        {
            return Read(file, terminal, FollowUpDocumentKind.Profile, FollowUpJson.ReadProfile);
        }

        if (!FollowUpProfiles.TryGet(name ?? "default", out var builtIn))
        {
            throw new CliInputException("--profile", "'" + name + "' is not a built-in profile; use one of " + string.Join(", ", FollowUpProfiles.All.Select(p => p.Name)) + ", or --profile-file");
        }

        return builtIn;
    }

    /// <summary>The policy for <c>--profile</c> or <c>--profile-file</c>; an invalid profile is reported with its file and paths.</summary>
    public static FollowUpPolicy Policy(string? name, string? file, Terminal terminal)
    {
        var profile = Profile(name, file, terminal);
        try
        {
            return FollowUpPolicy.Create(profile);
        }
        catch (InvalidProfileException error)
        {
            throw new CliInputException(file is null ? "--profile" : SourceName(file), "the profile is invalid", error.Problems);
        }
    }

    /// <summary>Decides, reporting an invalid case with its file and paths.</summary>
    public static NextAction Decide(IFollowUpPolicy policy, FollowUpCase followUp, Instant now, string casePath)
    {
        try
        {
            return policy.Decide(followUp, now);
        }
        catch (InvalidCaseException error)
        {
            throw new CliInputException(SourceName(casePath), "the case is invalid", error.Problems);
        }
    }

    /// <summary>The <c>--now</c> instant, or the clock's when it is not given.</summary>
    public static Instant Instant(string? text, IClockSource clock, string option = "--now")
    {
        if (text is null)
        {
            return clock.Now;
        }

        return FollowUpJson.TryParseInstant(text, out var instant)
            ? instant
            : throw new CliInputException(option, "'" + text + "' is not an instant; write one such as " + InstantExample + " or 2026-03-10T10:00+01:00");
    }

    /// <summary>A whole number option within a range, with a message that speaks of the option, not of .NET types.</summary>
    public static int Integer(string? text, string option, int fallback, int min, int max)
    {
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new CliInputException(option, "'" + text + "' is not a whole number from " + min + " to " + max);
    }

    /// <summary>The moment a case has reached: the interview, or its last attempt when later.</summary>
    public static Instant LastEvent(FollowUpCase followUp)
    {
        var last = followUp.Interview.At;
        foreach (var attempt in followUp.Attempts)
        {
            last = attempt.At > last ? attempt.At : last;
        }

        return last;
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
