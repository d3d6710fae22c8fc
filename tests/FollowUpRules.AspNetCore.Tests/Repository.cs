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
