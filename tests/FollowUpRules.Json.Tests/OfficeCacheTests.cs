using System.Text.Json;
using FluentAssertions;

namespace FollowUpRules.Json.Tests;

/// <summary>The offices a batch names again and again are read once, and never confused with one another.</summary>
public sealed class OfficeCacheTests
{
    private const string London = """{ "timeZoneId": "Europe/London", "hours": { "monday": ["09:00-17:30"] } }""";

    private static readonly EmployerOffice LondonOffice = new() { TimeZoneId = "Europe/London" };

    [Fact]
    public void TryGet_TheSameTextAgain_IsTheOfficeKept()
    {
        var cache = new OfficeCache();
        using (var first = JsonDocument.Parse(London))
        {
            cache.Add(first.RootElement, LondonOffice);
        }

        using var again = JsonDocument.Parse(London);

        cache.TryGet(again.RootElement, out var office).Should().BeTrue();
        office.Should().BeSameAs(LondonOffice);
    }

    [Theory]
    [InlineData("""{ "timeZoneId": "Europe/London", "hours": { "monday": ["09:00-17:31"] } }""")]
    [InlineData("""{ "timeZoneId": "Europe/Dublin", "hours": { "monday": ["09:00-17:30"] } }""")]
    [InlineData("""{ "timeZoneId": "Europe/London", "hours": { "monday": ["09:00-17:30"] }}""")]
    public void TryGet_TextThatDiffersInOneCharacter_IsNotFound(string other)
    {
        var cache = new OfficeCache();
        using (var first = JsonDocument.Parse(London))
        {
            cache.Add(first.RootElement, LondonOffice);
        }

        using var document = JsonDocument.Parse(other);

        cache.TryGet(document.RootElement, out _).Should().BeFalse();
    }

    [Fact]
    public void Add_BeyondCapacity_KeepsTheFirstOnesOnly()
    {
        var cache = new OfficeCache();
        for (var i = 0; i <= OfficeCache.Capacity; i++)
        {
            using var document = JsonDocument.Parse($$"""{ "timeZoneId": "Europe/London", "note": {{i}} }""");
            cache.Add(document.RootElement, LondonOffice with { HolidayRegion = "GB-" + i });
        }

        using var firstText = JsonDocument.Parse("""{ "timeZoneId": "Europe/London", "note": 0 }""");
        using var lastText = JsonDocument.Parse($$"""{ "timeZoneId": "Europe/London", "note": {{OfficeCache.Capacity}} }""");

        cache.TryGet(firstText.RootElement, out var first).Should().BeTrue();
        first.HolidayRegion.Should().Be("GB-0");
        cache.TryGet(lastText.RootElement, out _).Should().BeFalse();
    }

    [Fact]
    public void ReadCase_TwoCasesWhoseOfficesDifferInOneCharacter_EachGetsItsOwnOffice()
    {
        var london = FollowUpRules.Tests.Shared.MalformedDocuments.Valid;
        var dublin = london.Replace("\"Europe/London\"", "\"Europe/Dublin\"", StringComparison.Ordinal);

        var first = FollowUpJson.ReadCase(london);
        var second = FollowUpJson.ReadCase(dublin);
        var third = FollowUpJson.ReadCase(london);

        first.Office.TimeZoneId.Should().Be("Europe/London");
        second.Office.TimeZoneId.Should().Be("Europe/Dublin");
        third.Office.Should().Be(first.Office);
    }
}
