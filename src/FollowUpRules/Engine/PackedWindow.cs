using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// A call window in 32 bytes, so that a <see cref="NextAction.Call"/> can carry its window and two
/// alternatives inline: instants as Unix ticks, offsets in seconds, and the shaping rules as numbers
/// in the decision's reason catalogue.
/// </summary>
internal readonly struct PackedWindow : IEquatable<PackedWindow>
{
    public const byte NoShaper = byte.MaxValue;

    public readonly long StartTicks;
    public readonly long EndTicks;
    public readonly int StartOffsetSeconds;
    public readonly int EndOffsetSeconds;
    public readonly byte Quality;
    public readonly byte StartShaper;
    public readonly byte EndShaper;

    public PackedWindow(long startTicks, long endTicks, int startOffsetSeconds, int endOffsetSeconds, CallWindowQuality quality, int startShaper, int endShaper)
    {
        StartTicks = startTicks;
        EndTicks = endTicks;
        StartOffsetSeconds = startOffsetSeconds;
        EndOffsetSeconds = endOffsetSeconds;
        Quality = (byte)quality;
        StartShaper = startShaper < 0 ? NoShaper : (byte)startShaper;
        EndShaper = endShaper < 0 ? NoShaper : (byte)endShaper;
    }

    public Instant Start => Instant.FromUnixTimeTicks(StartTicks);

    public Instant End => Instant.FromUnixTimeTicks(EndTicks);

    public static PackedWindow Pack(CallWindow window, ReasonCatalogue catalogue) =>
        new(
            window.Start.ToUnixTimeTicks(),
            window.End.ToUnixTimeTicks(),
            window.StartOffset.Seconds,
            window.EndOffset.Seconds,
            window.Quality,
            window.StartShapedBy is null ? -1 : catalogue.IndexOf(window.StartShapedBy),
            window.EndShapedBy is null ? -1 : catalogue.IndexOf(window.EndShapedBy));

    public CallWindow Unpack(ReasonCatalogue catalogue) =>
        new(
            Start,
            End,
            Offset.FromSeconds(StartOffsetSeconds),
            Offset.FromSeconds(EndOffsetSeconds),
            (CallWindowQuality)Quality,
            StartShaper == NoShaper ? null : catalogue.Reasons[StartShaper],
            EndShaper == NoShaper ? null : catalogue.Reasons[EndShaper]);

    public bool Equals(PackedWindow other) =>
        StartTicks == other.StartTicks && EndTicks == other.EndTicks && StartOffsetSeconds == other.StartOffsetSeconds
        && EndOffsetSeconds == other.EndOffsetSeconds && Quality == other.Quality && StartShaper == other.StartShaper && EndShaper == other.EndShaper;

    public override bool Equals(object? obj) => obj is PackedWindow other && Equals(other);

    public override int GetHashCode() => unchecked(StartTicks.GetHashCode() * 397 ^ EndTicks.GetHashCode());
}
