using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FollowUpRules.Strategies;

namespace FollowUpRules.PropertyTests;

/// <summary>
/// Runs a property over generated samples with a fixed, printed seed. Set FOLLOWUP_PROPERTY_SEED to
/// "seed,gamma" (as printed on a failure) to replay, and FOLLOWUP_PROPERTY_COUNT to change the number
/// of cases (10,000 by default, the number CI runs).
/// </summary>
internal static class PropertyRun
{
    public const ulong DefaultSeed = 20261122UL;
    public const ulong DefaultGamma = 1442695040888963407UL;

    public static int Count { get; } = int.TryParse(Environment.GetEnvironmentVariable("FOLLOWUP_PROPERTY_COUNT"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count > 0 ? count : 10_000;

    public static (ulong Seed, ulong Gamma) Replay { get; } = ReadSeed();

    public static readonly IReadOnlyDictionary<string, FollowUpPolicy> Policies =
        FollowUpProfiles.All.ToDictionary(p => p.Name, FollowUpPolicy.Create);

    public static void Check(ITestOutputHelper output, string name, Action<Sample> property, int? count = null)
    {
        var cases = count ?? Count;
        output.WriteLine($"{name}: {cases} cases, seed {Replay.Seed},{Replay.Gamma} (replay with FOLLOWUP_PROPERTY_SEED=\"{Replay.Seed},{Replay.Gamma}\")");
        var samples = Arb.From(Gen.Choose(int.MinValue, int.MaxValue).Select(CaseFactory.Build));
        var config = Config.QuickThrowOnFailure.WithMaxTest(cases).WithReplay(Replay.Seed, Replay.Gamma).WithQuietOnSuccess(true);
        Prop.ForAll(samples, sample => property(sample)).Check(config);
    }

    /// <summary>Reads a case's history as the strategies of <paramref name="profile"/> see it, as of its last attempt.</summary>
    public static FollowUpHistory History(FollowUpCase followUpCase, FollowUpProfile profile)
    {
        var now = followUpCase.Attempts.Select(a => a.At).Append(followUpCase.Interview.At).Max();
        return new StrategyTrial(followUpCase, now, profile, []).History;
    }

    private static (ulong, ulong) ReadSeed()
    {
        var text = Environment.GetEnvironmentVariable("FOLLOWUP_PROPERTY_SEED");
        if (string.IsNullOrWhiteSpace(text))
        {
            return (DefaultSeed, DefaultGamma);
        }

        var parts = text.Trim('(', ')', ' ').Split(',');
        return (ulong.Parse(parts[0].Trim(), CultureInfo.InvariantCulture), ulong.Parse(parts[1].Trim(), CultureInfo.InvariantCulture));
    }
}
