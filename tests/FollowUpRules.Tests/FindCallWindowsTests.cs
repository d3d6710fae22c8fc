using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests;

/// <summary>Tests of <see cref="IFollowUpPolicy.FindCallWindows(FollowUpCase, Instant, int, Interviewer)"/>: out-of-office days are the person's own.</summary>
public sealed class FindCallWindowsTests
{
    private static CaseBuilder RajAwayTuesday() => CaseBuilder.London().WithPeople(
        CaseBuilder.Jane,
        CaseBuilder.Raj with { DirectLine = "+44 20 7946 0002", OutOfOffice = [new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 10))] });

    [Fact]
    public void FindCallWindows_PersonAwayThatDay_SkipsTheirDayOnly()
    {
        var builder = RajAwayTuesday();
        var followUp = builder.Build();
        var from = builder.At(L(2026, 3, 10, 8, 0));

        var forRaj = Default.FindCallWindows(followUp, from, 1, followUp.Interview.Interviewers[1]);
        var forJane = Default.FindCallWindows(followUp, from, 1, followUp.Interview.Interviewers[0]);

        forRaj[0].LocalStart.Date.Should().Be(new LocalDate(2026, 3, 11), "Raj is out of the office on Tuesday 10 March");
        forJane[0].LocalStart.Date.Should().Be(new LocalDate(2026, 3, 10), "Jane is in");
        Default.FindCallWindows(followUp, from, 1).Should().Equal(forJane, "without a person, the windows are the lead interviewer's");
    }

    [Fact]
    public void FindCallWindows_PersonNotInTheCase_ThrowsNamingThem()
    {
        var builder = RajAwayTuesday();
        var stranger = new Interviewer { Name = "Someone Else" };

        var act = () => Default.FindCallWindows(builder.Build(), builder.At(L(2026, 3, 10, 8, 0)), 1, stranger);

        act.Should().Throw<ArgumentException>().WithParameterName("person").WithMessage("*Someone Else*");
    }
    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void FindCallWindows_CountOutOfRange_ThrowsNamingTheValue(int count)
    {
        var builder = CaseBuilder.London();

        var find = () => Default.FindCallWindows(builder.Build(), builder.At(L(2026, 3, 10, 8, 0)), count);

        find.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(count)).WithMessage("Ask for 1 to 100 windows.*")
            .Which.ActualValue.Should().Be(count);
    }

    [Fact]
    public void FindCallWindows_FromAnInstantBetweenTicks_StartsAtTheNextTick()
    {
        var builder = CaseBuilder.London();
        var ten = builder.At(L(2026, 3, 10, 10, 0));

        var windows = Default.FindCallWindows(builder.Build(), ten + Duration.FromNanoseconds(50), 1);

        windows[0].Start.Should().Be(ten + Duration.FromTicks(1), "a window never starts before the instant asked from, and windows are kept in ticks");
    }
}
