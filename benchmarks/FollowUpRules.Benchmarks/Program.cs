using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>
/// Runs the suite. Examples:
/// <c>dotnet run -c Release --project benchmarks/FollowUpRules.Benchmarks -- --filter '*' --job Short</c> (the recorded run),
/// <c>-- --filter '*Decide*'</c> (one class), <c>-- --filter '*' --job Dry --inProcess</c> (the CI smoke: each benchmark once),
/// <c>-- cold-start</c> (the first decision in this fresh process, time-zone data included),
/// <c>-- profile-decide 20</c> (decides the case mix for 20 seconds, for a profiler such as
/// <c>perf record</c> with <c>DOTNET_PerfMapEnabled=1</c>), <c>-- profile-decide 50x</c> (the mix
/// 50 times over: a fixed amount of work, for counting instructions with <c>valgrind --tool=callgrind</c>),
/// <c>-- profile-baseline 50x</c> (the same for the hand-written baseline).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["cold-start"])
        {
            ColdStart();
            return;
        }

        if (args is ["profile-decide", var amount])
        {
            ProfileDecide(amount, baseline: false);
            return;
        }

        if (args is ["profile-baseline", var baselineAmount])
        {
            ProfileDecide(baselineAmount, baseline: true);
            return;
        }

        if (args is ["quick-ratio", var rounds])
        {
            QuickRatio(int.Parse(rounds, CultureInfo.InvariantCulture));
            return;
        }

        RunSuite(args);
    }

    /// <summary>
    /// Runs BenchmarkDotNet, in its own method: compiling <see cref="Main"/> must not load
    /// BenchmarkDotNet, or the cold start would include loading it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunSuite(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

    private static void ProfileDecide(string amount, bool baseline)
    {
        var passes = amount.EndsWith('x') ? int.Parse(amount[..^1], CultureInfo.InvariantCulture) : int.MaxValue;
        var seconds = amount.EndsWith('x') ? double.MaxValue : double.Parse(amount, CultureInfo.InvariantCulture);
        var policy = FollowUpPolicy.Create(FollowUpProfiles.Default);
        var (cases, nows) = Tests.Shared.CaseMix.Create();
        var watch = Stopwatch.StartNew();
        long decisions = 0;
        for (var pass = 0; pass < passes && watch.Elapsed.TotalSeconds < seconds; pass++)
        {
            for (var i = 0; i < cases.Length; i++)
            {
                if (baseline)
                {
                    Baseline.HandWrittenDefault.Decide(cases[i], nows[i]);
                }
                else
                {
                    policy.Decide(cases[i], nows[i]);
                }
            }

            decisions += cases.Length;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{decisions} decisions, {watch.Elapsed.TotalMilliseconds * 1e6 / decisions:F0} ns each"));
    }

    /// <summary>Decide against the baseline, interleaved in short turns (a quick check between edits, not a recorded figure).</summary>
    private static void QuickRatio(int rounds)
    {
        var policy = FollowUpPolicy.Create(FollowUpProfiles.Default);
        var (cases, nows) = Tests.Shared.CaseMix.Create();
        double decide = 0, baseline = 0;
        var ratios = new List<double>();
        long bytes = 0;
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var pass = 0; pass < 200; pass++)
            {
                for (var i = 0; i < cases.Length; i++)
                {
                    Baseline.HandWrittenDefault.Decide(cases[i], nows[i]);
                }
            }

            var b = watch.Elapsed.TotalMilliseconds;
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            watch.Restart();
            for (var pass = 0; pass < 200; pass++)
            {
                for (var i = 0; i < cases.Length; i++)
                {
                    policy.Decide(cases[i], nows[i]);
                }
            }

            var d = watch.Elapsed.TotalMilliseconds;
            bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            if (round > 0)
            {
                baseline += b;
                decide += d;
                ratios.Add(d / b);
            }
        }

        var per = 1e6 / (200.0 * cases.Length * (rounds - 1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline {baseline * per:F0} ns, decide {decide * per:F0} ns, ratio {decide / baseline:F3}, median of the rounds' ratios {Median(ratios):F3}, {bytes / (200.0 * cases.Length):F2} B per decision in the last round"));
    }

    /// <summary>The middle of <paramref name="values"/>: on a shared machine one disturbed round moves a mean, not a median.</summary>
    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private static void ColdStart()
    {
        var watch = Stopwatch.StartNew();
        var followUp = new FollowUpCase
        {
            Interview = new Interview
            {
                At = Instant.FromUtc(2026, 3, 5, 10, 0),
                Role = "Data Analyst",
                Company = "Northwind",
                Interviewers = [new Interviewer { Name = "Jane Smith", DirectLine = "+44 20 7946 0001" }],
            },
            Office = new EmployerOffice { TimeZoneId = "Europe/London" },
            Candidate = new Candidate { Name = "Alex Doe" },
        };
        var action = FollowUpPolicy.Default.Decide(followUp, Instant.FromUtc(2026, 3, 10, 9, 0));
        watch.Stop();

        // Read after the decision: DateTime.Now reads the clock first, then loads the local time zone.
        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.WriteLine(action.Describe());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cold start: first decision took {watch.Elapsed.TotalMilliseconds:F1} ms (policy built, tzdb loaded); {sinceStart.TotalMilliseconds:F0} ms since the process started"));
    }
}
