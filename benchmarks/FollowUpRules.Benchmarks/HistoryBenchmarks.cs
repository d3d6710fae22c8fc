using BenchmarkDotNet.Attributes;
using FollowUpRules.Tests.Shared;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>One decision with 1, 10 and 100 attempts in the history: the cost should grow no worse than linearly.</summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    private FollowUpPolicy _policy = null!;
    private FollowUpCase _case = null!;
    private Instant _now;

    [Params(1, 10, 100)]
    public int Attempts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _policy = FollowUpPolicy.Create(FollowUpProfiles.Default);
        (_case, _now) = CaseMix.WithHistory(Attempts);
    }

    [Benchmark(Description = "Decide with history")]
    public NextAction Decide() => _policy.Decide(_case, _now);
}
