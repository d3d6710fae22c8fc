namespace FollowUpRules.Engine;

/// <summary>
/// A set of reasons as bits numbered by a policy's <see cref="ReasonCatalogue"/>: citing a reason
/// sets a bit, so a decision gathers its reasons without a list to allocate. The first 128 reasons
/// are held inline; a catalogue larger than that (many host strategies) spills into an array, which
/// is copied only when a reason beyond the 128th is cited.
/// </summary>
internal readonly struct ReasonBits : IEquatable<ReasonBits>
{
    private readonly ulong _low;
    private readonly ulong _high;
    private readonly ulong[]? _more;

    internal ReasonBits(ulong low, ulong high, ulong[]? more)
    {
        _low = low;
        _high = high;
        _more = more;
    }

    /// <summary>Gets the bits of the first 64 reasons.</summary>
    public ulong Low => _low;

    /// <summary>Gets the bits of reasons 64 to 127.</summary>
    public ulong High => _high;

    /// <summary>Gets the bits of the reasons from the 128th on, or <see langword="null"/> when none of them is set.</summary>
    public ulong[]? More => IsZero(_more) ? null : _more;

    public bool IsEmpty => (_low | _high) == 0 && IsZero(_more);

    public int Count
    {
        get
        {
            var count = PopCount(_low) + PopCount(_high);
            if (_more is { } more)
            {
                foreach (var word in more)
                {
                    count += PopCount(word);
                }
            }

            return count;
        }
    }

    /// <summary>Gets the set of the first <paramref name="count"/> reasons.</summary>
    public static ReasonBits FirstN(int count)
    {
        var bits = default(ReasonBits);
        for (var i = 0; i < count; i++)
        {
            bits = bits.With(i);
        }

        return bits;
    }

    public ReasonBits With(int index)
    {
        if (index < 64)
        {
            return new ReasonBits(_low | (1UL << index), _high, _more);
        }

        if (index < 128)
        {
            return new ReasonBits(_low, _high | (1UL << (index - 64)), _more);
        }

        var word = (index - 128) >> 6;
        var bit = 1UL << ((index - 128) & 63);
        if (_more is { } existing && word < existing.Length && (existing[word] & bit) != 0)
        {
            return this;
        }

        var more = new ulong[Math.Max(word + 1, _more?.Length ?? 0)];
        _more?.CopyTo(more, 0);
        more[word] |= bit;
        return new ReasonBits(_low, _high, more);
    }

    public ReasonBits Union(ReasonBits other)
    {
        ulong[]? more = null;
        if (!IsZero(_more) || !IsZero(other._more))
        {
            var length = Math.Max(_more?.Length ?? 0, other._more?.Length ?? 0);
            more = new ulong[length];
            for (var i = 0; i < length; i++)
            {
                more[i] = (_more is { } a && i < a.Length ? a[i] : 0) | (other._more is { } b && i < b.Length ? b[i] : 0);
            }
        }

        return new ReasonBits(_low | other._low, _high | other._high, more);
    }

    public bool Has(int index) =>
        index < 64 ? (_low & (1UL << index)) != 0
        : index < 128 ? (_high & (1UL << (index - 64))) != 0
        : _more is { } more && ((index - 128) >> 6) < more.Length && (more[(index - 128) >> 6] & (1UL << ((index - 128) & 63))) != 0;

    /// <summary>Finds the lowest set bit at or after <paramref name="start"/>; -1 when there is none.</summary>
    public int NextFrom(int start)
    {
        if (start < 64)
        {
            var word = _low & (ulong.MaxValue << start);
            if (word != 0)
            {
                return TrailingZeros(word);
            }

            start = 64;
        }

        if (start < 128)
        {
            var word = _high & (ulong.MaxValue << (start - 64));
            if (word != 0)
            {
                return 64 + TrailingZeros(word);
            }

            start = 128;
        }

        if (_more is { } more)
        {
            for (var w = (start - 128) >> 6; w < more.Length; w++)
            {
                var word = w == (start - 128) >> 6 ? more[w] & (ulong.MaxValue << ((start - 128) & 63)) : more[w];
                if (word != 0)
                {
                    return 128 + (w << 6) + TrailingZeros(word);
                }
            }
        }

        return -1;
    }

    public bool Equals(ReasonBits other)
    {
        if (_low != other._low || _high != other._high)
        {
            return false;
        }

        var length = Math.Max(_more?.Length ?? 0, other._more?.Length ?? 0);
        for (var i = 0; i < length; i++)
        {
            var a = _more is { } x && i < x.Length ? x[i] : 0;
            var b = other._more is { } y && i < y.Length ? y[i] : 0;
            if (a != b)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ReasonBits other && Equals(other);

    public override int GetHashCode() => unchecked((_low.GetHashCode() * 397) ^ _high.GetHashCode());

    private static bool IsZero(ulong[]? words)
    {
        if (words is null)
        {
            return true;
        }

        foreach (var word in words)
        {
            if (word != 0)
            {
                return false;
            }
        }

        return true;
    }

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
