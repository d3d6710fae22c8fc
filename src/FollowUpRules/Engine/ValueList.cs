using System.Collections;
using System.Text;

namespace FollowUpRules.Engine;

/// <summary>
/// An immutable list with value equality, used for every collection in the model so that records
/// compare by content and nothing a caller does to their own list afterwards can change a case.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private static readonly EqualityComparer<T> Comparer = EqualityComparer<T>.Default;

    private ValueList(T[] items) => Items = items;

    /// <summary>Gets the shared empty list.</summary>
    public static ValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>Gets the backing array. Never exposed publicly and never written after construction.</summary>
    internal T[] Items { get; }

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    /// <summary>Copies <paramref name="source"/>; a null source gives the empty list.</summary>
    public static ValueList<T> CopyOf(IEnumerable<T>? source)
    {
        switch (source)
        {
            case null:
                return Empty;
            case ValueList<T> already:
                return already;
            case ICollection<T> collection:
                if (collection.Count == 0)
                {
                    return Empty;
                }

                var array = new T[collection.Count];
                collection.CopyTo(array, 0);
                return new ValueList<T>(array);
            default:
                var list = new List<T>(source);
                return list.Count == 0 ? Empty : new ValueList<T>(list.ToArray());
        }
    }

    /// <summary>Wraps an array this assembly has just built and will not touch again.</summary>
    internal static ValueList<T> Adopt(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Items.Length != Items.Length)
        {
            return false;
        }

        for (var i = 0; i < Items.Length; i++)
        {
            if (!Comparer.Equals(Items[i], other.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            foreach (var item in Items)
            {
                hash = (hash * 31) + (item is null ? 0 : Comparer.GetHashCode(item));
            }

            return hash;
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < Items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(Items[i]);
        }

        return text.Append(']').ToString();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();
}
