using System.Globalization;
using System.Text;

namespace FollowUpRules.Json.Tests.Fuzzing;

/// <summary>
/// Turns a valid document into a hostile one. Each mutation is named, so a failure says what was
/// done to which document; a document gets one to three mutations.
/// </summary>
internal static class JsonMutator
{
    public delegate byte[] Mutation(Random random, byte[] document);

    /// <summary>The catalogue of mutations, by name.</summary>
    public static readonly IReadOnlyList<(string Name, Mutation Apply)> All =
    [
        ("truncate", Truncate),
        ("wrong type", WrongType),
        ("huge number", HugeNumber),
        ("deep nesting", DeepNesting),
        ("unknown zone", UnknownZone),
        ("duplicate key", DuplicateKey),
        ("invalid UTF-8", InvalidUtf8),
        ("lone surrogate escape", LoneSurrogate),
        ("flip a byte", FlipByte),
        ("drop a line", DropLine),
        ("extreme date", ExtremeDate),
        ("odd string", OddString),
        ("empty container", EmptyContainer),
    ];

    private static readonly HashSet<string> ByteLevel = ["truncate", "invalid UTF-8", "flip a byte"];

    private static readonly string[] WrongValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "\"\"", "\"text\"", "[]", "{}", "[1,2,3]", "{\"a\":1}", "\"2026-02-30\"", "\"25:00\"",
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "99999999999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "1E+308", "0.0000000000000000000001", "-0", "4294967296",
    ];

    private static readonly string[] Zones =
    [
        "Mars/Olympus_Mons", "", "UTC+5", "america/new_york", "Europe/London ", "EST5EDT", "Etc/GMT+14", "../../etc/passwd", "Europe/Kyiv", "Asia/Calcutta",
    ];

    private static readonly string[] Dates =
    [
        "\"9999-12-31\"", "\"0001-01-01\"", "\"-9998-01-01\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", "\"2026-02-29\"", "\"2026-13-01\"",
        "\"2026-03-08T02:30:00\"", "\"2026-03-08T02:30:00-05:00\"", "\"+10000-01-01T00:00:00Z\"", "\"1970-01-01T00:00:00Z\"", "\"24:00\"", "\"00:00-00:00\"", "\"17:00-09:00\"",
    ];

    private static readonly string[] OddStrings =
    [
        "\"\\u0000\"", "\"\\t\\r\\n\"", "\"\\ud83d\\ude00\"", "\"\u202e evil\"", "\"   \"", "\"" + new string('x', 100_000) + "\"", "\"\\\\\"", "\"P\"", "\"PT\"", "\"P1Y2M3W4DT5H6M7S\"", "\"P-1D\"", "\"PT-1H\"",
    ];

    public static (string Description, byte[] Document) Mutate(Random random, string name, byte[] document)
    {
        // Text-level mutations decode the document, which would mend invalid UTF-8 an earlier
        // mutation put in; so the byte-level ones go last.
        var count = 1 + random.Next(3);
        var chosen = Enumerable.Range(0, count).Select(_ => All[random.Next(All.Count)]).OrderBy(m => ByteLevel.Contains(m.Name)).ToList();
        var applied = new List<string>(count);
        foreach (var (mutationName, apply) in chosen)
        {
            document = apply(random, document);
            applied.Add(mutationName);
        }

        return (name + ": " + string.Join(", ", applied), document);
    }

    private static byte[] Truncate(Random random, byte[] document) => document[..random.Next(document.Length)];

    private static byte[] WrongType(Random random, byte[] document) => ReplaceValue(random, document, _ => Pick(random, WrongValues));

    private static byte[] HugeNumber(Random random, byte[] document) =>
        ReplaceValue(random, document, value => Pick(random, HugeNumbers), value => value.Length > 0 && (char.IsDigit(value[0]) || value[0] == '-'));

    private static byte[] DeepNesting(Random random, byte[] document)
    {
        var depth = random.Next(2) == 0 ? 63 + random.Next(4) : random.Next(100, 5_000);
        var open = random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var nested = new StringBuilder().Insert(0, open, depth).Append('1').Insert(depth * open.Length + 1, close, depth).ToString();
        return ReplaceValue(random, document, _ => nested);
    }

    private static byte[] UnknownZone(Random random, byte[] document)
    {
        var text = Encoding.UTF8.GetString(document);
        var at = text.IndexOf("\"timeZoneId\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return WrongType(random, document);
        }

        var start = text.IndexOf('"', text.IndexOf(':', at) + 1);
        var end = start < 0 ? -1 : text.IndexOf('"', start + 1);
        return end < 0 ? document : Encoding.UTF8.GetBytes(text[..(start + 1)] + Pick(random, Zones) + text[end..]);
    }

    private static byte[] DuplicateKey(Random random, byte[] document)
    {
        var lines = Lines(document);
        var candidates = Enumerable.Range(0, lines.Count).Where(i => lines[i].TrimStart().StartsWith('"') && lines[i].TrimEnd().EndsWith(',')).ToList();
        if (candidates.Count == 0)
        {
            return document;
        }

        var line = candidates[random.Next(candidates.Count)];
        lines.Insert(line, lines[line]);
        return Join(lines);
    }

    private static byte[] InvalidUtf8(Random random, byte[] document)
    {
        byte[][] sequences = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xC0, 0xAF], [0x80]];
        var bad = sequences[random.Next(sequences.Length)];
        var at = InsideString(random, document);
        return [.. document[..at], .. bad, .. document[at..]];
    }

    private static byte[] LoneSurrogate(Random random, byte[] document)
    {
        var at = InsideString(random, document);
        var escape = Encoding.ASCII.GetBytes(random.Next(2) == 0 ? "\\ud800" : "\\udfff");
        return [.. document[..at], .. escape, .. document[at..]];
    }

    private static byte[] FlipByte(Random random, byte[] document)
    {
        if (document.Length == 0)
        {
            return document;
        }

        var copy = (byte[])document.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] DropLine(Random random, byte[] document)
    {
        var lines = Lines(document);
        if (lines.Count > 1)
        {
            lines.RemoveAt(random.Next(lines.Count));
        }

        return Join(lines);
    }

    private static byte[] ExtremeDate(Random random, byte[] document) =>
        ReplaceValue(random, document, _ => Pick(random, Dates), value => value.StartsWith('"') && value.Length > 6 && char.IsDigit(value[1]));

    private static byte[] OddString(Random random, byte[] document) =>
        ReplaceValue(random, document, _ => Pick(random, OddStrings), value => value.StartsWith('"'));

    private static byte[] EmptyContainer(Random random, byte[] document) =>
        ReplaceValue(random, document, value => value.StartsWith('[') ? "[]" : "{}", value => value is "[" or "{");

    /// <summary>Replaces one value (the text after a "key": on one line) chosen at random.</summary>
    private static byte[] ReplaceValue(Random random, byte[] document, Func<string, string> replacement, Func<string, bool>? where = null)
    {
        var lines = Lines(document);
        var candidates = new List<(int Line, int Start, string Value)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var colon = lines[i].IndexOf("\": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var start = colon + 3;
            var value = lines[i][start..].TrimEnd().TrimEnd(',');
            if (where is null || where(value))
            {
                candidates.Add((i, start, value));
            }
        }

        if (candidates.Count == 0)
        {
            return document;
        }

        var (line, from, old) = candidates[random.Next(candidates.Count)];
        var text = lines[line];

        // A value that opens a container spans lines; replacing its opening keeps the rest, which is
        // hostile in its own way (a stray closing bracket).
        lines[line] = text[..from] + replacement(old) + text[(from + old.Length)..];
        return Join(lines);
    }

    private static int InsideString(Random random, byte[] document)
    {
        var quotes = new List<int>();
        for (var i = 0; i < document.Length; i++)
        {
            if (document[i] == (byte)'"')
            {
                quotes.Add(i + 1);
            }
        }

        return quotes.Count == 0 ? random.Next(document.Length + 1) : quotes[random.Next(quotes.Count)];
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static List<string> Lines(byte[] document) => [.. Encoding.UTF8.GetString(document).Split('\n')];

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    public static string Show(byte[] document)
    {
        var text = Encoding.UTF8.GetString(document);
        return text.Length <= 4_000 ? text : text[..4_000] + string.Create(CultureInfo.InvariantCulture, $"... ({text.Length} characters)");
    }
}
