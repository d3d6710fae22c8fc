using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json;

/// <summary>
/// The value readers of the format: each checks the JSON type, parses the text with NodaTime's ISO
/// patterns, and records a problem that says what was expected.
/// </summary>
internal static class JsonValues
{
    public const string InstantExample = "2026-03-05T10:00:00Z";

    private static readonly InstantPattern InstantUtc = InstantPattern.ExtendedIso;

    // Any ISO-8601 instant with an offset: Z or +hh:mm, with or without seconds and fractions.
    private static readonly OffsetDateTimePattern InstantWithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>");
    private static readonly OffsetDateTimePattern InstantWithoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");
    private static readonly LocalDatePattern DateIso = LocalDatePattern.Iso;
    private static readonly LocalTimePattern TimeShort = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");
    private static readonly LocalTimePattern TimeLong = LocalTimePattern.ExtendedIso;
    private static readonly LocalDateTimePattern DateTimeShort = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern DateTimeLong = LocalDateTimePattern.ExtendedIso;

    public static readonly JsonValueReader<string> String = ReadString;

    public static readonly JsonValueReader<int> Integer = ReadInteger;

    public static readonly JsonValueReader<bool> Boolean = ReadBoolean;

    public static readonly JsonValueReader<Instant> Instant = ReadInstant;

    public static readonly JsonValueReader<LocalDate> Date = ReadDate;

    public static readonly JsonValueReader<LocalDateTime> DateTime = ReadDateTime;

    public static readonly JsonValueReader<TimeOfDayRange> Range = ReadRange;

    public static readonly JsonValueReader<Duration> Duration = ReadDuration;

    public static readonly JsonValueReader<Period> Period = ReadPeriod;

    /// <summary>Parses an instant as the documents and the tool accept it: ISO-8601 with <c>Z</c> or an offset, seconds optional.</summary>
    public static bool TryParseInstant(string? text, out Instant value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        if (IsoText.TryReadInstant(text.AsSpan(), out value))
        {
            return true;
        }

        var utc = InstantUtc.Parse(text);
        if (utc.Success)
        {
            value = utc.Value;
            return true;
        }

        var offset = InstantWithOffset.Parse(text);
        if (!offset.Success)
        {
            offset = InstantWithoutSeconds.Parse(text);
        }

        if (offset.Success)
        {
            value = offset.Value.ToInstant();
        }

        return offset.Success;
    }

    public static JsonValueReader<TEnum> Enum<TEnum>()
        where TEnum : struct, Enum => EnumReader<TEnum>.Read;

    public static JsonValueReader<List<T>> Array<T>(JsonValueReader<T> item) => (JsonElement element, JsonReading reading, out List<T> value) =>
    {
        value = [];
        if (element.ValueKind != JsonValueKind.Array)
        {
            return WrongType(reading, "an array", element);
        }

        var ok = true;
        var index = 0;
        foreach (var each in element.EnumerateArray())
        {
            reading.Enter(index++);
            if (item(each, reading, out var read))
            {
                value.Add(read);
            }
            else
            {
                ok = false;
            }

            reading.Leave();
        }

        return ok;
    };

    /// <summary>An array whose items may not be null (null is reported where it stands, not read as "left out").</summary>
    public static JsonValueReader<List<T>> ArrayOf<T>(JsonValueReader<T> item) => Array<T>((JsonElement element, JsonReading reading, out T value) =>
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            value = default!;
            return reading.Problem("must not be null");
        }

        return item(element, reading, out value);
    });

    /// <summary>Whether a property's name is valid text; comparing or reading one that is not (an escaped lone surrogate) throws.</summary>
    public static bool HasValidName(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Finds a field of an object without throwing on a field name that is not valid text (the shape reports it).</summary>
    public static bool TryGetField(JsonElement element, string name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (HasValidName(property) && property.NameEquals(name))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    public static bool WrongType(JsonReading reading, string expected, JsonElement value) =>
        reading.Problem("expected " + expected + ", got " + Describe(value));

    public static string Quote(string text) => "\"" + text + "\"";

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The longest text <see cref="Short"/> reads: a local date and time with seconds and a zone letter is 20.</summary>
    private const int ShortText = 24;

    /// <summary>
    /// The text of a JSON string, without its quotes, as the document's own UTF-8 bytes, when they
    /// can be had without copying (.NET 9 and later) and hold no escape; otherwise empty, and the
    /// caller reads the value as a string. Readers use it for a fast path that only ever succeeds.
    /// </summary>
    private static ReadOnlySpan<byte> RawString(JsonElement element)
    {
#if NET9_0_OR_GREATER
        if (element.ValueKind == JsonValueKind.String)
        {
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element);
            if (raw.Length >= 2 && raw[0] == (byte)'"' && raw.IndexOf((byte)'\\') < 0)
            {
                return raw.Slice(1, raw.Length - 2);
            }
        }
#else
        _ = element; // Before .NET 9 the bytes cannot be had without a copy: every value takes the string path.
#endif
        return default;
    }

    /// <summary>A short ASCII string's text widened into <paramref name="chars"/>, or empty (see <see cref="RawString"/>).</summary>
    private static ReadOnlySpan<char> Short(JsonElement element, Span<char> chars)
    {
        var raw = RawString(element);
        if (raw.Length > chars.Length)
        {
            return default;
        }

        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] >= 0x80)
            {
                return default;
            }

            chars[i] = (char)raw[i];
        }

        return chars.Slice(0, raw.Length);
    }

    private static bool ReadString(JsonElement element, JsonReading reading, out string value)
    {
        value = string.Empty;
        if (element.ValueKind != JsonValueKind.String)
        {
            return WrongType(reading, "a string", element);
        }

        try
        {
            value = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            return reading.Problem("the text is not valid UTF-8");
        }
    }

    private static bool ReadInteger(JsonElement element, JsonReading reading, out int value)
    {
        value = 0;
        if (element.ValueKind != JsonValueKind.Number)
        {
            return WrongType(reading, "a whole number", element);
        }

        return element.TryGetInt32(out value)
            || reading.Problem(element.GetRawText() + " is not a whole number between -2147483648 and 2147483647");
    }

    private static bool ReadBoolean(JsonElement element, JsonReading reading, out bool value)
    {
        value = element.ValueKind == JsonValueKind.True;
        return element.ValueKind is JsonValueKind.True or JsonValueKind.False || WrongType(reading, "true or false", element);
    }

    private static bool ReadInstant(JsonElement element, JsonReading reading, out Instant value)
    {
        Span<char> chars = stackalloc char[ShortText];
        if (IsoText.TryReadInstant(Short(element, chars), out value))
        {
            return true;
        }

        return ReadString(element, reading, out var text)
            && (TryParseInstant(text, out value)
                || reading.Problem(Quote(text) + " is not an instant; write one such as " + InstantExample + " or 2026-03-05T11:00+01:00"));
    }

    private static bool ReadDate(JsonElement element, JsonReading reading, out LocalDate value)
    {
        Span<char> chars = stackalloc char[ShortText];
        if (IsoText.TryReadDate(Short(element, chars), out value))
        {
            return true;
        }

        if (!ReadString(element, reading, out var text))
        {
            return false;
        }

        if (IsoText.TryReadDate(text.AsSpan(), out value))
        {
            return true;
        }

        var parsed = DateIso.Parse(text);
        value = parsed.Success ? parsed.Value : default;
        return parsed.Success || reading.Problem(Quote(text) + " is not a date; write one such as 2026-03-05");
    }

    private static bool ReadDateTime(JsonElement element, JsonReading reading, out LocalDateTime value)
    {
        Span<char> chars = stackalloc char[ShortText];
        if (IsoText.TryReadLocalDateTime(Short(element, chars), out value))
        {
            return true;
        }

        if (!ReadString(element, reading, out var text))
        {
            return false;
        }

        if (IsoText.TryReadLocalDateTime(text.AsSpan(), out value))
        {
            return true;
        }

        var parsed = DateTimeShort.Parse(text);
        if (!parsed.Success)
        {
            parsed = DateTimeLong.Parse(text);
        }

        value = parsed.Success ? parsed.Value : default;
        return parsed.Success || reading.Problem(Quote(text) + " is not a local date and time; write one such as 2026-03-10T15:00");
    }

    private static bool ReadRange(JsonElement element, JsonReading reading, out TimeOfDayRange value)
    {
        value = default;
        if (!ReadString(element, reading, out var text))
        {
            return false;
        }

        var dash = text.IndexOf('-');
        var endText = dash < 0 ? string.Empty : text.Substring(dash + 1);
        if (dash <= 0 || !TryParseTime(text.Substring(0, dash), out var start) || !(endText == "24:00" || TryParseTime(endText, out _)))
        {
            return reading.Problem(Quote(text) + " is not a time range; write one such as 09:00-17:00 (24:00 for midnight at the end of the day)");
        }

        if (endText == "00:00")
        {
            return reading.Problem(Quote(text) + " ends at 00:00; write 24:00 for midnight at the end of the day");
        }

        value = new TimeOfDayRange(start, TryParseTime(endText, out var end) ? end : LocalTime.Midnight);
        return true;
    }

    private static bool TryParseTime(string text, out LocalTime time)
    {
        if (IsoText.TryReadTime(text.AsSpan(), out time))
        {
            return true;
        }

        var parsed = TimeShort.Parse(text);
        if (!parsed.Success)
        {
            parsed = TimeLong.Parse(text);
        }

        time = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }

    private static bool ReadDuration(JsonElement element, JsonReading reading, out Duration value)
    {
        value = default;
        if (!ReadString(element, reading, out var text))
        {
            return false;
        }

        var parsed = PeriodPattern.NormalizingIso.Parse(text);
        if (!parsed.Success || parsed.Value.Years != 0 || parsed.Value.Months != 0)
        {
            return reading.Problem(Quote(text) + " is not a duration; write an ISO-8601 duration such as PT2H or PT90M");
        }

        value = parsed.Value.ToDuration();
        return true;
    }

    private static bool ReadPeriod(JsonElement element, JsonReading reading, out Period value)
    {
        value = NodaTime.Period.Zero;
        if (!ReadString(element, reading, out var text))
        {
            return false;
        }

        var parsed = PeriodPattern.Roundtrip.Parse(text);
        if (!parsed.Success)
        {
            parsed = PeriodPattern.NormalizingIso.Parse(text);
        }

        if (!parsed.Success || parsed.Value.HasTimeComponent)
        {
            return reading.Problem(Quote(text) + " is not a period in days, weeks, months or years; write an ISO-8601 period such as P1W or P21D");
        }

        value = parsed.Value;
        return true;
    }

    private static class EnumReader<TEnum>
        where TEnum : struct, Enum
    {
        public static bool Read(JsonElement element, JsonReading reading, out TEnum value)
        {
            if (JsonNames.TryParse(RawString(element), out value))
            {
                return true;
            }

            return ReadString(element, reading, out var text)
                && (JsonNames.TryParse(text, out value) || reading.Problem(Quote(text) + " is not one of " + JsonNames.List<TEnum>()));
        }
    }
}

/// <summary>Formats numbers for messages.</summary>
internal static class JsonNumbers
{
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
