namespace FollowUpRules.Engine;

/// <summary>
/// The numbered set of every reason a policy can give, so that a decision can carry its reasons as
/// a 128-bit mask instead of a list it would have to allocate.
/// </summary>
internal sealed class ReasonCatalogue
{
    /// <summary>The most reasons one policy can declare.</summary>
    public const int Capacity = 128;

    /// <summary>Reasons created after this many others are found through the dictionary only.</summary>
    private const int MaxSerial = 4096;

    private readonly Dictionary<FollowUpReason, int> _index;

    /// <summary>The index of each declared reason instance by its <see cref="FollowUpReason.Serial"/> (-1 for none): rules cite a reason several times per decision, and an array read is cheaper than hashing.</summary>
    private readonly int[] _bySerial;

    private ReasonCatalogue(FollowUpReason[] reasons, List<FollowUpReason> instances)
    {
        Reasons = reasons;
        _index = new Dictionary<FollowUpReason, int>(reasons.Length);
        for (var i = 0; i < reasons.Length; i++)
        {
            _index[reasons[i]] = i;
        }

        var maxSerial = -1;
        foreach (var reason in instances)
        {
            maxSerial = reason.Serial < MaxSerial && reason.Serial > maxSerial ? reason.Serial : maxSerial;
        }

        _bySerial = new int[maxSerial + 1];
        for (var i = 0; i < _bySerial.Length; i++)
        {
            _bySerial[i] = -1;
        }

        foreach (var reason in instances)
        {
            if (reason.Serial < MaxSerial)
            {
                _bySerial[reason.Serial] = _index[reason];
            }
        }
    }

    public static ReasonCatalogue Empty { get; } = new([], []);

    /// <summary>Gets the reasons in declaration order.</summary>
    public FollowUpReason[] Reasons { get; }

    /// <summary>Builds a catalogue from reasons in order, keeping the first of any duplicates.</summary>
    /// <exception cref="InvalidOperationException">More than <see cref="Capacity"/> distinct reasons.</exception>
    public static ReasonCatalogue Create(IEnumerable<FollowUpReason> reasons)
    {
        var distinct = new List<FollowUpReason>();
        var seen = new HashSet<FollowUpReason>();
        var all = new List<FollowUpReason>();
        foreach (var reason in reasons)
        {
            all.Add(reason);
            if (seen.Add(Guard.NotNull(reason)))
            {
                distinct.Add(reason);
            }
        }

        if (distinct.Count > Capacity)
        {
            throw new InvalidOperationException(
                $"A policy can declare at most {Capacity} distinct reasons across its strategies; these declare {distinct.Count}. Remove strategies you do not use or merge similar reasons.");
        }

        return distinct.Count == 0 ? Empty : new ReasonCatalogue(distinct.ToArray(), all);
    }

    /// <summary>Finds a reason's number, or -1 when the catalogue does not hold it.</summary>
    public int IndexOf(FollowUpReason reason)
    {
        var serial = reason.Serial;
        if (serial < _bySerial.Length && _bySerial[serial] is var known && known >= 0)
        {
            return known;
        }

        return _index.TryGetValue(reason, out var index) ? index : -1;
    }
}
