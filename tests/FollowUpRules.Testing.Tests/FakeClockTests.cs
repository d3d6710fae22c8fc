using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Testing.Tests;

public sealed class FakeClockTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 24, 8, 0);

    [Fact]
    public void GetCurrentInstant_ByDefault_StandsStill()
    {
        var clock = new FakeClock(Start);

        clock.GetCurrentInstant().Should().Be(Start);
        clock.GetCurrentInstant().Should().Be(Start);
        clock.AutoAdvance.Should().Be(Duration.Zero);
    }

    [Fact]
    public void Advance_MovesByTheDuration()
    {
        var clock = new FakeClock(Start);

        clock.Advance(Duration.FromHours(3));
        clock.GetCurrentInstant().Should().Be(Start + Duration.FromHours(3));
        clock.Advance(Duration.FromHours(-1));
        clock.GetCurrentInstant().Should().Be(Start + Duration.FromHours(2));
    }

    [Fact]
    public void Reset_SetsTheInstant()
    {
        var clock = new FakeClock(Start);

        clock.Reset(Start - Duration.FromDays(1));

        clock.GetCurrentInstant().Should().Be(Start - Duration.FromDays(1));
    }

    [Fact]
    public void AutoAdvance_MovesAfterEachReading()
    {
        var clock = new FakeClock(Start, Duration.FromSeconds(1));

        clock.GetCurrentInstant().Should().Be(Start);
        clock.GetCurrentInstant().Should().Be(Start + Duration.FromSeconds(1));
        clock.GetCurrentInstant().Should().Be(Start + Duration.FromSeconds(2));
    }

    [Fact]
    public void AutoAdvance_Negative_Throws()
    {
        var create = () => new FakeClock(Start, Duration.FromSeconds(-1));

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("autoAdvance");
    }

    [Fact]
    public void AtUtc_StartsAtThatUtcTime()
    {
        FakeClock.AtUtc(2026, 3, 24, 8).GetCurrentInstant().Should().Be(Start);
    }

    [Fact]
    public void GetCurrentInstant_FromManyThreads_GivesEveryTickOnce()
    {
        var clock = new FakeClock(Start, Duration.FromTicks(1));

        var readings = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8)
            .SelectMany(_ => Enumerable.Range(0, 1000).Select(_ => clock.GetCurrentInstant()).ToList())
            .ToList();

        readings.Should().OnlyHaveUniqueItems().And.HaveCount(8000);
        readings.Max().Should().Be(Start + Duration.FromTicks(7999));
    }
}
