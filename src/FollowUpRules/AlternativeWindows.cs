using System.Collections;

namespace FollowUpRules;

/// <summary>
/// The alternative windows of a <see cref="NextAction.Call"/>: up to two later windows, in order,
/// held inline so that reading them never allocates.
/// </summary>
/// <remarks>Two lists are equal when they hold equal windows in the same order.</remarks>
public readonly struct AlternativeWindows : IReadOnlyList<CallWindow>, IEquatable<AlternativeWindows>
{
    /// <summary>The most alternatives a call carries.</summary>
    public const int MaxCount = 2;

    private readonly CallWindow _first;
    private readonly CallWindow _second;
    private readonly int _count;

    internal AlternativeWindows(CallWindow first, CallWindow second, int count)
    {
        _first = count > 0 ? first : default;
        _second = count > 1 ? second : default;
        _count = Math.Max(0, Math.Min(count, MaxCount));
    }

    /// <summary>Gets an empty list.</summary>
    public static AlternativeWindows None => default;

    /// <summary>Gets the number of alternatives, 0 to 2.</summary>
    public int Count => _count;

    /// <summary>Gets the alternative at <paramref name="index"/>.</summary>
    /// <param name="index">0 or 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is not less than <see cref="Count"/>.</exception>
    public CallWindow this[int index] =>
        (uint)index < (uint)_count
            ? (index == 0 ? _first : _second)
            : throw new ArgumentOutOfRangeException(nameof(index), index, $"The call has {_count} alternative windows.");

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<CallWindow> IEnumerable<CallWindow>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(AlternativeWindows other) =>
        _count == other._count && (_count < 1 || _first.Equals(other._first)) && (_count < 2 || _second.Equals(other._second));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AlternativeWindows other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => unchecked((_count * 397) ^ (_count > 0 ? _first.GetHashCode() : 0));

    /// <summary>Returns the windows, separated by semicolons.</summary>
    /// <returns>For example <c>2026-03-03 15:30 (+00) - 17:00 (+00), Preferred</c>, or an empty string.</returns>
    public override string ToString() => string.Join("; ", this);

    /// <summary>Builds the list of a call's alternatives after <paramref name="window"/>, checking their number and order.</summary>
    internal static AlternativeWindows Of(CallWindow window, CallWindow[] alternatives, string name)
    {
        if (alternatives.Length > MaxCount)
        {
            throw new ArgumentException($"A call carries at most two alternative windows; {alternatives.Length} were given. Ask the policy for more with FindCallWindows.", name);
        }

        var previous = window;
        foreach (var alternative in alternatives)
        {
            if (alternative.Start < previous.End)
            {
                throw new ArgumentException($"Alternative windows come after the proposed one, in order, without overlapping; {alternative} starts before {previous} ends.", name);
            }

            previous = alternative;
        }

        return alternatives.Length switch
        {
            0 => default,
            1 => new AlternativeWindows(alternatives[0], default, 1),
            _ => new AlternativeWindows(alternatives[0], alternatives[1], 2),
        };
    }

    /// <summary>Tests two lists for equality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when they hold equal windows in the same order.</returns>
    public static bool operator ==(AlternativeWindows left, AlternativeWindows right) => left.Equals(right);

    /// <summary>Tests two lists for inequality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AlternativeWindows left, AlternativeWindows right) => !left.Equals(right);

    /// <summary>Walks the alternatives in order.</summary>
    public struct Enumerator : IEnumerator<CallWindow>
    {
        private readonly AlternativeWindows _list;
        private int _index;

        internal Enumerator(AlternativeWindows list)
        {
            _list = list;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly CallWindow Current => _list[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _list.Count;

        /// <summary>Not supported: enumerate again with a new enumerator.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException("Start a new enumeration with GetEnumerator().");

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
