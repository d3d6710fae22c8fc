using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>
/// A clock that says what a test tells it to: it starts at a given instant and moves only when
/// asked. Implements NodaTime's <see cref="IClock"/> (NodaTime.Testing is not required). Thread-safe.
/// </summary>
public sealed class FakeClock : IClock
{
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private Instant _now;

    /// <summary>Initializes a new instance of the <see cref="FakeClock"/> class.</summary>
    /// <param name="now">The instant the clock starts at.</param>
    /// <param name="autoAdvance">How far the clock moves after each reading; zero (the default) to stand still.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="autoAdvance"/> is negative.</exception>
    public FakeClock(Instant now, Duration autoAdvance = default)
    {
        if (autoAdvance < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(autoAdvance), autoAdvance, "A clock cannot advance backwards on its own; give zero or a positive duration.");
        }

        _now = now;
        AutoAdvance = autoAdvance;
    }

    /// <summary>Gets how far the clock moves after each reading.</summary>
    /// <value>The default value is <see cref="Duration.Zero"/>: the clock stands still.</value>
    public Duration AutoAdvance { get; }

    /// <summary>Creates a clock at a UTC date and time.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <param name="hour">The hour, 0 to 23.</param>
    /// <param name="minute">The minute, 0 to 59.</param>
    /// <returns>The clock.</returns>
    public static FakeClock AtUtc(int year, int month, int day, int hour = 0, int minute = 0) => new(Instant.FromUtc(year, month, day, hour, minute));

    /// <summary>Gets the current instant, then moves the clock by <see cref="AutoAdvance"/>.</summary>
    /// <returns>The instant before any automatic advance.</returns>
    public Instant GetCurrentInstant()
    {
        lock (_gate)
        {
            var now = _now;
            _now += AutoAdvance;
            return now;
        }
    }

    /// <summary>Moves the clock forward (or, with a negative duration, back).</summary>
    /// <param name="duration">How far to move.</param>
    public void Advance(Duration duration)
    {
        lock (_gate)
        {
            _now += duration;
        }
    }

    /// <summary>Sets the clock to an instant, earlier or later.</summary>
    /// <param name="instant">The new current instant.</param>
    public void Reset(Instant instant)
    {
        lock (_gate)
        {
            _now = instant;
        }
    }
}
