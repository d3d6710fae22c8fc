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
    // The first 128 reasons' bits inline, and an owner: the catalogue, or (only when a reason past the
    // 128th is cited) a ReasonSpill holding the catalogue and the further bits. One reference instead
    // of two keeps every action 8 bytes smaller.
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly object? _owner;

    internal ReasonList(ReasonCatalogue catalogue, ReasonBits bits)
    {
        _low = bits.Low;
        _high = bits.High;
        _owner = bits.More is { } more ? new ReasonSpill(catalogue, more) : catalogue;
    }

    /// <summary>Gets an empty list.</summary>
    public static ReasonList Empty => default;

    /// <summary>Gets the number of reasons.</summary>
    public int Count => Bits.Count;

    /// <summary>Gets a value indicating whether there are no reasons.</summary>
    public bool IsEmpty => (_low | _high) == 0 && _owner is not ReasonSpill;

    internal ReasonCatalogue Catalogue => _owner switch
    {
        ReasonCatalogue catalogue => catalogue,
        ReasonSpill spill => spill.Catalogue,
        _ => ReasonCatalogue.Empty,
    };

    internal ReasonBits Bits => new(_low, _high, (_owner as ReasonSpill)?.More);

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
        return new ReasonList(catalogue, ReasonBits.FirstN(catalogue.Count));
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

    /// <summary>Tells whether the list holds <paramref name="reason"/>, or the reason worded from it for the deciding profile.</summary>
    /// <param name="reason">The reason, as a strategy declares it or as a decision cites it.</param>
    /// <returns><see langword="true"/> when the list holds an equal reason, or one worded from it.</returns>
    public bool Contains(FollowUpReason reason)
    {
        Guard.NotNull(reason);
        foreach (var held in this)
        {
            if (held.Equals(reason) || ReferenceEquals(held.Declared, reason.Declared))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lists the distinct rule IDs cited, in order of first citation.</summary>
    /// <returns>A new list of the rule IDs.</returns>
    public IReadOnlyList<RuleId> CitedRuleIds()
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
    public Enumerator GetEnumerator() => new(Catalogue.Reasons, Bits);

    IEnumerator<FollowUpReason> IEnumerable<FollowUpReason>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ReasonList other)
    {
        if (ReferenceEquals(Catalogue, other.Catalogue))
        {
            return Bits.Equals(other.Bits);
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
    internal ReasonList With(int index) => new(Catalogue, Bits.With(index));

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

    /// <summary>Walks a <see cref="ReasonList"/> in order.</summary>
    public struct Enumerator : IEnumerator<FollowUpReason>
    {
        private readonly FollowUpReason[] _reasons;
        private readonly ReasonBits _bits;
        private int _next;
        private FollowUpReason? _current;

        internal Enumerator(FollowUpReason[] reasons, ReasonBits bits)
        {
            _reasons = reasons;
            _bits = bits;
            _next = 0;
            _current = null;
        }

        /// <inheritdoc/>
        public readonly FollowUpReason Current => _current ?? throw new InvalidOperationException("The enumerator is not on a reason.");

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            var index = _next < 0 ? -1 : _bits.NextFrom(_next);
            if (index < 0)
            {
                _next = -1;
                _current = null;
                return false;
            }

            _next = index + 1;
            _current = _reasons[index];
            return true;
        }

        /// <summary>Not supported: enumerate again with a new enumerator.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException("Start a new enumeration with GetEnumerator().");

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
