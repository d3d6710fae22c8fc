using FluentAssertions;

namespace FollowUpRules.PublicApi.Tests;

/// <summary>Names a reader cannot mix up (issue 15.12): no near-twin types in the core's public surface.</summary>
public sealed class NamingTests
{
    private static readonly Type[] PublicTypes = typeof(FollowUpPolicy).Assembly.GetExportedTypes();

    [Fact]
    public void PublicTypes_APluralTwinIsOnlyACatalogueOrAStrategy()
    {
        // ContactChannel (one channel) beside ContactChannels (the profile's set of channels), both
        // enums, read as the same word. A plural is fine where it names a static catalogue of the
        // singular's values (FollowUpProfiles, RuleIds, as NodaTime's DateTimeZoneProviders) or the
        // strategy that applies them (HecticPeriods).
        var byName = PublicTypes.Where(t => !t.IsNested).ToDictionary(t => t.Name, StringComparer.Ordinal);

        var twins = byName.Values
            .Where(t => byName.TryGetValue(t.Name + "s", out var plural)
                && !(plural.IsAbstract && plural.IsSealed)
                && !typeof(FollowUpRules.Strategies.CallWindowStrategy).IsAssignableFrom(plural))
            .Select(t => t.Name + " / " + t.Name + "s");

        twins.Should().BeEmpty("a type and its plural are easy to take for each other");
    }

    [Fact]
    public void PublicEnums_NoTwoHaveTheSameMembers()
    {
        // GatekeeperApproach (the profile's setting) and GatekeeperPlan (the call's plan) were the same
        // two values under two names; one type serves both.
        var twins = PublicTypes.Where(t => t.IsEnum)
            .GroupBy(t => string.Join(",", Enum.GetNames(t).Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => string.Join(" = ", group.Select(t => t.Name)));

        twins.Should().BeEmpty();
    }
}
