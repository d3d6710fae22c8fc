using FluentAssertions;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json.Tests;

/// <summary>The fast ISO writer writes exactly what NodaTime's patterns write, edges included.</summary>
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
}
