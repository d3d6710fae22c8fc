using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json;

/// <summary>
/// Reads one JSON object field by field, knowing its path: every value is checked for its JSON type
/// and parsed with NodaTime's ISO patterns, duplicate and unknown fields are rejected, and every
/// problem becomes a <see cref="FollowUpJsonException"/> that names the path.
/// </summary>
internal sealed class JsonCursor
{
    private static readonly InstantPattern InstantIso = InstantPattern.ExtendedIso;
    private static readonly LocalDatePattern DateIso = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimeIso = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalTimePattern TimeLong = LocalTimePattern.ExtendedIso;
    private static readonly LocalDateTimePattern DateTimeIso = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern DateTimeLong = LocalDateTimePattern.ExtendedIso;

    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonCursor(JsonElement element, string path)
    {
        Path = path;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FollowUpJsonException(path, "expected an object, got " + Describe(element));
        }

        foreach (var property in element.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                throw new FollowUpJsonException(path, "a field name is not valid UTF-8");
            }

            if (_fields.ContainsKey(name))
            {
                throw new FollowUpJsonException(Child(name), "duplicate field; each field may appear once");
            }

            _fields.Add(name, property.Value);
        }
    }

    public string Path { get; }

    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException error)
        {
            throw NotJson(error);
        }
    }

    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException error)
        {
            throw NotJson(error);
        }
        catch (ArgumentException error)
        {
            throw new FollowUpJsonException("$", "not valid JSON: " + error.Message);
        }
    }

    public string Child(string name) => Path + "." + name;

    public bool Has(string name) => _fields.ContainsKey(name);

    public bool TryGet(string name, out JsonElement value)
    {
        _read.Add(name);
        return _fields.TryGetValue(name, out value);
    }

    /// <summary>Rejects every field not read, listing the fields this object takes.</summary>
    public void EnsureNoOtherFields(string allowed)
    {
        foreach (var name in _fields.Keys)
        {
            if (!_read.Contains(name))
            {
                throw new FollowUpJsonException(Child(name), "unknown field; the fields here are " + allowed);
            }
        }
    }

    public JsonElement Required(string name)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new FollowUpJsonException(Child(name), Has(name) ? "must not be null; it is required" : "missing; it is required");
        }

        return value;
    }

    public JsonCursor Object(string name) => new(Required(name), Child(name));

    public JsonCursor? OptionalObject(string name) =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? new JsonCursor(value, Child(name)) : null;

    public string String(string name) => AsString(Required(name), Child(name));

    public string? OptionalString(string name) =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsString(value, Child(name)) : null;

    public bool Boolean(string name, bool absent = false)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return absent;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw WrongType(Child(name), "true or false", value),
        };
    }

    public int Integer(string name) => AsInteger(Required(name), Child(name));

    public int? OptionalInteger(string name) =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsInteger(value, Child(name)) : null;

    public Instant Instant(string name) => AsInstant(Required(name), Child(name));

    public Instant? OptionalInstant(string name) =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsInstant(value, Child(name)) : null;

    public LocalDate? OptionalDate(string name) =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsDate(value, Child(name)) : null;

    public LocalDate Date(string name) => AsDate(Required(name), Child(name));

    public LocalDateTime? OptionalDateTime(string name) =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsDateTime(value, Child(name)) : null;

    public LocalDateTime DateTime(string name) => AsDateTime(Required(name), Child(name));

    public TimeOfDayRange? OptionalRange(string name) =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsRange(value, Child(name)) : null;

    public TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum => AsEnum<TEnum>(Required(name), Child(name));

    public TEnum OptionalEnum<TEnum>(string name, TEnum absent)
        where TEnum : struct, Enum =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsEnum<TEnum>(value, Child(name)) : absent;

    public TEnum? NullableEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryGet(name, out var value) && value.ValueKind != JsonValueKind.Null ? AsEnum<TEnum>(value, Child(name)) : null;

    public List<T> Array<T>(string name, Func<JsonElement, string, T> item)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return AsArray(value, Child(name), item);
    }

    public static List<T> AsArray<T>(JsonElement value, string path, Func<JsonElement, string, T> item)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw WrongType(path, "an array", value);
        }

        var list = new List<T>(value.GetArrayLength());
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            list.Add(item(element, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]"));
            index++;
        }

        return list;
    }

    public static string AsString(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw WrongType(path, "a string", value);
        }

        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FollowUpJsonException(path, "the text is not valid UTF-8");
        }
    }

    public static int AsInteger(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw WrongType(path, "a whole number", value);
        }

        if (!value.TryGetInt32(out var number))
        {
            throw new FollowUpJsonException(path, value.GetRawText() + " is not a whole number between -2147483648 and 2147483647");
        }

        return number;
    }

    public static Instant AsInstant(JsonElement value, string path)
    {
        var text = AsString(value, path);
        var parsed = InstantIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new FollowUpJsonException(path, Quote(text) + " is not an instant; write one in UTC such as 2026-03-05T10:00:00Z");
    }

    public static LocalDate AsDate(JsonElement value, string path)
    {
        var text = AsString(value, path);
        var parsed = DateIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new FollowUpJsonException(path, Quote(text) + " is not a date; write one such as 2026-03-05");
    }

    public static LocalDateTime AsDateTime(JsonElement value, string path)
    {
        var text = AsString(value, path);
        var parsed = DateTimeIso.Parse(text);
        if (!parsed.Success)
        {
            parsed = DateTimeLong.Parse(text);
        }

        return parsed.Success ? parsed.Value : throw new FollowUpJsonException(path, Quote(text) + " is not a local date and time; write one such as 2026-03-10T15:00");
    }

    public static LocalTime AsTime(string text, string path)
    {
        var parsed = TimeIso.Parse(text);
        if (!parsed.Success)
        {
            parsed = TimeLong.Parse(text);
        }

        return parsed.Success ? parsed.Value : throw new FollowUpJsonException(path, Quote(text) + " is not a time; write one such as 09:00");
    }

    public static TimeOfDayRange AsRange(JsonElement value, string path)
    {
        var text = AsString(value, path);
        var dash = text.IndexOf('-');
        if (dash <= 0 || dash == text.Length - 1)
        {
            throw new FollowUpJsonException(path, Quote(text) + " is not a time range; write one such as 09:00-17:00 (24:00 for midnight at the end of the day)");
        }

        var startText = text.Substring(0, dash);
        var endText = text.Substring(dash + 1);
        LocalTime start;
        LocalTime end;
        try
        {
            start = AsTime(startText, path);
            end = endText == "24:00" ? LocalTime.Midnight : AsTime(endText, path);
        }
        catch (FollowUpJsonException)
        {
            throw new FollowUpJsonException(path, Quote(text) + " is not a time range; write one such as 09:00-17:00 (24:00 for midnight at the end of the day)");
        }

        if (endText == "00:00")
        {
            throw new FollowUpJsonException(path, Quote(text) + " ends at 00:00; write 24:00 for midnight at the end of the day");
        }

        return new TimeOfDayRange(start, end);
    }

    public static Duration AsDuration(JsonElement value, string path)
    {
        var text = AsString(value, path);
        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success || parsed.Value.HasDateComponent && (parsed.Value.Years != 0 || parsed.Value.Months != 0))
        {
            throw new FollowUpJsonException(path, Quote(text) + " is not a duration; write an ISO-8601 duration such as PT2H or PT90M");
        }

        return parsed.Value.ToDuration();
    }

    public static Period AsPeriod(JsonElement value, string path)
    {
        var text = AsString(value, path);
        var parsed = PeriodPattern.Roundtrip.Parse(text);
        if (!parsed.Success)
        {
            parsed = PeriodPattern.NormalizingIso.Parse(text);
        }

        return parsed.Success ? parsed.Value : throw new FollowUpJsonException(path, Quote(text) + " is not a period; write an ISO-8601 period such as P1W or P21D");
    }

    public static TEnum AsEnum<TEnum>(JsonElement value, string path)
        where TEnum : struct, Enum
    {
        var text = AsString(value, path);
        return JsonNames.TryParse<TEnum>(text, out var parsed)
            ? parsed
            : throw new FollowUpJsonException(path, Quote(text) + " is not one of " + JsonNames.List<TEnum>());
    }

    public static FollowUpJsonException WrongType(string path, string expected, JsonElement value) =>
        new(path, "expected " + expected + ", got " + Describe(value));

    public static string Quote(string text) => "\"" + text + "\"";

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static FollowUpJsonException NotJson(JsonException error) =>
        new(
            error.Path is { Length: > 0 } path ? path : "$",
            "not valid JSON at line " + ((error.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture)
            + ", byte " + ((error.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture) + " of the line");
}
