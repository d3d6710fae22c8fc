using System.Reflection;
using FluentAssertions;

namespace FollowUpRules.PublicApi.Tests;

/// <summary>
/// Each package's public surface, written to docs/api/&lt;package&gt;.txt. A change to the surface
/// fails here until the file is updated on purpose: run
/// <c>UPDATE_API=1 dotnet test tests/FollowUpRules.PublicApi.Tests -c Release</c> and commit the diff.
/// </summary>
public sealed class PublicApiTests
{
    public static TheoryData<string> Packages => new()
    {
        "FollowUpRules",
        "FollowUpRules.Json",
        "FollowUpRules.Extensions.DependencyInjection",
        "FollowUpRules.Testing",
        "FollowUpRules.Calendar",
        "FollowUpRules.AspNetCore",
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void PublicApi_MatchesTheSnapshotInDocsApi(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var actual = PublicApiWriter.Write(assembly);
        var path = Path.Combine(RepositoryRoot(), "docs", "api", assemblyName + ".txt");

        if (Environment.GetEnvironmentVariable("UPDATE_API") == "1")
        {
            File.WriteAllText(path, actual);
        }

        File.Exists(path).Should().BeTrue($"the snapshot {path} must exist; run UPDATE_API=1 dotnet test tests/FollowUpRules.PublicApi.Tests -c Release");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        actual.Should().Be(expected, $"the public API of {assemblyName} changed; if on purpose, run UPDATE_API=1 dotnet test tests/FollowUpRules.PublicApi.Tests -c Release and commit docs/api");
    }

    [Fact]
    public void PublicApi_Core_ListsTheDesignCardsTypes()
    {
        var surface = PublicApiWriter.Write(typeof(FollowUpPolicy).Assembly);

        surface.Should().Contain("interface FollowUpRules.IFollowUpPolicy")
            .And.Contain("readonly struct FollowUpRules.CallWindow")
            .And.Contain("sealed class FollowUpRules.ContactAttempt")
            .And.Contain("abstract class FollowUpRules.NextAction")
            .And.Contain("    public NextAction Decide(FollowUpCase followUpCase, NodaTime.Instant now)");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
