using System.Globalization;
using NodaTime.Text;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// A span of time in which a call to the employer is welcome, in the office's time zone: start and
/// end as instants and as office wall-clock times, its quality, and the rules that set its edges.
/// </summary>
/// <remarks>
/// <para>The span is half-open: <see cref="Start"/> is inside it and <see cref="End"/> is not.</para>
/// <para><see cref="LocalStart"/> is the office's wall-clock time at <see cref="Start"/>.
/// <see cref="LocalEnd"/> is what the office clock reads as the window closes, that is with the
/// offset in force just before <see cref="End"/>: a window that runs up to a daylight-saving jump at
/// 02:00 ends at 02:00, not at the 03:00 the clock shows a moment later.</para>
/// <para>Windows never contain a skipped (spring-forward) hour, and a repeated (fall-back) hour is
/// offered once only, on its first occurrence; so a window's <see cref="Length"/> is its real
/// duration, which on a transition day can differ from <see cref="LocalEnd"/> minus
/// <see cref="LocalStart"/>.</para>
/// <para>Instants are kept to 100-nanosecond (tick) precision.</para>
/// </remarks>
public readonly struct CallWindow : IEquatable<CallWindow>
{
    private static readonly OffsetDateTimePattern Pattern = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm' ('o<g>')'");

    // Instants as ticks, and the two offsets in seconds (within ±18 hours, so 18 bits each) packed
    // with the quality into one word: a window is 40 bytes, so a call carries its window and two
    // alternatives inline.
    private const int OffsetBits = 18;
    private const int QualityShift = 2 * OffsetBits;
    private const long OffsetMask = (1L << OffsetBits) - 1;

    private readonly long _startTicks;
    private readonly long _endTicks;
    private readonly long _offsetsAndQuality;

    /// <summary>Initializes a new instance of the <see cref="CallWindow"/> struct.</summary>
    /// <param name="start">The first instant of the window.</param>
    /// <param name="end">The first instant after the window; later than <paramref name="start"/>.</param>
    /// <param name="startOffset">The office's UTC offset at <paramref name="start"/>.</param>
    /// <param name="endOffset">The office's UTC offset just before <paramref name="end"/>.</param>
    /// <param name="quality">How good the window is.</param>
    /// <param name="startShapedBy">The reason of the rule that set the start, if recorded.</param>
    /// <param name="endShapedBy">The reason of the rule that set the end, if recorded.</param>
    /// <exception cref="ArgumentException">The end is not after the start, an instant is finer than a
    /// tick, or a wall-clock time (an instant plus its offset) falls outside the dates NodaTime
    /// represents (years -9998 to 9999).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quality"/> is not a defined <see cref="CallWindowQuality"/>.</exception>
    public CallWindow(
        Instant start,
        Instant end,
        Offset startOffset,
        Offset endOffset,
        CallWindowQuality quality,
        FollowUpReason? startShapedBy = null,
        FollowUpReason? endShapedBy = null)
    {
        if (end <= start)
        {
            throw new ArgumentException($"A call window must end after it starts; got {start} to {end}.", nameof(end));
        }

        if (quality is < CallWindowQuality.Allowed or > CallWindowQuality.Requested)
        {
            throw new ArgumentOutOfRangeException(nameof(quality), quality, "A call window's quality is Allowed, Preferred or Requested.");
        }

        CheckTick(start, nameof(start));
        CheckTick(end, nameof(end));
        CheckLocal(start, startOffset, nameof(startOffset));
        CheckLocal(end, endOffset, nameof(endOffset));
        _startTicks = start.ToUnixTimeTicks();
        _endTicks = end.ToUnixTimeTicks();
        _offsetsAndQuality = Pack(startOffset.Seconds, endOffset.Seconds, quality);
        StartShapedBy = startShapedBy;
        EndShapedBy = endShapedBy;
    }

    /// <summary>Builds a window the engine has already checked: ticks in order, offsets in range.</summary>
    internal CallWindow(long startTicks, long endTicks, int startOffsetSeconds, int endOffsetSeconds, CallWindowQuality quality, FollowUpReason? startShapedBy, FollowUpReason? endShapedBy)
    {
        _startTicks = startTicks;
        _endTicks = endTicks;
        _offsetsAndQuality = Pack(startOffsetSeconds, endOffsetSeconds, quality);
        StartShapedBy = startShapedBy;
        EndShapedBy = endShapedBy;
    }

    /// <summary>Gets the first instant of the window.</summary>
    public Instant Start => Instant.FromUnixTimeTicks(_startTicks);

    /// <summary>Gets the first instant after the window.</summary>
    public Instant End => Instant.FromUnixTimeTicks(_endTicks);

    /// <summary>Gets the office's UTC offset at <see cref="Start"/>.</summary>
    public Offset StartOffset => Offset.FromSeconds((int)((_offsetsAndQuality << (64 - OffsetBits)) >> (64 - OffsetBits)));

    /// <summary>Gets the office's UTC offset in force just before <see cref="End"/>.</summary>
    public Offset EndOffset => Offset.FromSeconds((int)((_offsetsAndQuality << (64 - QualityShift)) >> (64 - OffsetBits)));

    /// <summary>Gets the office wall-clock date and time at which the window opens.</summary>
    public LocalDateTime LocalStart => Start.WithOffset(StartOffset).LocalDateTime;

    /// <summary>Gets the office wall-clock date and time at which the window closes (see remarks).</summary>
    public LocalDateTime LocalEnd => End.WithOffset(EndOffset).LocalDateTime;

    /// <summary>Gets the window's real duration.</summary>
    public Duration Length => End - Start;

    /// <summary>Gets how good the window is.</summary>
    public CallWindowQuality Quality => (CallWindowQuality)(_offsetsAndQuality >> QualityShift);

    /// <summary>Gets the reason of the rule that set the window's start (for example opening hours, FUR-02, or the end of the lunch blackout, ETQ-06).</summary>
    public FollowUpReason? StartShapedBy { get; }

    /// <summary>Gets the reason of the rule that set the window's end.</summary>
    public FollowUpReason? EndShapedBy { get; }

    /// <summary>Lists the reasons of the rules that shaped the window: the start's, then the end's if different.</summary>
    /// <returns>A new list of at most two reasons.</returns>
    public ReasonList ShapingReasons()
    {
        var reasons = new List<FollowUpReason>(2);
        if (StartShapedBy is not null)
        {
            reasons.Add(StartShapedBy);
        }

        if (EndShapedBy is not null && !EndShapedBy.Equals(StartShapedBy))
        {
            reasons.Add(EndShapedBy);
        }

        return ReasonList.Create(reasons);
    }

    /// <summary>Tells whether <paramref name="instant"/> lies in the window.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= instant &lt; <see cref="End"/>.</returns>
    public bool Contains(Instant instant) => instant >= Start && instant < End;

    /// <summary>Gets the window's start in another time zone, such as the candidate's.</summary>
    /// <param name="zone">The time zone.</param>
    /// <returns>The start as a zoned date and time.</returns>
    public ZonedDateTime StartIn(DateTimeZone zone) => Start.InZone(Guard.NotNull(zone));

    /// <summary>Gets the window's end in another time zone, such as the candidate's.</summary>
    /// <param name="zone">The time zone.</param>
    /// <returns>The end as a zoned date and time.</returns>
    public ZonedDateTime EndIn(DateTimeZone zone) => End.InZone(Guard.NotNull(zone));

    /// <inheritdoc/>
    public bool Equals(CallWindow other) =>
        _startTicks == other._startTicks && _endTicks == other._endTicks && _offsetsAndQuality == other._offsetsAndQuality
        && Equals(StartShapedBy, other.StartShapedBy) && Equals(EndShapedBy, other.EndShapedBy);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CallWindow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((_startTicks.GetHashCode() * 397) ^ _endTicks.GetHashCode() ^ ((int)Quality << 28));

    /// <summary>Formats the window in office time, for example <c>2026-03-03 09:00 (+00) - 10:30 (+00), Preferred</c>.</summary>
    /// <returns>The window as text.</returns>
    public override string ToString()
    {
        var end = LocalEnd;
        var endText = end.Date == LocalStart.Date
            ? end.ToString("HH':'mm", CultureInfo.InvariantCulture) + " (" + EndOffset.ToString("g", CultureInfo.InvariantCulture) + ")"
            : Format(End, EndOffset);
        return Format(Start, StartOffset) + " - " + endText + ", " + Quality;
    }

    /// <summary>Formats an instant in office time with its offset, as windows are: <c>2026-03-03 09:00 (+00)</c>.</summary>
    internal static string Format(Instant instant, Offset offset) => Pattern.Format(instant.WithOffset(offset));

    /// <summary>Tests two windows for equality.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(CallWindow left, CallWindow right) => left.Equals(right);

    /// <summary>Tests two windows for inequality.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CallWindow left, CallWindow right) => !left.Equals(right);

    /// <summary>Throws when the office's wall-clock time at <paramref name="instant"/> cannot be represented.</summary>
    internal static void CheckLocal(Instant instant, Offset offset, string name)
    {
        // Instants span about ±3.2e17 ticks and offsets ±18 hours, so the sum cannot overflow.
        var local = instant.ToUnixTimeTicks() + offset.Ticks;
        if (local < Instant.MinValue.ToUnixTimeTicks() || local > Instant.MaxValue.ToUnixTimeTicks())
        {
            throw new ArgumentException($"The office's wall-clock time at {instant} with offset {offset} is outside the dates that can be represented.", name);
        }
    }

    private static long Pack(int startOffsetSeconds, int endOffsetSeconds, CallWindowQuality quality) =>
        (startOffsetSeconds & OffsetMask) | ((endOffsetSeconds & OffsetMask) << OffsetBits) | ((long)quality << QualityShift);

    private static void CheckTick(Instant instant, string name)
    {
        if (Instant.FromUnixTimeTicks(instant.ToUnixTimeTicks()) != instant)
        {
            throw new ArgumentException($"Call windows are kept to 100-nanosecond precision; {instant} is finer.", name);
        }
    }
}
