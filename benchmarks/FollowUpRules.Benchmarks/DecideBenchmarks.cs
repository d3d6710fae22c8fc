using BenchmarkDotNet.Attributes;
using FollowUpRules.Benchmarks.Baseline;
using FollowUpRules.Tests.Shared;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// One decision of the default policy, cycling through the 1,024-case mix (see <see cref="CaseMix"/>),
/// against the same decisions written by hand (<see cref="HandWrittenDefault"/>, the baseline).
/// </summary>
[MemoryDiagnoser]
public class DecideBenchmarks
{
    private FollowUpPolicy _policy = null!;
    private FollowUpCase[] _cases = null!;
    private Instant[] _nows = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _policy = FollowUpPolicy.Create(FollowUpProfiles.Default);
        (_cases, _nows) = CaseMix.Create();
    }

    [Benchmark(Baseline = true, Description = "Hand-written default (mix)")]
    public BaselineAction HandWritten()
    {
        var i = _next = (_next + 1) & 1023;
        return HandWrittenDefault.Decide(_cases[i], _nows[i]);
    }

    [Benchmark(Description = "Decide (default policy, mix)")]
    public NextAction Decide()
    {
        var i = _next = (_next + 1) & 1023;
        return _policy.Decide(_cases[i], _nows[i]);
    }
}
