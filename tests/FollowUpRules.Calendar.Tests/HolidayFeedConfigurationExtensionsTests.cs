using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace FollowUpRules.Calendar.Tests;

/// <summary><c>UseHolidaysFromICalendar</c> with the real container and a real generic host.</summary>
public sealed class HolidayFeedConfigurationExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("followup-feeds-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task UseHolidaysFromICalendar_FeedClosesTheDay_PolicyFromTheHostMovesTheCall()
    {
        var path = Write("england.ics", AllDay("20260310"));
        using var host = BuildHost(s => s.AddFollowUpRules(p => p.UseHolidaysFromICalendar(path)));
        await host.StartAsync(TestContext.Current.CancellationToken);

        var policy = host.Services.GetRequiredService<IFollowUpPolicy>();

        policy.FindCallWindows(Examples.FirstFollowUp, Examples.TenthOfMarch, 1)[0].LocalStart.Date.Should().Be(new LocalDate(2026, 3, 11));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void UseHolidaysFromICalendar_OneFeedPerRegion_EachOfficeGetsItsRegionsDays()
    {
        var england = Write("england.ics", AllDay("20260310"));
        var scotland = Write("scotland.ics", AllDay("20260311"));
        using var services = new ServiceCollection()
            .AddFollowUpPolicy("uk", p => p.UseHolidaysFromICalendar(england, "GB-ENG").UseHolidaysFromICalendar(scotland, "GB-SCT"))
            .BuildServiceProvider();

        var policy = services.GetRequiredKeyedService<IFollowUpPolicy>("uk");

        FirstCallDay(policy, "GB-ENG").Should().Be(new LocalDate(2026, 3, 11));
        FirstCallDay(policy, "GB-SCT").Should().Be(new LocalDate(2026, 3, 10));
        FirstCallDay(policy, null).Should().Be(new LocalDate(2026, 3, 10), "an office in no region gets neither region's holidays");
    }

    [Fact]
    public void UseHolidaysFromICalendar_AfterAHostCalendar_BothApply()
    {
        var path = Write("feed.ics", AllDay("20260311"));
        using var services = new ServiceCollection()
            .AddFollowUpRules(p => p.UseHolidayCalendar(new ClosedOn(new LocalDate(2026, 3, 10))).UseHolidaysFromICalendar(path))
            .BuildServiceProvider();

        FirstCallDay(services.GetRequiredService<IFollowUpPolicy>(), null).Should().Be(new LocalDate(2026, 3, 12));
    }

    [Fact]
    public async Task UseHolidaysFromICalendar_MalformedFile_HostFailsToStartNamingTheLine()
    {
        var path = Write("bad.ics", AllDay("2026-03-10"));
        using var host = BuildHost(s => s.AddFollowUpRules(p => p.UseHolidaysFromICalendar(path)));

        var start = () => host.StartAsync(TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should()
            .StartWith("The default follow-up policy cannot be built: The holiday calendar " + path + " cannot be used: ")
            .And.Contain("line 5 = DTSTART;VALUE=DATE:2026-03-10: 2026-03-10 is not an iCalendar DATE");
    }

    [Fact]
    public async Task UseHolidaysFromICalendar_MissingFile_HostFailsToStartNamingTheFile()
    {
        var path = Path.Combine(_folder, "missing.ics");
        using var host = BuildHost(s => s.AddFollowUpRules(p => p.UseHolidaysFromICalendar(path)));

        var start = () => host.StartAsync(TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("The holiday calendar " + path + " cannot be used: ");
    }

    [Theory]
    [InlineData(" ", null)]
    [InlineData("feed.ics", " ")]
    public void UseHolidaysFromICalendar_BlankPathOrRegion_ArgumentException(string path, string? region)
    {
        var act = () => new ServiceCollection().AddFollowUpRules(p => p.UseHolidaysFromICalendar(path, region));

        act.Should().Throw<ArgumentException>();
    }

    private static IHost BuildHost(Action<IServiceCollection> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        register(builder.Services);
        return builder.Build();
    }

    private static LocalDate FirstCallDay(IFollowUpPolicy policy, string? region)
    {
        var followUp = Examples.FirstFollowUp;
        followUp = followUp with { Office = followUp.Office with { HolidayRegion = region } };
        return policy.FindCallWindows(followUp, Examples.TenthOfMarch, 1)[0].LocalStart.Date;
    }

    private static string AllDay(string date) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:day@tests\r\nDTSTART;VALUE=DATE:" + date + "\r\nSUMMARY:Closed\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed class ClosedOn(LocalDate day) : IHolidayCalendar
    {
        public bool IsHoliday(EmployerOffice office, LocalDate date) => date == day;
    }
}
