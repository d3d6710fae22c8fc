using System.Collections;

namespace FollowUpRules.Strategies;

/// <summary>
/// An ordered, editable list of strategies of one kind, as held by a <see cref="FollowUpPolicyBuilder"/>:
/// the order is the order the policy applies them in.
/// </summary>
/// <typeparam name="TStrategy">The kind of strategy.</typeparam>
public sealed class StrategyList<TStrategy> : IReadOnlyList<TStrategy>
    where TStrategy : FollowUpStrategy
{
    private readonly List<TStrategy> _items = [];
    private readonly Action _checkNotBuilt;

    internal StrategyList(Action checkNotBuilt) => _checkNotBuilt = checkNotBuilt;

    /// <summary>Gets the number of strategies.</summary>
    public int Count => _items.Count;

    /// <summary>Gets the strategy at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position.</param>
    public TStrategy this[int index] => _items[index];

    /// <summary>Appends a strategy, to run after all others.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This list.</returns>
    public StrategyList<TStrategy> Add(TStrategy strategy)
    {
        _checkNotBuilt();
        _items.Add(Guard.NotNull(strategy));
        return this;
    }

    /// <summary>Inserts a strategy at a position.</summary>
    /// <param name="index">Zero-based position.</param>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This list.</returns>
    public StrategyList<TStrategy> Insert(int index, TStrategy strategy)
    {
        _checkNotBuilt();
        _items.Insert(index, Guard.NotNull(strategy));
        return this;
    }

    /// <summary>Inserts a strategy just before the first strategy of type <typeparamref name="TExisting"/>.</summary>
    /// <typeparam name="TExisting">The type to insert before.</typeparam>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This list.</returns>
    /// <exception cref="InvalidOperationException">No strategy of that type is in the list.</exception>
    public StrategyList<TStrategy> InsertBefore<TExisting>(TStrategy strategy)
        where TExisting : TStrategy => Insert(Require<TExisting>(), strategy);

    /// <summary>Inserts a strategy just after the first strategy of type <typeparamref name="TExisting"/>.</summary>
    /// <typeparam name="TExisting">The type to insert after.</typeparam>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This list.</returns>
    /// <exception cref="InvalidOperationException">No strategy of that type is in the list.</exception>
    public StrategyList<TStrategy> InsertAfter<TExisting>(TStrategy strategy)
        where TExisting : TStrategy => Insert(Require<TExisting>() + 1, strategy);

    /// <summary>Replaces every strategy of type <typeparamref name="TExisting"/> with <paramref name="replacement"/> (once, at the first one's position).</summary>
    /// <typeparam name="TExisting">The type to replace.</typeparam>
    /// <param name="replacement">The strategy to put in its place.</param>
    /// <returns>This list.</returns>
    /// <exception cref="InvalidOperationException">No strategy of that type is in the list.</exception>
    public StrategyList<TStrategy> Replace<TExisting>(TStrategy replacement)
        where TExisting : TStrategy
    {
        Guard.NotNull(replacement);
        Require<TExisting>();
        ReplaceWhere(s => s is TExisting, replacement);
        return this;
    }

    /// <summary>Removes every strategy of type <typeparamref name="TExisting"/>.</summary>
    /// <typeparam name="TExisting">The type to remove.</typeparam>
    /// <returns><see langword="true"/> when at least one was removed.</returns>
    public bool Remove<TExisting>()
        where TExisting : TStrategy
    {
        _checkNotBuilt();
        return RemoveWhere(s => s is TExisting);
    }

    /// <summary>Removes one strategy instance.</summary>
    /// <param name="strategy">The instance.</param>
    /// <returns><see langword="true"/> when it was in the list.</returns>
    public bool Remove(TStrategy strategy)
    {
        _checkNotBuilt();
        return _items.Remove(strategy);
    }

    /// <summary>Tells whether a strategy of type <typeparamref name="TExisting"/> is in the list.</summary>
    /// <typeparam name="TExisting">The type.</typeparam>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains<TExisting>()
        where TExisting : TStrategy => _items.Exists(s => s is TExisting);

    /// <summary>Returns an enumerator over the strategies in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<TStrategy> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal TStrategy[] ToArray() => _items.ToArray();

    internal bool RemoveWhere(Predicate<TStrategy> match) => _items.RemoveAll(match) > 0;

    internal bool ReplaceWhere(Predicate<TStrategy> match, TStrategy replacement)
    {
        var index = _items.FindIndex(match);
        if (index < 0)
        {
            return false;
        }

        _items.RemoveAll(match);
        _items.Insert(index, replacement);
        return true;
    }

    internal bool InsertNear(Predicate<TStrategy> match, TStrategy strategy, bool after)
    {
        var index = _items.FindIndex(match);
        if (index < 0)
        {
            return false;
        }

        _items.Insert(after ? index + 1 : index, strategy);
        return true;
    }

    private int Require<TExisting>()
    {
        _checkNotBuilt();
        var index = _items.FindIndex(s => s is TExisting);
        if (index < 0)
        {
            throw new InvalidOperationException(
                $"There is no {typeof(TExisting).Name} in this list; it holds {(_items.Count == 0 ? "nothing" : string.Join(", ", _items.Select(s => s.Descriptor.Name)))}.");
        }

        return index;
    }
}
