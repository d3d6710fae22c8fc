using FluentAssertions;
using FollowUpRules.Engine;
using NodaTime.TimeZones;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

public sealed class ZoneLookupTests
{
    [Fact]
    public void GetZoneOrNull_SameIdInDistinctStrings_GivesTheProvidersZone()
    {
        var lookup = new ZoneLookup(DateTimeZoneProviders.Tzdb);
        var first = "Europe/" + new string(['L', 'o', 'n', 'd', 'o', 'n']);
        var second = "Europe/" + new string(['L', 'o', 'n', 'd', 'o', 'n']);

        lookup.GetZoneOrNull(first).Should().BeSameAs(DateTimeZoneProviders.Tzdb["Europe/London"]);
        lookup.GetZoneOrNull(second).Should().BeSameAs(DateTimeZoneProviders.Tzdb["Europe/London"]);
        lookup.GetZoneOrNull(first).Should().BeSameAs(DateTimeZoneProviders.Tzdb["Europe/London"], "the second look-up of the first string finds it again");
    }

    [Fact]
    public void GetZoneOrNull_UnknownId_IsNullEveryTimeAndTheIndexerThrowsTheProvidersError()
    {
        var lookup = new ZoneLookup(DateTimeZoneProviders.Tzdb);

        lookup.GetZoneOrNull("Mars/Olympus_Mons").Should().BeNull();
        lookup.GetZoneOrNull("Mars/Olympus_Mons").Should().BeNull();
        var index = () => lookup["Mars/Olympus_Mons"];

        index.Should().Throw<DateTimeZoneNotFoundException>();
        lookup.VersionId.Should().Be(DateTimeZoneProviders.Tzdb.VersionId);
        lookup.Ids.Should().Equal(DateTimeZoneProviders.Tzdb.Ids);
    }

    [Fact]
    public void GetZoneOrNull_ManyIdsFromManyThreads_EachGetsItsOwnZone()
    {
        var lookup = new ZoneLookup(DateTimeZoneProviders.Tzdb);
        var ids = DateTimeZoneProviders.Tzdb.Ids.Take(200).ToArray();

        var wrong = 0;
        Parallel.For(0, 20_000, i =>
        {
            var id = ids[i % ids.Length];
            if (!ReferenceEquals(lookup.GetZoneOrNull(id), DateTimeZoneProviders.Tzdb[id]))
            {
                Interlocked.Increment(ref wrong);
            }
        });

        wrong.Should().Be(0, "more ids than slots share slots, and no thread may see another id's zone");
    }
}
