namespace FollowUpRules.Json.Tests;

/// <summary>The example documents shipped in docs/examples.</summary>
internal static class Examples
{
    public static string Directory { get; } = Find();

    public static IEnumerable<string> Cases => System.IO.Directory.EnumerateFiles(Directory, "*.json").Where(f => !f.EndsWith("profile.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("No repository root above " + AppContext.BaseDirectory), "docs", "examples");
    }
}
