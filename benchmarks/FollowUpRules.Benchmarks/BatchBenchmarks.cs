using BenchmarkDotNet.Attributes;
using FollowUpRules.Tests.Shared;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// A nightly batch: 1,000,000 cases (the 1,024-case mix repeated) decided at one "now", into a
/// preallocated result buffer, single-threaded and on every core. The ratio of the two is the
/// parallel speed-up.
/// </summary>
/// <remarks>
/// Run with server GC, as a throughput batch host should be: the batch keeps 1,000,000 actions
/// alive in its result array, and workstation GC copies them on one thread while every deciding
/// thread waits, which caps the parallel speed-up (docs/performance.md gives both figures).
/// </remarks>
[MemoryDiagnoser]
[GcServer(true)]
public class BatchBenchmarks
{
    private const int Count = 1_000_000;
    private FollowUpPolicy _policy = null!;
    private FollowUpCase[] _cases = null!;
    private BatchDecision[] _results = null!;
    private Instant _now;

    [GlobalSetup]
    public void Setup()
    {
        _policy = FollowUpPolicy.Create(FollowUpProfiles.Default);
        var (mix, nows) = CaseMix.Create();
        _cases = new FollowUpCase[Count];
        for (var i = 0; i < Count; i++)
        {
            _cases[i] = mix[i & 1023];
        }

        _now = nows.Max();
        _results = new BatchDecision[Count];
    }

    [Benchmark(Baseline = true, Description = "Batch of 1,000,000, one thread")]
    public void SingleThreaded() => _policy.DecideAll(_cases, _now, _results, maxDegreeOfParallelism: 1);

    [Benchmark(Description = "Batch of 1,000,000, all cores")]
    public void Parallel() => _policy.DecideAll(_cases, _now, _results, maxDegreeOfParallelism: Environment.ProcessorCount);
}
