using FluentAssertions;

namespace FollowUpRules.Tests;

public sealed class ReasonListTests
{
    private static readonly FollowUpReason Morning = new(RuleId.Parse("PHN-02"), "Call in the morning.");
    private static readonly FollowUpReason MorningAgain = new(RuleId.Parse("PHN-02"), "Mornings, as the same article says elsewhere.");
    private static readonly FollowUpReason Wait = new(RuleId.Parse("ETQ-06"), "Wait a few days.");

    private static FollowUpReason[] Many(int count) =>
        Enumerable.Range(1, count).Select(i => new FollowUpReason(RuleId.Parse("HOST-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), "Reason " + i)).ToArray();

    [Fact]
    public void Empty_HasNoReasons()
    {
        ReasonList.Empty.IsEmpty.Should().BeTrue();
        ReasonList.Empty.Count.Should().Be(0);
        ReasonList.Create([Wait]).IsEmpty.Should().BeFalse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(100)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(192)]
    [InlineData(300)]
    public void Create_AnyCountBelowOrPast128_KeepsEveryReasonInOrder(int count)
    {
        var reasons = Many(count);

        var list = ReasonList.Create(reasons);

        list.Count.Should().Be(count);
        list.Should().Equal(reasons);
        list[count - 1].Should().Be(reasons[^1]);
        list.Contains(reasons[^1]).Should().BeTrue();
        list.Contains(reasons[^1].RuleId).Should().BeTrue();
        list.IsEmpty.Should().BeFalse();
        list.Equals(ReasonList.Create(reasons)).Should().BeTrue("a list equals another with the same reasons in order");
        list.Equals(ReasonList.Create(reasons.Take(count - 1))).Should().BeFalse("the last reason counts, wherever it lies");
    }

    [Fact]
    public void Contains_ReasonOrRuleIdNotHeld_IsFalse()
    {
        var list = ReasonList.Create([Morning]);

        list.Contains(Wait).Should().BeFalse();
        list.Contains(Wait.RuleId).Should().BeFalse();
        list.Contains(MorningAgain).Should().BeFalse("a reason is its rule ID and its explanation");
        list.Contains(MorningAgain.RuleId).Should().BeTrue();
    }

    [Fact]
    public void CitedRuleIds_TwoReasonsOfOneRule_ListTheIdOnce()
    {
        ReasonList.Create([Morning, Wait, MorningAgain]).CitedRuleIds().Should().Equal(Morning.RuleId, Wait.RuleId);
    }

    [Fact]
    public void Equality_SameReasonsInSameOrder_AreEqual()
    {
        var list = ReasonList.Create([Morning, Wait]);

        (list == ReasonList.Create([Morning, Wait])).Should().BeTrue();
        (list != ReasonList.Create([Morning, Wait])).Should().BeFalse();
        (list != ReasonList.Create([Wait])).Should().BeTrue();
        list.GetHashCode().Should().Be(ReasonList.Create([Morning, Wait]).GetHashCode());
        list.Equals((object)ReasonList.Create([Morning, Wait])).Should().BeTrue();
    }

    [Fact]
    public void Enumerator_CurrentBeforeMoveNext_Throws()
    {
        var enumerator = ReasonList.Create([Morning]).GetEnumerator();

        var current = () => enumerator.Current;

        current.Should().Throw<InvalidOperationException>().WithMessage("The enumerator is not on a reason.");
    }

    [Fact]
    public void Enumerator_Reset_IsNotSupported()
    {
        var enumerator = ReasonList.Create([Morning]).GetEnumerator();

        var reset = () => enumerator.Reset();

        reset.Should().Throw<NotSupportedException>().WithMessage("Start a new enumeration with GetEnumerator().");
    }
}

public sealed class RuleIdTests
{
    [Fact]
    public void Default_HasEmptyValueAndPrefix()
    {
        default(RuleId).Value.Should().BeEmpty();
        default(RuleId).Prefix.Should().BeEmpty();
        RuleId.Parse("PHN-02").Prefix.Should().Be("PHN");
    }

    [Fact]
    public void Operators_CompareOrdinally()
    {
        var a = RuleId.Parse("CBR-02");
        var b = RuleId.Parse("PHN-02");

        (a < b).Should().BeTrue();
        (b < a).Should().BeFalse();
        (a < RuleId.Parse("CBR-02")).Should().BeFalse();
        (b > a).Should().BeTrue();
        (a > b).Should().BeFalse();
        (a > RuleId.Parse("CBR-02")).Should().BeFalse();
        (a <= RuleId.Parse("CBR-02")).Should().BeTrue();
        (b <= a).Should().BeFalse();
        (a >= RuleId.Parse("CBR-02")).Should().BeTrue();
        (a >= b).Should().BeFalse();
        (a != b).Should().BeTrue();
        (a != RuleId.Parse("CBR-02")).Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P-02")]
    [InlineData("phn-02")]
    [InlineData("PHN-")]
    [InlineData("2HN-02")]
    [InlineData("PHN-1234567890123")]
    public void TryParse_Malformed_IsFalse(string? text)
    {
        RuleId.TryParse(text, out var id).Should().BeFalse();
        id.Should().Be(default(RuleId));
    }
}
