using System.Collections.Concurrent;
using NodaTime;

namespace FollowUpRules.Time;

/// <summary>
/// The policy's view of its time-zone provider: the same zones, with every id that resolves
/// remembered in a lock-free map. NodaTime's provider cache takes a lock on each lookup, which every
/// decision makes, so a batch on several threads would queue on it.
/// </summary>
/// <remarks>Ids that do not resolve are not remembered: they are errors, reported each time.</remarks>
internal sealed class ZoneLookup : IDateTimeZoneProvider
{
    private readonly IDateTimeZoneProvider _provider;
    private readonly ConcurrentDictionary<string, DateTimeZone> _resolved = new(StringComparer.Ordinal);

    public ZoneLookup(IDateTimeZoneProvider provider) => _provider = provider;

    public string VersionId => _provider.VersionId;

    public System.Collections.ObjectModel.ReadOnlyCollection<string> Ids => _provider.Ids;

    public DateTimeZone this[string id] => GetZoneOrNull(id) ?? _provider[id];

    public DateTimeZone GetSystemDefault() => _provider.GetSystemDefault();

    public DateTimeZone? GetZoneOrNull(string id)
    {
        if (_resolved.TryGetValue(id, out var zone))
        {
            return zone;
        }

        zone = _provider.GetZoneOrNull(id);
        if (zone is not null)
        {
            _resolved.TryAdd(id, zone);
        }

        return zone;
    }
}
