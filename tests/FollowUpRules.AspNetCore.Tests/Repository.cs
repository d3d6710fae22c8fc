namespace FollowUpRules.AspNetCore.Tests;

/// <summary>Files of the repository the tests read: the docs' examples and pages.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "docs", "examples");

    public static string Example(string name) => File.ReadAllText(Path.Combine(Examples, name));

    /// <summary>Every example case (every example but the profile).</summary>
    public static IEnumerable<string> ExampleCases =>
        Directory.GetFiles(Examples, "*.json").Where(p => !p.EndsWith("custom-profile.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>
    /// docs/examples/first-follow-up.json with what the JSON contract accepts beyond the example: the
    /// editor's <c>$schema</c>, an attempt's <c>purpose</c>, an instant with an offset and no seconds,
    /// and optional fields set to null. The same case, so the same decision.
    /// </summary>
    public static string FirstFollowUpWithEveryOptionalForm { get; } = Rewrite(
        Example("first-follow-up.json"),
        ("\"schemaVersion\": 1,", "\"$schema\": \"../schema/case.schema.json\", \"schemaVersion\": 1,"),
        ("{ \"at\": \"2026-03-05T15:30:00Z\", \"channel\": \"email\" }", "{ \"at\": \"2026-03-05T16:30+01:00\", \"channel\": \"email\", \"purpose\": \"thankYou\", \"answeredBy\": null, \"status\": null }"),
        ("\"email\": \"priya.nair@example.com\" }", "\"email\": \"priya.nair@example.com\", \"agency\": null, \"linkedInContact\": null }"),
        ("\"holidays\": [\"2026-04-03\", \"2026-04-06\"]", "\"holidays\": [\"2026-04-03\", \"2026-04-06\"], \"hecticPeriods\": null"));

    /// <summary>Replaces each text once; a text the example no longer holds fails loudly rather than leaving the example as it was.</summary>
    private static string Rewrite(string json, params (string Old, string New)[] edits)
    {
        foreach (var (old, replacement) in edits)
        {
            var at = json.IndexOf(old, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException("The example no longer holds " + old + "; update Repository.FirstFollowUpWithEveryOptionalForm.");
            }

            json = string.Concat(json.AsSpan(0, at), replacement, json.AsSpan(at + old.Length));
        }

        return json;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
