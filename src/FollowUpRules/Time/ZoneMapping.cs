using NodaTime;
using NodaTime.TimeZones;

namespace FollowUpRules.Time;

/// <summary>
/// Maps office wall-clock times to instants without the allocations of
/// <see cref="DateTimeZone.MapLocal(LocalDateTime)"/>, with this library's fixed resolution:
/// a skipped wall-clock time maps to the transition (the first instant after the gap), and a
/// repeated wall-clock time maps to its first occurrence.
/// </summary>
internal static class ZoneMapping
{
    /// <summary>
    /// Gets the earliest instant at which the office clock reads <paramref name="local"/> or later:
    /// the instant itself when it is unique, the earlier when it occurs twice, and the transition
    /// when the clock skips it.
    /// </summary>
    public static Instant Earliest(DateTimeZone zone, LocalDateTime local)
    {
        var asUtc = local.InUtc().ToInstant();
        var interval = zone.GetZoneInterval(asUtc);

        // Step back to the earliest interval whose wall-clock end is after the local time.
        while (interval.HasStart)
        {
            var previous = zone.GetZoneInterval(interval.Start - Duration.Epsilon);
            if (!previous.HasEnd || LocalEndIsAfter(previous, asUtc))
            {
                interval = previous;
                continue;
            }

            break;
        }

        // Step forward past intervals whose wall-clock end is at or before the local time.
        while (interval.HasEnd && !LocalEndIsAfter(interval, asUtc))
        {
            interval = zone.GetZoneInterval(interval.End);
        }

        var candidate = asUtc - Duration.FromSeconds(interval.WallOffset.Seconds);
        return !interval.HasStart || candidate >= interval.Start ? candidate : interval.Start;
    }

    /// <summary>Gets the offset in force just before <paramref name="instant"/>: the offset a half-open span ending there closes with.</summary>
    public static Offset OffsetBefore(DateTimeZone zone, Instant instant) => zone.GetUtcOffset(instant - Duration.Epsilon);

    /// <summary>
    /// Converts the wall-clock span [<paramref name="start"/>, <paramref name="end"/>) into the
    /// instants at which the office clock shows a time in it for the first time, passing each
    /// contiguous piece to <paramref name="sink"/>. A span crossing a spring-forward gap is one
    /// shorter piece; a span crossing a fall-back overlap loses the repeated hour and may become two
    /// pieces. Returns false when the sink wants no more.
    /// </summary>
    public static bool MapSpan<TSink>(DateTimeZone zone, LocalDateTime start, LocalDateTime end, ref TSink sink)
        where TSink : struct, IInstantSpanSink
    {
        var from = Earliest(zone, start);
        var to = Earliest(zone, end);
        if (to <= from)
        {
            return true;
        }

        var pieceStart = from;
        var interval = zone.GetZoneInterval(from);
        var pieceStartOffset = interval.WallOffset;
        while (true)
        {
            if (!interval.HasEnd || interval.End >= to)
            {
                return sink.Add(pieceStart, to, pieceStartOffset, interval.WallOffset);
            }

            var transition = interval.End;
            var next = zone.GetZoneInterval(transition);
            var repeated = interval.WallOffset - next.WallOffset;
            if (repeated > Offset.Zero)
            {
                // Fall back: the clock shows again what it showed just before the transition.
                // Close this piece and resume once the repeated wall-clock times are over.
                if (!sink.Add(pieceStart, transition, pieceStartOffset, interval.WallOffset))
                {
                    return false;
                }

                var resume = transition + Duration.FromSeconds(repeated.Seconds);
                if (resume >= to)
                {
                    return true;
                }

                interval = zone.GetZoneInterval(resume);
                pieceStart = resume;
                pieceStartOffset = interval.WallOffset;
                continue;
            }

            // Spring forward (or a change of name only): the instants stay contiguous.
            interval = next;
        }
    }

    private static bool LocalEndIsAfter(ZoneInterval interval, Instant localAsUtc) =>
        interval.End + Duration.FromSeconds(interval.WallOffset.Seconds) > localAsUtc;
}

/// <summary>Receives the instant spans produced by <see cref="ZoneMapping.MapSpan{TSink}"/>.</summary>
internal interface IInstantSpanSink
{
    /// <summary>Receives one span with the offset at its start and the offset just before its end; returns false to stop.</summary>
    bool Add(Instant start, Instant end, Offset startOffset, Offset endOffset);
}
