using System.Collections.Concurrent;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json;

/// <summary>
/// Writes instants, local date-times and offsets exactly as NodaTime's ISO patterns do
/// (<see cref="InstantPattern.ExtendedIso"/>, <see cref="LocalDateTimePattern.ExtendedIso"/>,
/// <see cref="OffsetPattern.GeneralInvariant"/>), without their general machinery: a decision has a
/// dozen of them, and <c>followup decide</c> writes a decision per case. Values the fast path does not
/// cover (years outside 0001 to 9999, fractions of a second) go to the patterns themselves.
/// </summary>
internal static class IsoText
{
    private static readonly ConcurrentDictionary<Offset, string> Offsets = new();

    public static string Instant(Instant instant)
    {
        var utc = instant.InUtc().LocalDateTime;
        return Fast(utc) ? Format(utc, 'Z') : InstantPattern.ExtendedIso.Format(instant);
    }

    public static string LocalDateTime(LocalDateTime local) =>
        Fast(local) ? Format(local, null) : LocalDateTimePattern.ExtendedIso.Format(local);

    public static string Offset(Offset offset) =>
        Offsets.Count < 256 ? Offsets.GetOrAdd(offset, o => OffsetPattern.GeneralInvariant.Format(o)) : OffsetPattern.GeneralInvariant.Format(offset);

    private static bool Fast(LocalDateTime value) => value.Year is >= 1 and <= 9999 && value.NanosecondOfSecond == 0 && value.Calendar == CalendarSystem.Iso;

    private static string Format(LocalDateTime value, char? zone)
    {
        Span<char> text = stackalloc char[20];
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

        return text.Slice(0, length).ToString();
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
