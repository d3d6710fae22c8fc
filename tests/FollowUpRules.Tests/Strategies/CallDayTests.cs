using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.PlanTrials;

namespace FollowUpRules.Tests.Strategies;

/// <summary>The office day a host builds to unit-test its window strategy.</summary>
public sealed class CallDayTests
{
    [Fact]
    public void Constructor_OpenDay_DescribesIt()
    {
        var calendar = CallingJane(Tuesday10).Calendar;

        var day = new CallDay(calendar, Builder.Build(), FollowUpProfiles.Default, new LocalDate(2026, 3, 10), CaseBuilder.Jane);

        day.Date.Should().Be(new LocalDate(2026, 3, 10));
        day.Opens.Should().Be(new LocalTime(9, 0));
    }

    [Fact]
    public void Constructor_DayTheOfficeIsClosed_ThrowsNamingTheDate()
    {
        var calendar = CallingJane(Tuesday10).Calendar;

        var saturday = () => new CallDay(calendar, Builder.Build(), FollowUpProfiles.Default, new LocalDate(2026, 3, 14), null);

        saturday.Should().Throw<ArgumentException>().WithParameterName("date")
            .WithMessage("The office is not open on 2026-03-14; call windows are sought only on open days.*");
    }
}
