using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Engine;

/// <summary>How values are written in validation messages: the same ISO forms the JSON format uses.</summary>
internal static class ValueText
{
    public const string Null = "null";

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static string Of(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Of(int? value) => value is { } v ? Of(v) : Null;

    public static string Of(string? value) => value is null ? Null : "\"" + value + "\"";

    public static string Of(Duration value) =>
        value == Duration.Zero ? "PT0S"
        : value.SubsecondNanoseconds == 0
            ? Period.FromSeconds((long)value.TotalSeconds).Normalize().ToString()
            : DurationPattern.Roundtrip.Format(value);

    public static string Of(Duration? value) => value is { } v ? Of(v) : Null;

    public static string Of(Period? value) => value is null ? Null : value.Equals(Period.Zero) ? "P0D" : value.ToString();

    public static string Of(TimeOfDayRange value) => value.ToString();

    public static string Of(TimeOfDayRange? value) => value is { } v ? Of(v) : Null;

    public static string Of(LocalDate value) => LocalDatePattern.Iso.Format(value);

    public static string Of(LocalDate? value) => value is { } v ? Of(v) : Null;

    public static string Of(LocalDateTime value) => LocalDateTimePattern.GeneralIso.Format(value);

    public static string Of(Instant value) => InstantPattern.ExtendedIso.Format(value);

    public static string Of(DateInterval value) => Of(value.Start) + "/" + Of(value.End);

    /// <summary>A day's name as the JSON format writes it (<c>monday</c>); a day outside Monday to Sunday as its number.</summary>
    public static string DayName(IsoDayOfWeek day) => day >= IsoDayOfWeek.Monday && day <= IsoDayOfWeek.Sunday ? DayNames[(int)day - 1] : Of((int)day);

    /// <summary>A hectic period without dates as its JSON object, leaving out the fields not given (<c>{}</c> for an empty one).</summary>
    public static string Of(HecticPeriod period)
    {
        var fields = new List<string>(3);
        if (period.Days.Count > 0)
        {
            fields.Add("\"days\":[" + string.Join(",", period.Days.Select(d => "\"" + DayName(d) + "\"")) + "]");
        }

        if (period.Hours is { } hours)
        {
            fields.Add("\"hours\":\"" + Of(hours) + "\"");
        }

        if (period.Note is { } note)
        {
            fields.Add("\"note\":" + Of(note));
        }

        return "{" + string.Join(",", fields) + "}";
    }

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();
}
