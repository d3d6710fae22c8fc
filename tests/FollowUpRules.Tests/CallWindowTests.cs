using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Tests;

public sealed class CallWindowTests
{
    private static readonly Offset Est = Offset.FromHours(-5);
    private static readonly Offset Edt = Offset.FromHours(-4);

    [Fact]
    public void Contains_IsHalfOpen_StartInsideEndOutside()
    {
        var start = Instant.FromUtc(2026, 3, 5, 14, 0);
        var window = new CallWindow(start, start + Duration.FromHours(1), Est, Est, CallWindowQuality.Allowed);

        window.Contains(start).Should().BeTrue();
        window.Contains(start + Duration.FromHours(1) - Duration.Epsilon).Should().BeTrue();
        window.Contains(start + Duration.FromHours(1)).Should().BeFalse();
        window.Contains(start - Duration.Epsilon).Should().BeFalse();
    }

    [Fact]
    public void LocalEnd_WindowUpToASpringForwardJump_ReadsTheClockJustBeforeTheJump()
    {
        // New York, 8 March 2026: 02:00 EST becomes 03:00 EDT at 07:00Z.
        var window = new CallWindow(Instant.FromUtc(2026, 3, 8, 6, 0), Instant.FromUtc(2026, 3, 8, 7, 0), Est, Est, CallWindowQuality.Allowed);

        window.LocalStart.Should().Be(new LocalDateTime(2026, 3, 8, 1, 0));
        window.LocalEnd.Should().Be(new LocalDateTime(2026, 3, 8, 2, 0), "the end is read with the offset in force just before it");
        window.Length.Should().Be(Duration.FromHours(1));
        window.ToString().Should().Be("2026-03-08 01:00 (-05) - 02:00 (-05), Allowed");
    }

    [Fact]
    public void Length_WindowAcrossAFallBackNight_IsTheRealDurationNotTheClockDifference()
    {
        // New York, 1 November 2026: 02:00 EDT becomes 01:00 EST at 06:00Z.
        var window = new CallWindow(Instant.FromUtc(2026, 11, 1, 4, 0), Instant.FromUtc(2026, 11, 1, 8, 0), Edt, Est, CallWindowQuality.Allowed);

        window.LocalStart.Should().Be(new LocalDateTime(2026, 11, 1, 0, 0));
        window.LocalEnd.Should().Be(new LocalDateTime(2026, 11, 1, 3, 0));
        window.Length.Should().Be(Duration.FromHours(4), "the clock shows three hours but four pass");
    }

    [Fact]
    public void Constructor_EndNotAfterStart_IsRejectedWithBothInstants()
    {
        var at = Instant.FromUtc(2026, 3, 5, 14, 0);

        var act = () => new CallWindow(at, at, Est, Est, CallWindowQuality.Allowed);

        act.Should().Throw<ArgumentException>().WithParameterName("end")
            .WithMessage("A call window must end after it starts; got 2026-03-05T14:00:00Z to 2026-03-05T14:00:00Z.*");
    }

    [Fact]
    public void Constructor_InstantFinerThanATick_IsRejected()
    {
        var at = Instant.FromUtc(2026, 3, 5, 14, 0);

        var act = () => new CallWindow(at.PlusNanoseconds(1), at + Duration.FromHours(1), Est, Est, CallWindowQuality.Allowed);

        act.Should().Throw<ArgumentException>().WithParameterName("start");
    }

    [Fact]
    public void Constructor_EndFinerThanATick_IsRejectedNamingTheEnd()
    {
        var at = Instant.FromUtc(2026, 3, 5, 14, 0);

        var act = () => new CallWindow(at, at + Duration.FromHours(1) + Duration.FromNanoseconds(1), Est, Est, CallWindowQuality.Allowed);

        act.Should().Throw<ArgumentException>().WithParameterName("end").WithMessage("Call windows are kept to 100-nanosecond precision; *");
    }

    [Fact]
    public void Constructor_OnlyTheEndsWallClockPastTheLastRepresentableDate_IsRejectedNamingTheEndOffset()
    {
        var act = () => new CallWindow(Instant.FromUtc(9999, 12, 31, 20, 0), Instant.FromUtc(9999, 12, 31, 23, 0), Offset.Zero, Offset.FromHours(2), CallWindowQuality.Allowed);

        act.Should().Throw<ArgumentException>().WithParameterName("endOffset")
            .WithMessage("The office's wall-clock time at 9999-12-31T23:00:00Z with offset +02 is outside the dates that can be represented.*");
    }

    [Fact]
    public void Constructor_WallClockAtTheFirstAndLastRepresentableTicks_IsAccepted()
    {
        var first = new CallWindow(Instant.MinValue, Instant.MinValue + Duration.FromHours(1), Offset.Zero, Offset.Zero, CallWindowQuality.Allowed);
        var lastTick = Instant.FromUnixTimeTicks(Instant.MaxValue.ToUnixTimeTicks());
        var last = new CallWindow(lastTick - Duration.FromHours(1), lastTick, Offset.Zero, Offset.Zero, CallWindowQuality.Allowed);

        first.Start.Should().Be(Instant.MinValue);
        last.End.Should().Be(lastTick);
    }

    [Fact]
    public void Constructor_WallClockTimePastTheLastRepresentableDate_IsRejectedRatherThanFailingWhenShown()
    {
        var act = () => new CallWindow(Instant.FromUtc(9999, 12, 31, 22, 0), Instant.FromUtc(9999, 12, 31, 23, 0), Offset.FromHours(2), Offset.FromHours(2), CallWindowQuality.Allowed);

        act.Should().Throw<ArgumentException>().WithParameterName("startOffset");
    }

    [Fact]
    public void Equality_ComparesEveryPartIncludingTheOffsetsAndQuality()
    {
        var start = Instant.FromUtc(2026, 3, 5, 14, 0);
        var window = new CallWindow(start, start + Duration.FromHours(1), Est, Est, CallWindowQuality.Allowed);

        window.Should().Be(new CallWindow(start, start + Duration.FromHours(1), Est, Est, CallWindowQuality.Allowed));
        (window == new CallWindow(start, start + Duration.FromHours(1), Est, Est, CallWindowQuality.Preferred)).Should().BeFalse();
        (window != new CallWindow(start, start + Duration.FromHours(1), Edt, Est, CallWindowQuality.Allowed)).Should().BeTrue();
    }

    [Fact]
    public void Equality_SameStartOrSameEndOnly_AreNotEqual()
    {
        var start = Instant.FromUtc(2026, 3, 5, 14, 0);
        var window = new CallWindow(start, start + Duration.FromHours(1), Est, Est, CallWindowQuality.Allowed);

        window.Should().NotBe(new CallWindow(start, start + Duration.FromHours(2), Est, Est, CallWindowQuality.Allowed));
        window.Should().NotBe(new CallWindow(start - Duration.FromHours(1), start + Duration.FromHours(1), Est, Est, CallWindowQuality.Allowed));
    }

    [Fact]
    public void ToString_WindowEndingOnTheNextOfficeDay_WritesTheEndsDate()
    {
        // 22:00 to 01:00 in New York (EST): the end falls on the next local date.
        var window = new CallWindow(Instant.FromUtc(2026, 3, 6, 3, 0), Instant.FromUtc(2026, 3, 6, 6, 0), Est, Est, CallWindowQuality.Allowed);

        window.ToString().Should().Be("2026-03-05 22:00 (-05) - 2026-03-06 01:00 (-05), Allowed");
    }

    [Theory]
    [InlineData(-18 * 3600, 18 * 3600, CallWindowQuality.Allowed)]
    [InlineData(18 * 3600, -18 * 3600, CallWindowQuality.Requested)]
    [InlineData(-1, 1, CallWindowQuality.Preferred)]
    [InlineData(5 * 3600 + 45 * 60, -(9 * 3600 + 30 * 60 + 1), CallWindowQuality.Preferred)]
    public void Offsets_ExtremeAndOddOffsetsWithEveryQuality_ReadBackExactly(int startSeconds, int endSeconds, CallWindowQuality quality)
    {
        var start = Instant.FromUtc(2026, 3, 5, 14, 0);
        var startOffset = Offset.FromSeconds(startSeconds);
        var endOffset = Offset.FromSeconds(endSeconds);

        var window = new CallWindow(start, start + Duration.FromHours(1), startOffset, endOffset, quality);

        window.StartOffset.Should().Be(startOffset);
        window.EndOffset.Should().Be(endOffset);
        window.Quality.Should().Be(quality);
        window.Start.Should().Be(start);
        window.End.Should().Be(start + Duration.FromHours(1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void Constructor_UndefinedQuality_IsRejectedWithTheValue(int value)
    {
        var start = Instant.FromUtc(2026, 3, 5, 14, 0);

        var act = () => new CallWindow(start, start + Duration.FromHours(1), Est, Est, (CallWindowQuality)value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("quality")
            .WithMessage("A call window's quality is Allowed, Preferred or Requested.*")
            .Which.ActualValue.Should().Be((CallWindowQuality)value);
    }
}
