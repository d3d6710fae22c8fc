using System.Text;
using BenchmarkDotNet.Attributes;
using FollowUpRules.Tests.Shared;

namespace FollowUpRules.Benchmarks;

/// <summary>Rendering, measured apart from deciding: the action and its reasons as text, and the call script.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private FollowUpPolicy _policy = null!;
    private FollowUpCase _case = null!;
    private NextAction _call = null!;

    [GlobalSetup]
    public void Setup()
    {
        _policy = FollowUpPolicy.Create(FollowUpProfiles.Default);
        var (cases, nows) = CaseMix.Create();
        var index = Enumerable.Range(0, cases.Length).First(i => _policy.Decide(cases[i], nows[i]) is NextAction.Call);
        _case = cases[index];
        _call = _policy.Decide(_case, nows[index]);
    }

    [Benchmark(Description = "Explain: action and reasons as text")]
    public string Explain()
    {
        var text = new StringBuilder(_call.Describe());
        foreach (var reason in _call.Reasons)
        {
            text.Append('\n').Append(reason.RuleId.Value).Append(": ").Append(reason.Explanation);
        }

        return text.ToString();
    }

    [Benchmark(Description = "Render: call script as text")]
    public string Render() => _policy.Script(_case, _call).ToText();
}
