using FollowUpRules.Json;
using NodaTime;

namespace FollowUpRules.Calendar.Tests;

/// <summary>The repository's files: the example cases under docs/examples and the docs themselves.</summary>
internal static class Examples
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Gets docs/examples/first-follow-up.json: Jane Smith, Senior Data Analyst at Northwind Traders, London.</summary>
    public static FollowUpCase FirstFollowUp => FollowUpJson.ReadCase(File.ReadAllText(Path.Combine(Root, "docs", "examples", "first-follow-up.json")));

    /// <summary>A call to Jane Smith's direct line in <paramref name="window"/>, for tests that need a window the engine would not choose.</summary>
    public static NextAction.Call CallIn(CallWindow window) =>
        new(FollowUpRules.Tests.Fixtures.CaseBuilder.Jane, "+44 20 7946 0001", CallNumberKind.DirectLine, window, [], VoicemailPlan.LeaveMessage, null, GatekeeperPlan.AskToBePutThrough, null, false, null, false, false, []);

    /// <summary>Gets the instant of the README's example decision: Tuesday 10 March 2026, 09:00 UTC.</summary>
    public static Instant TenthOfMarch => Instant.FromUtc(2026, 3, 10, 9, 0);
}
