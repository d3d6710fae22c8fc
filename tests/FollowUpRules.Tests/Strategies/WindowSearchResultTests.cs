using FluentAssertions;
using static FollowUpRules.Tests.Fixtures.PlanTrials;

namespace FollowUpRules.Tests.Strategies;

/// <summary>A window search's result as a host's call-planning strategy reads it.</summary>
public sealed class WindowSearchResultTests
{
    [Fact]
    public void Indexer_OutsideTheWindowsFound_ThrowsNamingTheIndexAndTheCount()
    {
        var found = CallingJane(Tuesday10).PlanContext.FindWindows(Tuesday10, 10, 2);

        var read = () => found[2];

        read.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index").WithMessage("The search found 2 windows.*")
            .Which.ActualValue.Should().Be(2);
    }

    [Fact]
    public void Indexer_AfterALaterSearch_ThrowsSayingToReadBeforeSearchingAgain()
    {
        var context = CallingJane(Tuesday10).PlanContext;
        var first = context.FindWindows(Tuesday10, 10, 1);
        context.FindWindows(Tuesday10, 10, 2);

        var read = () => first[0];

        read.Should().Throw<InvalidOperationException>().WithMessage("This window search result has been replaced by a later search; read what you need before searching again.");
    }
}
