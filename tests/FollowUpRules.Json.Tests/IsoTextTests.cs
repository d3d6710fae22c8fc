using FluentAssertions;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json.Tests;

/// <summary>The fast ISO writer writes exactly what NodaTime's patterns write, and the fast reader reads only what they read, edges included.</summary>
public sealed class IsoTextTests
{
    public static TheoryData<long> Ticks => new()
    {
        0L, 1L, 10_000_000L, -1L, 17_000_000_000_000_000L, Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeTicks(), Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeTicks(),
        Instant.FromUtc(2026, 3, 29, 1, 0).ToUnixTimeTicks(), Instant.FromUtc(2026, 3, 5, 10, 0, 30).ToUnixTimeTicks() + 5,
    };

    [Theory]
    [MemberData(nameof(Ticks))]
    public void Instant_And_LocalDateTime_AreWhatThePatternsWrite(long ticks)
    {
        var instant = Instant.FromUnixTimeTicks(ticks);

        IsoText.Instant(instant).Should().Be(InstantPattern.ExtendedIso.Format(instant));
        IsoText.LocalDateTime(instant.InUtc().LocalDateTime).Should().Be(LocalDateTimePattern.ExtendedIso.Format(instant.InUtc().LocalDateTime));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3600)]
    [InlineData(-19800)]
    [InlineData(20700)]
    [InlineData(-37)]
    public void Offset_IsWhatThePatternWrites(int seconds)
    {
        var offset = Offset.FromSeconds(seconds);

        IsoText.Offset(offset).Should().Be(OffsetPattern.GeneralInvariant.Format(offset));
    }

    private static readonly OffsetDateTimePattern WithoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    public static TheoryData<string> InstantTexts => new()
    {
        // Read by the fast path:
        "2026-03-05T10:00:00Z", "2026-03-05T10:00Z", "2026-03-05T23:59Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2024-02-29T12:00Z",
        // Left to the patterns (other forms) or rejected by both:
        "2026-03-05T10:00:00.5Z", "2026-03-05T10:00:00+01:00", "2026-03-05T24:00:00Z", "2026-03-05T24:00Z", "0000-01-01T00:00:00Z", "2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
        "2026-00-10T10:00:00Z", "2026-03-00T10:00:00Z", "2026-03-05T10:60:00Z", "2026-03-05T10:00:60Z",
        "2026-03-05 10:00:00Z", "2026/03/05T10:00:00Z", "2026-03-05T10:00:00z", "2026-03-05T10:00:00", "2026-3-05T10:00:00Z",
        "+026-03-05T10:00:00Z", "2026-03-05T1a:00:00Z", "2026-03-05T10:00:0Z", "Z", string.Empty, "2026-03-05T10:00:00ZZ",
    };

    [Theory]
    [MemberData(nameof(InstantTexts))]
    public void TryReadInstant_Text_ReadsOnlyWhatThePatternsReadWithTheSameValue(string text)
    {
        var pattern = InstantPattern.ExtendedIso.Parse(text);
        var withoutSeconds = WithoutSeconds.Parse(text);
        var expected = pattern.Success ? pattern.Value : withoutSeconds.Success ? withoutSeconds.Value.ToInstant() : (Instant?)null;

        var fast = IsoText.TryReadInstant(text.AsSpan(), out var value);

        if (fast)
        {
            expected.Should().Be(value, "the fast path read {0}, so the patterns must read it as the same instant", text);
        }

        // 24:00 (the end of a day) is left to the patterns, which read it as the next midnight.
        var simple = text.EndsWith('Z') && text.Length is 17 or 20 && text.IndexOf('.', StringComparison.Ordinal) < 0 && !text.StartsWith("0000", StringComparison.Ordinal) && !text.Contains("T24:", StringComparison.Ordinal);
        fast.Should().Be(simple && expected is not null, "the fast path reads every UTC instant without a fraction in years 0001 to 9999");
    }

    [Theory]
    [InlineData("2026-03-05", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2026-02-29", false)]
    [InlineData("2026-04-31", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("2026-3-05", false)]
    [InlineData("2026-03-05T", false)]
    [InlineData("2026-1x-05", false)]
    public void TryReadDate_Text_ReadsOnlyWhatThePatternReads(string text, bool fast)
    {
        var pattern = LocalDatePattern.Iso.Parse(text);

        IsoText.TryReadDate(text.AsSpan(), out var value).Should().Be(fast);

        if (fast)
        {
            value.Should().Be(pattern.Value);
        }
    }

    [Theory]
    [InlineData("09:30", true)]
    [InlineData("23:59:59", true)]
    [InlineData("00:00", true)]
    [InlineData("24:00", false)]
    [InlineData("9:30", false)]
    [InlineData("09:60", false)]
    [InlineData("09:30:00.5", false)]
    [InlineData("09-30", false)]
    public void TryReadTime_Text_ReadsOnlyWhatThePatternsRead(string text, bool fast)
    {
        var pattern = (text.Length == 5 ? LocalTimePattern.CreateWithInvariantCulture("HH':'mm") : LocalTimePattern.ExtendedIso).Parse(text);

        IsoText.TryReadTime(text.AsSpan(), out var value).Should().Be(fast);

        if (fast)
        {
            value.Should().Be(pattern.Value);
        }
    }

    [Fact]
    public void TryReadInstant_GeneratedInstants_AgreeWithThePatternEverywhere()
    {
        var random = new Random(20261201);
        var min = Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeSeconds();
        var max = Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeSeconds();
        for (var i = 0; i < 5000; i++)
        {
            var instant = Instant.FromUnixTimeSeconds(min + (long)(random.NextDouble() * (max - min)));
            var text = InstantPattern.ExtendedIso.Format(instant);

            IsoText.TryReadInstant(text.AsSpan(), out var value).Should().BeTrue(text);
            value.Should().Be(instant, text);
            IsoText.TryReadLocalDateTime(text.AsSpan(0, 19), out var local).Should().BeTrue(text);
            local.Should().Be(instant.InUtc().LocalDateTime, text);
        }
    }
}
