namespace FollowUpRules.Engine;

/// <summary>
/// The numbered set of every reason a policy can give, each worded for the policy's profile, so that
/// a decision can carry its reasons as bits (<see cref="ReasonBits"/>) instead of a list it would
/// have to allocate. There is no limit on the number of reasons.
/// </summary>
internal sealed class ReasonCatalogue
{
    /// <summary>Reasons created after this many others are found through the dictionary only.</summary>
    private const int MaxSerial = 4096;

    private readonly Dictionary<FollowUpReason, int> _index;

    /// <summary>The index of each declared reason instance by its <see cref="FollowUpReason.Serial"/> (-1 for none): strategies cite a reason several times per decision, and an array read is cheaper than hashing.</summary>
    private readonly int[] _bySerial;

    private ReasonCatalogue(FollowUpReason[] reasons, List<FollowUpReason> instances, FollowUpReason[] declared)
    {
        Reasons = reasons;
        _index = new Dictionary<FollowUpReason, int>(reasons.Length * 2);
        for (var i = 0; i < reasons.Length; i++)
        {
            _index[declared[i]] = i;
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

    public static ReasonCatalogue Empty { get; } = new([], [], []);

    /// <summary>Gets the reasons in declaration order, as the policy's decisions cite them (worded for its profile).</summary>
    public FollowUpReason[] Reasons { get; }

    /// <summary>Gets the number of reasons.</summary>
    public int Count => Reasons.Length;

    /// <summary>
    /// Builds a catalogue from reasons in order, keeping the first of any duplicates; with a
    /// profile, a reason worded from the profile is worded for it.
    /// </summary>
    public static ReasonCatalogue Create(IEnumerable<FollowUpReason> reasons, FollowUpProfile? profile = null)
    {
        var distinct = new List<FollowUpReason>();
        var seen = new HashSet<FollowUpReason>();
        var all = new List<FollowUpReason>();
        foreach (var reason in reasons)
        {
            all.Add(Guard.NotNull(reason));
            if (seen.Add(reason))
            {
                distinct.Add(reason);
            }
        }

        if (distinct.Count == 0)
        {
            return Empty;
        }

        var declared = distinct.ToArray();
        var worded = new FollowUpReason[declared.Length];
        for (var i = 0; i < declared.Length; i++)
        {
            worded[i] = profile is null ? declared[i] : declared[i].For(profile);
        }

        return new ReasonCatalogue(worded, all, declared);
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

    /// <summary>Finds a reason's number, or throws: a strategy may cite only reasons its descriptor declares.</summary>
    public int Require(FollowUpReason reason)
    {
        var index = IndexOf(Guard.NotNull(reason));
        return index >= 0
            ? index
            : throw new InvalidOperationException(
                $"The reason '{reason}' is not declared by any strategy of this policy. A strategy may cite only the reasons its StrategyDescriptor.Reasons lists.");
    }

    /// <summary>Gets the reasons whose bits are set, as a list.</summary>
    public ReasonList ListOf(ReasonBits bits) => new(this, bits);
}
