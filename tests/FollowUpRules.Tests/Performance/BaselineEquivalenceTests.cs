using FluentAssertions;
using FollowUpRules.Benchmarks.Baseline;
using FollowUpRules.Tests.Shared;

namespace FollowUpRules.Tests.Performance;

/// <summary>
/// The Decide benchmark's ratio compares the policy with <see cref="HandWrittenDefault"/>; these
/// tests hold the two to the same actions, so the ratio compares equal work.
/// </summary>
public sealed class BaselineEquivalenceTests
{
    [Fact]
    public void Decide_EveryCaseOfTheMix_HandWrittenBaselineGivesThePolicysAction()
    {
        var (cases, nows) = CaseMix.Create();

        var mismatches = new List<string>();
        for (var i = 0; i < cases.Length; i++)
        {
            var policy = Projection.Of(FollowUpPolicy.Default.Decide(cases[i], nows[i]));
            var baseline = HandWrittenDefault.Decide(cases[i], nows[i]).Describe(cases[i]);
            if (policy != baseline)
            {
                mismatches.Add($"case {i} ({CaseMix.Categories[i % CaseMix.Categories.Length]}): policy '{policy}', baseline '{baseline}'");
            }
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Decide_TheMix_ComparesCallsWithThreeWindowsWaitsAndEmails()
    {
        var (cases, nows) = CaseMix.Create();

        var projections = cases.Select((c, i) => HandWrittenDefault.Decide(c, nows[i]).Describe(c)).ToList();

        projections.Should().Contain(p => p.StartsWith("call ", StringComparison.Ordinal) && p.Split(';').Length >= 4, "calls carry a window and two alternatives");
        projections.Should().Contain(p => p.StartsWith("wait until ", StringComparison.Ordinal));
        projections.Should().Contain(p => p.StartsWith("email ", StringComparison.Ordinal));
        projections.Distinct().Should().HaveCountGreaterThan(100, "the comparison is over many different actions, not a few repeated ones");
    }
}
