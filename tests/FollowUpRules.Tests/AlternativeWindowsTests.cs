using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;

namespace FollowUpRules.Tests;

/// <summary>The alternatives a call carries after its proposed window, as a host reads, compares and rebuilds them.</summary>
public sealed class AlternativeWindowsTests
{
    private static readonly FollowUpReason Because = new(RuleId.Parse("PHN-02"), "Call in the morning.");
    private static readonly Instant Monday9 = Instant.FromUtc(2026, 3, 9, 9, 0);

    private static CallWindow Window(int dayOffset, int hours = 2) =>
        new(Monday9 + Duration.FromDays(dayOffset), Monday9 + Duration.FromDays(dayOffset) + Duration.FromHours(hours), Offset.Zero, Offset.Zero, CallWindowQuality.Preferred, null, null);

    private static AlternativeWindows Alternatives(params CallWindow[] alternatives) =>
        new NextAction.Call(CaseBuilder.Jane, "+44 20 7946 0001", CallNumberKind.DirectLine, Window(0), alternatives, VoicemailPlan.LeaveMessage, null, GatekeeperPlan.AskToBePutThrough, null, false, null, false, false, [Because]).Alternatives;

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    public void Indexer_OutsideTheAlternatives_ThrowsNamingTheIndexAndTheCount(int index)
    {
        var alternatives = Alternatives(Window(1), Window(2));

        var read = () => alternatives[index];

        read.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(index)).WithMessage("The call has 2 alternative windows.*")
            .Which.ActualValue.Should().Be(index);
    }

    [Fact]
    public void Indexer_OneAlternative_ReadsItAndRejectsASecond()
    {
        var alternatives = Alternatives(Window(1));

        alternatives[0].Should().Be(Window(1));
        var second = () => alternatives[1];
        second.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The call has 1 alternative windows.*");
    }

    [Fact]
    public void ToString_TwoAlternatives_SeparatesThemWithASemicolon()
    {
        var alternatives = Alternatives(Window(1), Window(2));

        alternatives.ToString().Should().Be(Window(1) + "; " + Window(2));
        AlternativeWindows.None.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Equality_SameWindowsInTheSameOrder_AreEqualWithEqualHashes()
    {
        var one = Alternatives(Window(1), Window(2));
        var same = Alternatives(Window(1), Window(2));
        var other = Alternatives(Window(1), Window(3));
        var shorter = Alternatives(Window(1));

        (one == same).Should().BeTrue();
        (one != same).Should().BeFalse();
        one.GetHashCode().Should().Be(same.GetHashCode());
        (one != other).Should().BeTrue();
        (one != shorter).Should().BeTrue();
        (shorter != AlternativeWindows.None).Should().BeTrue();
        AlternativeWindows.None.GetHashCode().Should().Be(Alternatives().GetHashCode());
    }

    [Fact]
    public void Equality_FirstWindowOrCountDiffers_AreNotEqual()
    {
        (Alternatives(Window(1)) == Alternatives(Window(2))).Should().BeFalse("a single alternative is compared too");
        (Alternatives(Window(1), Window(3)) == Alternatives(Window(2), Window(3))).Should().BeFalse("the first of two alternatives is compared too");
        (Alternatives(Window(1)) == Alternatives(Window(1), Window(3))).Should().BeFalse("a list is not equal to a longer one it begins");
    }

    [Fact]
    public void Call_AlternativeStartingBeforeTheLastOneEnds_ThrowsNamingBothWindows()
    {
        var create = () => Alternatives(Window(1, hours: 26), Window(2));

        create.Should().Throw<ArgumentException>().WithParameterName("alternatives")
            .WithMessage($"Alternative windows come after the proposed one, in order, without overlapping; {Window(2)} starts before {Window(1, hours: 26)} ends.*");
    }

    [Fact]
    public void Call_AlternativeStartingJustAsThePreviousOneEnds_IsAccepted()
    {
        // Windows are half-open: [09:00, 11:00) and [11:00, 13:00) touch without overlapping.
        var adjacent = new CallWindow(Window(1).End, Window(1).End + Duration.FromHours(2), Offset.Zero, Offset.Zero, CallWindowQuality.Preferred, null, null);

        var alternatives = Alternatives(Window(1), adjacent);

        alternatives.Should().Equal(Window(1), adjacent);
    }

    [Fact]
    public void Enumerator_Reset_IsNotSupportedAndSaysHowToStartAgain()
    {
        var enumerator = Alternatives(Window(1)).GetEnumerator();

        var reset = () => enumerator.Reset();

        reset.Should().Throw<NotSupportedException>().WithMessage("Start a new enumeration with GetEnumerator().");
    }
}
