using FluentAssertions;
using FollowUpRules.Benchmarks.Baseline;

namespace FollowUpRules.PropertyTests;

/// <summary>
/// The Decide benchmark's hand-written baseline against the default policy beyond the benchmark mix:
/// generated cases in 25 zones, with several ranges a day, holidays, days away, hectic periods,
/// agencies and histories of every kind, all decided under the default profile.
/// </summary>
public sealed class BaselineEquivalenceTests(ITestOutputHelper output)
{
    [Fact]
    public void HandWrittenDefault_GeneratedCasesUnderTheDefaultProfile_GivesThePolicysAction()
    {
        PropertyRun.Check(output, "baseline equals the default policy", sample =>
        {
            var policy = Projection.Of(FollowUpPolicy.Default.Decide(sample.Case, sample.Now));
            var baseline = HandWrittenDefault.Decide(sample.Case, sample.Now).Describe(sample.Case);

            baseline.Should().Be(policy, sample.ToString());
        });
    }
}
