using System.Text.RegularExpressions;
using System.Text;
using FluentAssertions;
using FollowUpRules.Catalogue;

namespace FollowUpRules.Tests.Docs;

/// <summary>
/// docs/rules.md maps every rule ID to the strategies implementing it, the built-in profiles using it
/// and the tests citing it. It is generated from the code and the tests; this test fails when it is
/// stale. Regenerate with: UPDATE_DOCS=1 dotnet test --filter RulesDocument
/// </summary>
public sealed partial class RulesDocumentTests
{
    [Fact]
    public void RulesDocument_IsUpToDateWithTheCodeAndTests()
    {
        var root = RepositoryRoot();
        var path = Path.Combine(root, "docs", "rules.md");
        var expected = Generate(root);

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        File.Exists(path).Should().BeTrue("docs/rules.md must exist; run UPDATE_DOCS=1 dotnet test --filter RulesDocument");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(expected, "docs/rules.md is generated; run UPDATE_DOCS=1 dotnet test --filter RulesDocument");
    }

    [Fact]
    public void EveryCatalogueRule_HasAStrategyAndATest()
    {
        var root = RepositoryRoot();
        var tests = TestsByRule(root);

        foreach (var rule in SourceRules.All)
        {
            (RuleUsage.Strategies(rule.Id).Count > 0 || RuleUsage.IsAppliedByThePolicy(rule.Id))
                .Should().BeTrue($"{rule.Id} needs a strategy, or the policy itself must give it");
            tests.GetValueOrDefault(rule.Id.Value).Should().NotBeNullOrEmpty($"{rule.Id} needs a test citing it");
        }
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }

    private static Dictionary<string, List<string>> TestsByRule(string root)
    {
        var result = new Dictionary<string, List<string>>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var className = ClassName().Match(text).Groups[1].Value;
            foreach (Match method in TestMethod().Matches(text))
            {
                foreach (Match trait in RuleTrait().Matches(method.Groups[1].Value))
                {
                    var id = trait.Groups[1].Value;
                    if (!result.TryGetValue(id, out var list))
                    {
                        result[id] = list = [];
                    }

                    list.Add(className + "." + method.Groups[2].Value);
                }
            }
        }

        return result;
    }

    private static string Generate(string root)
    {
        var tests = TestsByRule(root);
        var text = new StringBuilder();
        text.Append("# Rules\n\n");
        text.Append("Every rule of the five articles, and the library's own FUR rules, with the strategy that implements it,\n");
        text.Append("the built-in profiles that apply it, and the tests that fail if it breaks. Each rule is paraphrased; the\n");
        text.Append("articles are cited by ID and title. This file is generated from the code and the tests\n");
        text.Append("(`UPDATE_DOCS=1 dotnet test --filter RulesDocument`); a test fails when it is out of date.\n\n");
        text.Append("Run the tests of one rule with `dotnet test --filter Rule=PHN-02`.\n\n");
        foreach (var article in SourceArticle.Articles.Append(SourceArticle.Library))
        {
            text.Append("## ").Append(article.Key).Append(": ").Append(article.Title).Append("\n\n");
            text.Append(article.Stance).Append("\n\n");
            text.Append("| ID | Rule | Strategy | Profiles | Tests |\n| --- | --- | --- | --- | --- |\n");
            foreach (var rule in SourceRules.All.Where(r => r.Article == article))
            {
                var implementing = RuleUsage.Strategies(rule.Id).Select(d => "`" + d.Name + "`")
                    .Concat(RuleUsage.IsAppliedByThePolicy(rule.Id) ? ["`FollowUpPolicy`"] : Array.Empty<string>());
                var profiles = RuleUsage.Profiles(rule.Id).Select(p => p.Name);
                var citing = tests.GetValueOrDefault(rule.Id.Value) ?? [];
                text.Append("| ").Append(rule.Id).Append(" | ").Append(rule.Summary)
                    .Append(" | ").Append(string.Join(", ", implementing))
                    .Append(" | ").Append(string.Join(", ", profiles))
                    .Append(" | ").Append(string.Join("<br>", citing.Distinct().Select(t => "`" + t + "`")))
                    .Append(" |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    [GeneratedRegex(@"public sealed (?:partial )?class (\w+)")]
    private static partial Regex ClassName();

    [GeneratedRegex(@"((?:\s*\[(?:Fact|Theory|Trait|InlineData|MemberData)[^\]]*\])+)\s*public (?:async Task|void) (\w+)\(")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"Trait\(""Rule"", ""([A-Z]+-[0-9]+)""\)")]
    private static partial Regex RuleTrait();
}
