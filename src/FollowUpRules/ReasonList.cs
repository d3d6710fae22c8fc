using System.Collections;
using System.Text;
using FollowUpRules.Engine;

namespace FollowUpRules;

/// <summary>
/// The reasons behind a decision (or the rules that shaped a call window), in the order of the
/// strategies that gave them. A small value that enumerates without allocating.
/// </summary>
/// <remarks>Two lists are equal when they hold equal reasons in the same order, whichever policy produced them.</remarks>
public readonly struct ReasonList : IReadOnlyList<FollowUpReason>, IEquatable<ReasonList>
{
    private readonly ReasonCatalogue? _catalogue;
    private readonly ulong _low;
    private readonly ulong _high;

    internal ReasonList(ReasonCatalogue catalogue, ulong low, ulong high)
    {
        _catalogue = catalogue;
        _low = low;
        _high = high;
    }

    /// <summary>Gets an empty list.</summary>
    public static ReasonList Empty => default;

    /// <summary>Gets the number of reasons.</summary>
    public int Count => PopCount(_low) + PopCount(_high);

    /// <summary>Gets a value indicating whether there are no reasons.</summary>
    public bool IsEmpty => (_low | _high) == 0;

    internal ReasonCatalogue Catalogue => _catalogue ?? ReasonCatalogue.Empty;

    /// <summary>Gets the reason at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is negative or not less than <see cref="Count"/>.</exception>
    public FollowUpReason this[int index]
    {
        get
        {
            if (index >= 0)
            {
                var seen = 0;
                foreach (var reason in this)
                {
                    if (seen++ == index)
                    {
                        return reason;
                    }
                }
            }

            throw new ArgumentOutOfRangeException(nameof(index), index, $"The list holds {Count} reasons.");
        }
    }

    /// <summary>Builds a list from reasons in order (used when reading stored decisions).</summary>
    /// <param name="reasons">The reasons; duplicates are kept once.</param>
    /// <returns>The list.</returns>
    public static ReasonList Create(IEnumerable<FollowUpReason> reasons)
    {
        var catalogue = ReasonCatalogue.Create(Guard.NotNull(reasons));
        var count = catalogue.Reasons.Length;
        var low = count >= 64 ? ulong.MaxValue : (1UL << count) - 1;
        var high = count <= 64 ? 0UL : count == 128 ? ulong.MaxValue : (1UL << (count - 64)) - 1;
        return new ReasonList(catalogue, low, high);
    }

    /// <summary>Tells whether any reason cites <paramref name="ruleId"/>.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns><see langword="true"/> when a reason has that rule ID.</returns>
    public bool Contains(RuleId ruleId)
    {
        foreach (var reason in this)
        {
            if (reason.RuleId == ruleId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether the list holds <paramref name="reason"/>.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns><see langword="true"/> when the list holds an equal reason.</returns>
    public bool Contains(FollowUpReason reason)
    {
        foreach (var held in this)
        {
            if (held.Equals(reason))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the distinct rule IDs cited, in order of first citation.</summary>
    /// <returns>The rule IDs.</returns>
    public IReadOnlyList<RuleId> RuleIds()
    {
        var ids = new List<RuleId>();
        foreach (var reason in this)
        {
            if (!ids.Contains(reason.RuleId))
            {
                ids.Add(reason.RuleId);
            }
        }

        return ids;
    }

    /// <summary>Returns an enumerator that walks the reasons without allocating.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(Catalogue.Reasons, _low, _high);

    IEnumerator<FollowUpReason> IEnumerable<FollowUpReason>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ReasonList other)
    {
        if (ReferenceEquals(Catalogue, other.Catalogue))
        {
            return _low == other._low && _high == other._high;
        }

        var mine = GetEnumerator();
        var theirs = other.GetEnumerator();
        while (true)
        {
            var hasMine = mine.MoveNext();
            var hasTheirs = theirs.MoveNext();
            if (hasMine != hasTheirs)
            {
                return false;
            }

            if (!hasMine)
            {
                return true;
            }

            if (!mine.Current.Equals(theirs.Current))
            {
                return false;
            }
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReasonList other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 23;
            foreach (var reason in this)
            {
                hash = (hash * 31) + reason.GetHashCode();
            }

            return hash;
        }
    }

    /// <summary>Returns the cited rule IDs, for example <c>[PHN-02, RCR-04]</c>.</summary>
    /// <returns>The rule IDs in brackets.</returns>
    public override string ToString()
    {
        var text = new StringBuilder("[");
        foreach (var reason in this)
        {
            if (text.Length > 1)
            {
                text.Append(", ");
            }

            text.Append(reason.RuleId);
        }

        return text.Append(']').ToString();
    }

    /// <summary>Returns a copy with the reason numbered <paramref name="index"/> added.</summary>
    internal ReasonList With(int index) =>
        index < 64
            ? new ReasonList(Catalogue, _low | (1UL << index), _high)
            : new ReasonList(Catalogue, _low, _high | (1UL << (index - 64)));

    /// <summary>Returns the reasons of both lists (which must share a catalogue).</summary>
    internal ReasonList Union(ReasonList other) => new(Catalogue, _low | other._low, _high | other._high);

    /// <summary>Tells whether the reason numbered <paramref name="index"/> is present.</summary>
    internal bool Has(int index) => index < 64 ? (_low & (1UL << index)) != 0 : (_high & (1UL << (index - 64))) != 0;

    /// <summary>Tests two lists for equality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when they hold equal reasons in the same order.</returns>
    public static bool operator ==(ReasonList left, ReasonList right) => left.Equals(right);

    /// <summary>Tests two lists for inequality.</summary>
    /// <param name="left">The first list.</param>
    /// <param name="right">The second list.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ReasonList left, ReasonList right) => !left.Equals(right);

    private static int PopCount(ulong value)
    {
#if NET8_0_OR_GREATER
        return System.Numerics.BitOperations.PopCount(value);
#else
        var count = 0;
        while (value != 0)
        {
            value &= value - 1;
            count++;
        }

        return count;
#endif
    }

    /// <summary>Walks a <see cref="ReasonList"/> in order.</summary>
    public struct Enumerator : IEnumerator<FollowUpReason>
    {
        private readonly FollowUpReason[] _reasons;
        private ulong _low;
        private ulong _high;
        private FollowUpReason? _current;

        internal Enumerator(FollowUpReason[] reasons, ulong low, ulong high)
        {
            _reasons = reasons;
            _low = low;
            _high = high;
            _current = null;
        }

        /// <inheritdoc/>
        public readonly FollowUpReason Current => _current ?? throw new InvalidOperationException("The enumerator is not on a reason.");

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            if (_low != 0)
            {
                var bit = TrailingZeros(_low);
                _low &= _low - 1;
                _current = _reasons[bit];
                return true;
            }

            if (_high != 0)
            {
                var bit = TrailingZeros(_high);
                _high &= _high - 1;
                _current = _reasons[64 + bit];
                return true;
            }

            _current = null;
            return false;
        }

        /// <summary>Not supported: enumerate again with a new enumerator.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException("Start a new enumeration with GetEnumerator().");

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }

        private static int TrailingZeros(ulong value)
        {
#if NET8_0_OR_GREATER
            return System.Numerics.BitOperations.TrailingZeroCount(value);
#else
            var count = 0;
            while ((value & 1) == 0)
            {
                value >>= 1;
                count++;
            }

            return count;
#endif
        }
    }
}
