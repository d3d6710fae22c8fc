using FluentAssertions;
using FollowUpRules.Engine;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// The set of reasons a decision cites, numbered by the policy's catalogue. Policies with many host
/// strategies number their reasons past 64 and past 128, where the set keeps its bits in a second
/// word and then in an array; each operation must agree with a plain set of numbers there too.
/// </summary>
public sealed class ReasonBitsTests
{
    /// <summary>Reason numbers on both sides of each word's edges: 0, 63, 64, 127, 128, 191, 192 and beyond.</summary>
    public static TheoryData<int[]> Sets => new()
    {
        Array.Empty<int>(),
        new[] { 0, 63 },
        new[] { 64, 127 },
        new[] { 128 },
        new[] { 191, 192, 255, 256, 300 },
        new[] { 0, 1, 63, 64, 65, 127, 128, 129, 191, 192, 320 },
        new[] { 5, 70, 200, 130 },
    };

    private static ReasonBits Of(IEnumerable<int> indexes) => indexes.Aggregate(default(ReasonBits), (bits, i) => bits.With(i));

    [Theory]
    [MemberData(nameof(Sets))]
    public void WithHasCountAndNextFrom_AnyReasonNumbers_AgreeWithAPlainSet(int[] indexes)
    {
        var bits = Of(indexes);
        var expected = new SortedSet<int>(indexes);

        bits.Count.Should().Be(expected.Count);
        bits.IsEmpty.Should().Be(expected.Count == 0);
        for (var i = 0; i <= 330; i++)
        {
            bits.Has(i).Should().Be(expected.Contains(i), "reason {0}", i);
            bits.NextFrom(i).Should().Be(expected.GetViewBetween(i, int.MaxValue).DefaultIfEmpty(-1).First(), "the first reason from {0}", i);
        }

        foreach (var index in indexes)
        {
            bits.With(index).Should().Be(bits, "citing reason {0} twice changes nothing", index);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Union_WithASetOnEveryWord_HoldsBoth(int[] indexes)
    {
        var other = new[] { 1, 64, 129, 200, 260 };

        var union = Of(indexes).Union(Of(other));

        union.Should().Be(Of(indexes.Concat(other)));
        Of(other).Union(Of(indexes)).Should().Be(union);
        union.Count.Should().Be(indexes.Concat(other).Distinct().Count());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64)]
    [InlineData(130)]
    public void FirstN_AnyCount_HoldsExactlyTheFirstReasons(int count)
    {
        var bits = ReasonBits.FirstN(count);

        bits.Should().Be(Of(Enumerable.Range(0, count)));
        bits.Count.Should().Be(count);
        bits.Has(count).Should().BeFalse();
    }

    [Fact]
    public void More_NoReasonPastThe128th_IsNull()
    {
        Of([3, 100]).More.Should().BeNull();
        Of([3, 100, 128]).More.Should().Equal(1UL);
    }

    [Theory]
    [InlineData(new[] { 1 }, new[] { 2 })]
    [InlineData(new[] { 1, 70 }, new[] { 2, 70 })]
    [InlineData(new[] { 70 }, new[] { 71 })]
    [InlineData(new[] { 1, 70 }, new[] { 1, 71 })]
    [InlineData(new[] { 1, 70, 130 }, new[] { 1, 70, 131 })]
    [InlineData(new[] { 1, 70, 130 }, new[] { 1, 70, 130, 300 })]
    [InlineData(new[] { 1, 70, 300 }, new[] { 1, 70, 130 })]
    [InlineData(new[] { 1 }, new[] { 1, 200 })]
    public void Equals_SetsThatDifferInOneWord_AreNotEqual(int[] left, int[] right)
    {
        var a = Of(left);
        var b = Of(right);

        a.Equals(b).Should().BeFalse();
        b.Equals(a).Should().BeFalse();
        a.Equals((object)b).Should().BeFalse();
    }

    [Fact]
    public void GetHashCode_EqualSetsBuiltInAnyOrder_AreEqualAndHashAlike()
    {
        var a = Of([1, 70, 130, 300]);
        var b = Of([300, 130, 70, 1]);

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals((object)"not a set").Should().BeFalse();
    }
}
