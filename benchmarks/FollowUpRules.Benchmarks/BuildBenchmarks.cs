using BenchmarkDotNet.Attributes;
using FollowUpRules.Strategies.Windows;

namespace FollowUpRules.Benchmarks;

/// <summary>Building a policy from a profile: validation, strategy selection, reason catalogue.</summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    [Benchmark(Description = "Build default policy")]
    public FollowUpPolicy BuildDefault() => FollowUpPolicy.Create(FollowUpProfiles.Default);

    [Benchmark(Description = "Build policy with builder changes")]
    public FollowUpPolicy BuildCustom() =>
        new FollowUpPolicyBuilder(FollowUpProfiles.Rcr).ConfigureProfile(p => p with { MaxAttempts = 4 }).Remove<LunchBlackout>().Build();
}
