using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The policy's view of its time-zone provider: the same zones, with every id that resolves
/// remembered in a lock-free map. NodaTime's provider cache takes a lock on each lookup, which every
/// decision makes, so a batch on several threads would queue on it.
/// </summary>
/// <remarks>
/// <para>Ids that do not resolve are not remembered: they are errors, reported each time.</para>
/// <para>In front of the map sit a few slots keyed by the identity of the string that first resolved
/// an id: a host that builds an office once and decides many of its cases passes that same string
/// each time, and finding it there costs no hashing of its characters.</para>
/// </remarks>
internal sealed class ZoneLookup : IDateTimeZoneProvider
{
    private const int SlotCount = 32;

    private IDateTimeZoneProvider? _provider;
    private readonly ConcurrentDictionary<string, DateTimeZone> _resolved = new(StringComparer.Ordinal);
    private readonly Slot?[] _slots = new Slot?[SlotCount];

    /// <summary>Initializes a new instance of the <see cref="ZoneLookup"/> class.</summary>
    /// <param name="provider">The provider, or <see langword="null"/> for NodaTime's tzdb provider, fetched on first use (see <see cref="TzdbWarmUp"/>).</param>
    public ZoneLookup(IDateTimeZoneProvider? provider) => _provider = provider;

    public string VersionId => Provider.VersionId;

    public System.Collections.ObjectModel.ReadOnlyCollection<string> Ids => Provider.Ids;

    private IDateTimeZoneProvider Provider => _provider ??= DateTimeZoneProviders.Tzdb;

    public DateTimeZone this[string id] => GetZoneOrNull(id) ?? Provider[id];

    public DateTimeZone GetSystemDefault() => Provider.GetSystemDefault();

    public DateTimeZone? GetZoneOrNull(string id)
    {
        var index = RuntimeHelpers.GetHashCode(id) & (SlotCount - 1);
        if (_slots[index] is { } slot && ReferenceEquals(slot.Id, id))
        {
            return slot.Zone;
        }

        if (_resolved.TryGetValue(id, out var zone))
        {
            return zone;
        }

        zone = Provider.GetZoneOrNull(id);
        if (zone is not null && _resolved.TryAdd(id, zone))
        {
            // Only the instance that first resolved takes a slot, so look-ups never allocate;
            // a slot is written whole, so a reader sees an old pair or a new one, never a mix.
            _slots[index] ??= new Slot(id, zone);
        }

        return zone;
    }

    private sealed class Slot(string id, DateTimeZone zone)
    {
        public string Id { get; } = id;

        public DateTimeZone Zone { get; } = zone;
    }
}
