using System.Diagnostics;
using System.Globalization;
using System.Text;
using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Json.Tests.Fuzzing;

/// <summary>
/// 10,000 mutations of the example documents (cases, profiles and decisions) go through the reader
/// and, when they still read, through the policy. The only exceptions that may escape are the
/// documented ones: <see cref="FollowUpJsonException"/> from the reader, and
/// <see cref="InvalidCaseException"/> or <see cref="InvalidProfileException"/> from the policy.
/// Every document is handled in bounded time and memory.
/// </summary>
public sealed class HostileDocumentTests(ITestOutputHelper output)
{
    /// <summary>10,000 by default (what CI runs); FOLLOWUP_FUZZ_COUNT changes it for a longer local run.</summary>
    private static readonly int Documents = FromEnvironment("FOLLOWUP_FUZZ_COUNT", 10_000);

    /// <summary>Printed with the results; FOLLOWUP_FUZZ_SEED replays or varies it.</summary>
    private static readonly int Seed = FromEnvironment("FOLLOWUP_FUZZ_SEED", 20261122);

    /// <summary>No single document may take longer than this (a hang or a quadratic blow-up would).</summary>
    private static readonly TimeSpan PerDocument = TimeSpan.FromSeconds(2);

    /// <summary>No single document may allocate more than this.</summary>
    private const long PerDocumentBytes = 64L * 1024 * 1024;

    private enum Kind
    {
        Case,
        Profile,
        Decision,
    }

    private static readonly FollowUpCase Reference = FollowUpJson.ReadCase(Examples.Read("first-follow-up.json"));

    private static List<(string Name, Kind Kind, byte[] Document)> Seeds()
    {
        var seeds = new List<(string, Kind, byte[])>();
        foreach (var path in Examples.Cases)
        {
            var text = File.ReadAllText(path);
            seeds.Add((Path.GetFileName(path), Kind.Case, Encoding.UTF8.GetBytes(text)));
            var followUp = FollowUpJson.ReadCase(text);
            var now = followUp.Interview.At + Duration.FromDays(10);
            foreach (var attempt in followUp.Attempts)
            {
                now = attempt.At > now ? attempt.At : now;
            }

            var action = FollowUpPolicy.Default.Decide(followUp, now);
            var decision = FollowUpJson.WriteDecision(action, now, FollowUpPolicy.Default.Script(followUp, action));
            seeds.Add(("decision for " + Path.GetFileName(path), Kind.Decision, Encoding.UTF8.GetBytes(decision)));
        }

        seeds.Add(("custom-profile.json", Kind.Profile, Encoding.UTF8.GetBytes(Examples.Read("custom-profile.json"))));
        foreach (var profile in FollowUpProfiles.All)
        {
            seeds.Add(("profile " + profile.Name, Kind.Profile, Encoding.UTF8.GetBytes(FollowUpJson.WriteProfile(profile))));
        }

        return seeds;
    }

    [Fact]
    public void Read_TenThousandMutatedDocuments_OnlyTheDocumentedExceptionsEscapeInBoundedTimeAndMemory()
    {
        var seeds = Seeds();
        var random = new Random(Seed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {Seed}"));
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var slowest = TimeSpan.Zero;
        var mostBytes = 0L;
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var total = Stopwatch.StartNew();

        for (var n = 0; n < Documents; n++)
        {
            var (name, kind, original) = seeds[random.Next(seeds.Count)];
            var (description, document) = JsonMutator.Mutate(random, name, original);
            var label = string.Create(CultureInfo.InvariantCulture, $"document {n} ({description})");

            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            string outcome;
            try
            {
                outcome = Feed(kind, document);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"{label} let {error.GetType().Name} escape: {error.Message}\n{JsonMutator.Show(document)}", error);
            }

            clock.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            clock.Elapsed.Should().BeLessThan(PerDocument, label);
            allocated.Should().BeLessThan(PerDocumentBytes, label);
            slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            mostBytes = Math.Max(mostBytes, allocated);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Documents} documents (seed {Seed}, replay with FOLLOWUP_FUZZ_SEED={Seed}) in {total.Elapsed.TotalSeconds:0.0} s; slowest {slowest.TotalMilliseconds:0.0} ms; most allocated {mostBytes / 1024} KiB; retained afterwards {retained / 1024} KiB"));
        foreach (var (outcome, count) in outcomes.OrderByDescending(o => o.Value))
        {
            output.WriteLine($"{count,6}  {outcome}");
        }

        retained.Should().BeLessThan(16L * 1024 * 1024, "reading documents keeps nothing alive");
        outcomes.Keys.Should().Contain(k => k.StartsWith("rejected", StringComparison.Ordinal), "most mutations are rejected");
        outcomes.Keys.Should().Contain(k => k.StartsWith("read", StringComparison.Ordinal), "some mutations still read, and go on to the policy");
    }

    private static int FromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    /// <summary>Feeds one document through the reader and, when it reads, the policy; returns what happened.</summary>
    private static string Feed(Kind kind, byte[] document)
    {
        var text = Encoding.UTF8.GetString(document);
        try
        {
            FollowUpJson.Detect(text);
        }
        catch (FollowUpJsonException)
        {
            // Detection failing is fine; reading must still fail or succeed cleanly.
        }

        try
        {
            switch (kind)
            {
                case Kind.Case:
                    return Decide(FollowUpJson.ReadCase(document));
                case Kind.Profile:
                    return Build(FollowUpJson.ReadProfile(text));
                default:
                    var action = FollowUpJson.ReadDecision(text);
                    _ = action.Describe();
                    return "read: decision " + action.Kind;
            }
        }
        catch (FollowUpJsonException error)
        {
            error.Problems.Should().NotBeEmpty().And.OnlyContain(p => p.Path.StartsWith('$'));
            error.Message.Should().Contain(error.Path);
            return "rejected by the reader";
        }
    }

    private static string Decide(FollowUpCase followUp)
    {
        var now = followUp.Interview.At;
        foreach (var attempt in followUp.Attempts)
        {
            now = attempt.At > now ? attempt.At : now;
        }

        now = now <= Instant.MaxValue - Duration.FromDays(30) ? now + Duration.FromDays(3) : now;
        try
        {
            var action = FollowUpPolicy.Default.Decide(followUp, now);
            _ = FollowUpPolicy.Default.Script(followUp, action).ToText();
            _ = FollowUpJson.WriteDecision(action, now);
            return "read: case decided, " + action.Kind;
        }
        catch (InvalidCaseException error)
        {
            error.Problems.Should().NotBeEmpty();
            return "read: case rejected by the policy";
        }
    }

    private static string Build(FollowUpProfile profile)
    {
        try
        {
            var policy = FollowUpPolicy.Create(profile);
            var action = policy.Decide(Reference, Reference.Interview.At + Duration.FromDays(10));
            return "read: profile built, " + action.Kind;
        }
        catch (InvalidProfileException error)
        {
            error.Problems.Should().NotBeEmpty();
            return "read: profile rejected by the policy";
        }
    }
}
