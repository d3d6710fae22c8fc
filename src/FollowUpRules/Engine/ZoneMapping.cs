using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Maps office wall-clock times to instants without the allocations of
/// <see cref="DateTimeZone.MapLocal(LocalDateTime)"/>, with this library's fixed resolution:
/// a skipped wall-clock time maps to the transition (the first instant after the gap), and a
/// repeated wall-clock time maps to its first occurrence.
/// </summary>
internal static class ZoneMapping
{
    private static readonly Duration MaxOffset = Duration.FromSeconds(Offset.MaxValue.Seconds);
    private static readonly Duration DayAndMaxOffset = Duration.FromDays(1) + MaxOffset;

    /// <summary>
    /// Gets the earliest instant at which the office clock reads <paramref name="local"/> or later:
    /// the instant itself when it is unique, the earlier when it occurs twice, and the transition
    /// when the clock skips it.
    /// </summary>
    public static Instant Earliest(DateTimeZone zone, LocalDateTime local)
    {
        var asUtc = local.InUtc().ToInstant();

        // No offset exceeds 18 hours either way, so the interval in force 18 hours before the local
        // time read as UTC began before any instant whose clock can read it. Walking forward from
        // there, the first interval whose own offset maps the local time inside it holds the
        // earliest such instant; an interval that begins after that mapping was jumped into, past
        // the local time, so its start is the first instant the clock reads later. Usually one lookup.
        var interval = zone.GetZoneInterval(asUtc - MaxOffset);
        while (true)
        {
            var candidate = asUtc - Duration.FromSeconds(interval.WallOffset.Seconds);
            if (interval.HasStart && candidate < interval.Start)
            {
                return interval.Start;
            }

            if (!interval.HasEnd || candidate < interval.End)
            {
                return candidate;
            }

            interval = zone.GetZoneInterval(interval.End);
        }
    }

    /// <summary>
    /// Tells whether one zone interval covers every instant whose clock reads a time of
    /// <paramref name="date"/> (from 18 hours before its midnight read as UTC to 18 hours after the
    /// next), so that its wall-clock times map to instants by subtracting <paramref name="offset"/>.
    /// One lookup; <see langword="false"/> on and around days with a transition.
    /// </summary>
    /// <param name="zone">The zone.</param>
    /// <param name="date">The date.</param>
    /// <param name="offset">The offset in force all day, when the result is <see langword="true"/>.</param>
    /// <param name="midnightAsUtc">The date's midnight read as UTC.</param>
    /// <returns>Whether the offset is fixed all day.</returns>
    public static bool IsFixedAllDay(DateTimeZone zone, LocalDate date, out Offset offset, out Instant midnightAsUtc)
    {
        midnightAsUtc = date.AtMidnight().InUtc().ToInstant();
        var interval = zone.GetZoneInterval(midnightAsUtc - MaxOffset);
        offset = interval.WallOffset;
        return !interval.HasEnd || interval.End >= midnightAsUtc + DayAndMaxOffset;
    }

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
}

/// <summary>Receives the instant spans produced by <see cref="ZoneMapping.MapSpan{TSink}"/>.</summary>
internal interface IInstantSpanSink
{
    /// <summary>Receives one span with the offset at its start and the offset just before its end; returns false to stop.</summary>
    bool Add(Instant start, Instant end, Offset startOffset, Offset endOffset);
}
