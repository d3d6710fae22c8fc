using System.Collections.Concurrent;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json;

/// <summary>
/// Writes instants, local date-times and offsets exactly as NodaTime's ISO patterns do
/// (<see cref="InstantPattern.ExtendedIso"/>, <see cref="LocalDateTimePattern.ExtendedIso"/>,
/// <see cref="OffsetPattern.GeneralInvariant"/>), and reads their commonest forms, without the
/// patterns' general machinery: a case has a few instants and a decision a dozen, and
/// <c>followup decide</c> reads a case and writes a decision per line (NodaTime's instant pattern
/// took about 0.5 µs and 350 bytes per parse). Values the fast path does not cover (years outside
/// 0001 to 9999, fractions of a second, offsets other than <c>Z</c>, anything malformed) go to the
/// patterns themselves.
/// </summary>
/// <remarks>
/// A <c>TryRead</c> method succeeds only on text that the corresponding NodaTime pattern also
/// accepts, with the same value; when it fails, the caller parses with the pattern, which accepts
/// the other forms and says what is wrong. So the fast path changes how fast, never what is read.
/// </remarks>
internal static class IsoText
{
    private static readonly ConcurrentDictionary<Offset, string> Offsets = new();

    public static string Instant(Instant instant)
    {
        var utc = instant.InUtc().LocalDateTime;
        if (!Fast(utc))
        {
            return InstantPattern.ExtendedIso.Format(instant);
        }

        Span<char> text = stackalloc char[20];
        return text.Slice(0, Format(text, utc, 'Z')).ToString();
    }

    public static string LocalDateTime(LocalDateTime local)
    {
        if (!Fast(local))
        {
            return LocalDateTimePattern.ExtendedIso.Format(local);
        }

        Span<char> text = stackalloc char[20];
        return text.Slice(0, Format(text, local, null)).ToString();
    }

    /// <summary>Writes an instant as a string property without making a string of it.</summary>
    public static void WriteInstant(Utf8JsonWriter writer, JsonEncodedText name, Instant instant)
    {
        var utc = instant.InUtc().LocalDateTime;
        if (!Fast(utc))
        {
            writer.WriteString(name, InstantPattern.ExtendedIso.Format(instant));
            return;
        }

        Span<char> text = stackalloc char[20];
        writer.WriteString(name, text.Slice(0, Format(text, utc, 'Z')));
    }

    /// <summary>Writes a local date and time as a string property without making a string of it.</summary>
    public static void WriteLocalDateTime(Utf8JsonWriter writer, JsonEncodedText name, LocalDateTime local)
    {
        if (!Fast(local))
        {
            writer.WriteString(name, LocalDateTimePattern.ExtendedIso.Format(local));
            return;
        }

        Span<char> text = stackalloc char[20];
        writer.WriteString(name, text.Slice(0, Format(text, local, null)));
    }

    public static string Offset(Offset offset) =>
        Offsets.Count < 256 ? Offsets.GetOrAdd(offset, o => OffsetPattern.GeneralInvariant.Format(o)) : OffsetPattern.GeneralInvariant.Format(offset);

    /// <summary>Reads <c>uuuu-MM-ddTHH:mm:ssZ</c> or <c>uuuu-MM-ddTHH:mmZ</c> (UTC, no fraction).</summary>
    public static bool TryReadInstant(ReadOnlySpan<char> text, out Instant value)
    {
        value = default;
        if (text.Length == 0 || text[text.Length - 1] != 'Z' || !TryReadLocalDateTime(text.Slice(0, text.Length - 1), out var utc))
        {
            return false;
        }

        value = utc.InUtc().ToInstant();
        return true;
    }

    /// <summary>Reads <c>uuuu-MM-ddTHH:mm:ss</c> or <c>uuuu-MM-ddTHH:mm</c> (no fraction).</summary>
    public static bool TryReadLocalDateTime(ReadOnlySpan<char> text, out LocalDateTime value)
    {
        value = default;
        if (text.Length is not (16 or 19) || text[10] != 'T' || !TryReadDate(text.Slice(0, 10), out var date) || !TryReadTime(text.Slice(11), out var time))
        {
            return false;
        }

        value = date + time;
        return true;
    }

    /// <summary>Reads <c>uuuu-MM-dd</c> with a year from 0001 to 9999.</summary>
    public static bool TryReadDate(ReadOnlySpan<char> text, out LocalDate value)
    {
        value = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = (Number(text, 0) * 100) + Number(text, 2);
        var month = Number(text, 5);
        var day = Number(text, 8);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Reads <c>HH:mm:ss</c> or <c>HH:mm</c>, hours 00 to 23.</summary>
    public static bool TryReadTime(ReadOnlySpan<char> text, out LocalTime value)
    {
        value = default;
        if (text.Length is not (5 or 8) || text[2] != ':' || (text.Length == 8 && text[5] != ':'))
        {
            return false;
        }

        var hour = Number(text, 0);
        var minute = Number(text, 3);
        var second = text.Length == 8 ? Number(text, 6) : 0;
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        value = new LocalTime(hour, minute, second);
        return true;
    }

    /// <summary>The two-digit number at <paramref name="at"/>, or -10000 when either character is not an ASCII digit (so that any sum with it stays negative).</summary>
    private static int Number(ReadOnlySpan<char> text, int at)
    {
        int tens = text[at] - '0', units = text[at + 1] - '0';
        return tens is >= 0 and <= 9 && units is >= 0 and <= 9 ? (tens * 10) + units : -10000;
    }

    private static bool Fast(LocalDateTime value) => value.Year is >= 1 and <= 9999 && value.NanosecondOfSecond == 0 && value.Calendar == CalendarSystem.Iso;

    /// <summary>Formats <c>uuuu-MM-ddTHH:mm:ss</c> and the zone letter, if any, into <paramref name="text"/>; returns the length.</summary>
    private static int Format(Span<char> text, LocalDateTime value, char? zone)
    {
        Digits(text, 0, value.Year, 4);
        text[4] = '-';
        Digits(text, 5, value.Month, 2);
        text[7] = '-';
        Digits(text, 8, value.Day, 2);
        text[10] = 'T';
        Digits(text, 11, value.Hour, 2);
        text[13] = ':';
        Digits(text, 14, value.Minute, 2);
        text[16] = ':';
        Digits(text, 17, value.Second, 2);
        var length = 19;
        if (zone is { } z)
        {
            text[length++] = z;
        }

        return length;
    }

    private static void Digits(Span<char> text, int at, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            text[at + i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
