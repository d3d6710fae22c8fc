using FluentAssertions;
using FollowUpRules.Engine;
using NodaTime.TimeZones;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

public sealed class ZoneMappingTests
{
    public static TheoryData<string> Zones => new()
    {
        "America/New_York", "Europe/London", "Australia/Sydney", "Asia/Jerusalem", "Asia/Kathmandu",
        "America/Santiago", "Australia/Lord_Howe", "Europe/Dublin", "Pacific/Apia", "America/Sao_Paulo",
    };

    /// <summary>The library's resolution written with NodaTime's own resolvers: earlier occurrence, and the first instant after a gap.</summary>
    private static readonly ZoneLocalMappingResolver Reference = Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    [Theory]
    [MemberData(nameof(Zones))]
    public void Earliest_EveryQuarterHourAroundEveryTransitionFrom2009To2030_MatchesNodaTimesResolver(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var transitions = zone.GetZoneIntervals(Instant.FromUtc(2009, 1, 1, 0, 0), Instant.FromUtc(2031, 1, 1, 0, 0))
            .Where(i => i.HasStart).Select(i => i.Start).ToList();
        transitions.Count.Should().BeGreaterThan(0, "every zone here changed offset at least once, if only by a rule change");

        foreach (var transition in transitions)
        {
            var around = transition.InUtc().LocalDateTime.PlusHours(-30);
            for (var step = 0; step < 60 * 4; step++)
            {
                var local = around.PlusMinutes(step * 15);
                ZoneMapping.Earliest(zone, local).Should().Be(zone.ResolveLocal(local, Reference).ToInstant(), $"{zoneId} at {local}");
            }
        }
    }

    [Fact]
    public void Earliest_SkippedMidnightInSantiago_IsTheFirstInstantOfTheDay()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/Santiago"];
        var midnight = new LocalDate(2026, 9, 6).AtMidnight();

        var start = ZoneMapping.Earliest(zone, midnight);

        start.InZone(zone).LocalDateTime.Should().Be(new LocalDateTime(2026, 9, 6, 1, 0));
    }

    [Fact]
    public void MapSpan_AcrossSpringForward_IsOneShorterPiece()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var sink = new Collect();

        ZoneMapping.MapSpan(zone, new LocalDateTime(2026, 3, 8, 0, 30), new LocalDateTime(2026, 3, 8, 4, 30), ref sink);

        sink.Pieces.Should().ContainSingle().Which.Should().Be((Instant.FromUtc(2026, 3, 8, 5, 30), Instant.FromUtc(2026, 3, 8, 8, 30), Offset.FromHours(-5), Offset.FromHours(-4)));
    }

    [Fact]
    public void MapSpan_AcrossFallBack_OffersTheRepeatedHourOnce()
    {
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var sink = new Collect();

        ZoneMapping.MapSpan(zone, new LocalDateTime(2026, 11, 1, 0, 30), new LocalDateTime(2026, 11, 1, 4, 30), ref sink);

        sink.Pieces.Should().Equal(
            (Instant.FromUtc(2026, 11, 1, 4, 30), Instant.FromUtc(2026, 11, 1, 6, 0), Offset.FromHours(-4), Offset.FromHours(-4)),
            (Instant.FromUtc(2026, 11, 1, 7, 0), Instant.FromUtc(2026, 11, 1, 9, 30), Offset.FromHours(-5), Offset.FromHours(-5)));
    }

    [Fact]
    public void MapSpan_EntirelyInsideTheGap_IsEmpty()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var sink = new Collect();

        ZoneMapping.MapSpan(zone, new LocalDateTime(2026, 3, 29, 1, 10), new LocalDateTime(2026, 3, 29, 1, 50), ref sink);

        sink.Pieces.Should().BeEmpty();
    }

    [Fact]
    public void MapSpan_InsideTheRepeatedHour_IsTheFirstPassOnly()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var sink = new Collect();

        ZoneMapping.MapSpan(zone, new LocalDateTime(2026, 10, 25, 1, 15), new LocalDateTime(2026, 10, 25, 1, 45), ref sink);

        sink.Pieces.Should().ContainSingle().Which.Should().Be((Instant.FromUtc(2026, 10, 25, 0, 15), Instant.FromUtc(2026, 10, 25, 0, 45), Offset.FromHours(1), Offset.FromHours(1)));
    }

    private struct Collect : IInstantSpanSink
    {
        public Collect()
        {
        }

        public List<(Instant, Instant, Offset, Offset)> Pieces { get; } = [];

        public readonly bool Add(Instant start, Instant end, Offset startOffset, Offset endOffset)
        {
            Pieces.Add((start, end, startOffset, endOffset));
            return true;
        }
    }
}
