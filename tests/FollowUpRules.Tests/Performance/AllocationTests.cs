using FluentAssertions;
using FollowUpRules.Tests.Shared;

namespace FollowUpRules.Tests.Performance;

/// <summary>
/// The allocation guard: allocation counts are deterministic where timings are not, so a change that
/// makes deciding allocate more fails here, in CI, instead of in a vendor's nightly batch.
/// </summary>
public sealed class AllocationTests
{
    /// <summary>The most bytes one decision may allocate: the returned action and nothing else.</summary>
    public const long BytesPerDecision = 160;

    [Fact]
    public void Decide_TenThousandCasesAfterWarmUp_AllocatesAtMostTheActionPerDecision()
    {
        var policy = FollowUpPolicy.Create(FollowUpProfiles.Default);
        var (cases, nows) = CaseMix.Create();
        for (var i = 0; i < cases.Length; i++)
        {
            policy.Decide(cases[i], nows[i]);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            policy.Decide(cases[i & 1023], nows[i & 1023]);
        }

        var perDecision = (GC.GetAllocatedBytesForCurrentThread() - before) / 10_000.0;
        perDecision.Should().BeLessThanOrEqualTo(BytesPerDecision, "deciding allocates only the NextAction it returns");
    }
}
