using System.Text.Json;
#if NET9_0_OR_GREATER
using System.Runtime.InteropServices;
#else
using System.Text;
#endif

namespace FollowUpRules.Json;

/// <summary>
/// Offices already read, keyed by the exact UTF-8 text of their JSON object, so that a batch naming
/// the same few offices reads each once. Lookups take no lock and, on .NET 9 and later, allocate
/// nothing (the key is the document's own bytes); the set is copied on each of its few additions.
/// </summary>
internal sealed class OfficeCache
{
    /// <summary>How many offices are kept; later ones are read every time.</summary>
    public const int Capacity = 64;

    private Entry[] _entries = [];

    /// <summary>Finds an office read before from exactly this JSON text.</summary>
    public bool TryGet(JsonElement office, out EmployerOffice value)
    {
        var text = Text(office, out _);
        if (!text.IsEmpty)
        {
            var hash = Hash(text);
            foreach (var entry in Volatile.Read(ref _entries))
            {
                if (entry.Hash == hash && text.SequenceEqual(entry.Text))
                {
                    value = entry.Office;
                    return true;
                }
            }
        }

        value = null!;
        return false;
    }

    /// <summary>Keeps an office read from this JSON text, unless the cache is full.</summary>
    public void Add(JsonElement office, EmployerOffice value)
    {
        var text = Text(office, out var owned);
        var entry = new Entry(owned ?? text.ToArray(), Hash(text), value);
        while (true)
        {
            var entries = Volatile.Read(ref _entries);
            if (entries.Length >= Capacity)
            {
                return;
            }

            var grown = new Entry[entries.Length + 1];
            entries.CopyTo(grown, 0);
            grown[entries.Length] = entry;
            if (ReferenceEquals(Interlocked.CompareExchange(ref _entries, grown, entries), entries))
            {
                return;
            }
        }
    }

    /// <summary>
    /// The object's JSON text as UTF-8 (empty when it is not valid UTF-8 where that must be decoded
    /// first; such an office is never read, so never kept); <paramref name="owned"/> is set when it had to be copied out.
    /// </summary>
    private static ReadOnlySpan<byte> Text(JsonElement office, out byte[]? owned)
    {
#if NET9_0_OR_GREATER
        owned = null;
        return JsonMarshal.GetRawUtf8Value(office);
#else
        try
        {
            owned = Encoding.UTF8.GetBytes(office.GetRawText());
        }
        catch (InvalidOperationException)
        {
            owned = null;
        }

        return owned;
#endif
    }

    private static int Hash(ReadOnlySpan<byte> text)
    {
#if NET6_0_OR_GREATER
        var hash = default(HashCode);
        hash.AddBytes(text);
        return hash.ToHashCode();
#else
        var hash = -2128831035;
        foreach (var b in text)
        {
            hash = (hash ^ b) * 16777619;
        }

        return hash;
#endif
    }

    private sealed class Entry(byte[] text, int hash, EmployerOffice office)
    {
        public byte[] Text { get; } = text;

        public int Hash { get; } = hash;

        public EmployerOffice Office { get; } = office;
    }
}
