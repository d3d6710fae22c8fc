using FluentAssertions;
using FollowUpRules.Json;

namespace FollowUpRules.PropertyTests;

/// <summary>
/// One policy shared by eight threads over 10,000 generated cases: every thread gets exactly the
/// single-threaded answers, and no case is changed by being decided.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int Cases = 10_000;

    private static readonly FollowUpPolicy Policy = FollowUpPolicy.Default;

    private static Sample[] Samples() => Enumerable.Range(0, Cases).Select(i => CaseFactory.Build(unchecked(i * 7919 + 17))).ToArray();

    [Fact]
    public void Decide_OnePolicyFromEightThreads_GivesExactlyTheSingleThreadedResultsAndLeavesTheInputsAlone()
    {
        var samples = Samples();
        var snapshot = samples.Select(s => FollowUpJson.WriteCase(s.Case)).ToArray();
        var expected = samples.Select(s => Policy.Decide(s.Case, s.Now)).ToArray();
        var expectedScripts = samples.Take(1_000).Select((s, i) => Policy.Script(s.Case, expected[i]).ToString()).ToArray();

        var results = new NextAction[Threads][];
        var scripts = new string[Threads][];
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            // Each thread walks the cases from a different offset, so that threads meet on the same
            // case at different moments.
            var mine = new NextAction[Cases];
            var myScripts = new string[1_000];
            start.SignalAndWait();
            for (var k = 0; k < Cases; k++)
            {
                var i = (k + (t * Cases / Threads)) % Cases;
                mine[i] = Policy.Decide(samples[i].Case, samples[i].Now);
                if (i < 1_000)
                {
                    myScripts[i] = Policy.Script(samples[i].Case, mine[i]).ToString();
                }
            }

            results[t] = mine;
            scripts[t] = myScripts;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        for (var t = 0; t < Threads; t++)
        {
            results[t].Should().Equal(expected, "thread {0} must see the single-threaded results", t);
            scripts[t].Should().Equal(expectedScripts, "thread {0} must render the same scripts", t);
        }

        samples.Select(s => FollowUpJson.WriteCase(s.Case)).Should().Equal(snapshot, "deciding never changes a case");
        samples.Select(s => s.Case).Should().Equal(Samples().Select(s => s.Case), "the cases still equal freshly built ones");
    }

    [Fact]
    public void DecideAll_EightThreads_EqualsOneThreadCaseByCase()
    {
        var samples = Samples();
        var cases = samples.Select(s => s.Case).ToArray();
        var now = samples.Max(s => s.Now);

        var single = Policy.DecideAll(cases, now);
        var parallel = Policy.DecideAll(cases, now, Threads);

        parallel.Select(r => r.Action).Should().Equal(single.Select(r => r.Action));
        parallel.Select(r => string.Join("\n", r.Problems)).Should().Equal(single.Select(r => string.Join("\n", r.Problems)));
        single.Should().OnlyContain(r => r.Succeeded, "every generated case is valid once all its attempts are in the past");
    }
}
