namespace FollowUpRules.Rules;

/// <summary>
/// The numbered set of every reason a policy can give, so that a decision can carry its reasons as
/// a 128-bit mask instead of a list it would have to allocate.
/// </summary>
internal sealed class ReasonCatalogue
{
    /// <summary>The most reasons one policy can declare.</summary>
    public const int Capacity = 128;

    private readonly Dictionary<FollowUpReason, int> _index;

    private ReasonCatalogue(FollowUpReason[] reasons)
    {
        Reasons = reasons;
        _index = new Dictionary<FollowUpReason, int>(reasons.Length);
        for (var i = 0; i < reasons.Length; i++)
        {
            _index[reasons[i]] = i;
        }
    }

    /// <summary>Gets the empty catalogue.</summary>
    public static ReasonCatalogue Empty { get; } = new([]);

    /// <summary>Gets the reasons in declaration order.</summary>
    public FollowUpReason[] Reasons { get; }

    /// <summary>Builds a catalogue from reasons in order, keeping the first of any duplicates.</summary>
    /// <exception cref="InvalidOperationException">More than <see cref="Capacity"/> distinct reasons.</exception>
    public static ReasonCatalogue Create(IEnumerable<FollowUpReason> reasons)
    {
        var distinct = new List<FollowUpReason>();
        var seen = new HashSet<FollowUpReason>();
        foreach (var reason in reasons)
        {
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

        return distinct.Count == 0 ? Empty : new ReasonCatalogue(distinct.ToArray());
    }

    /// <summary>Finds a reason's number, or -1 when the catalogue does not hold it.</summary>
    public int IndexOf(FollowUpReason reason) => _index.TryGetValue(reason, out var index) ? index : -1;
}
