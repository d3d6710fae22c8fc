using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Strategies.Windows;

namespace FollowUpRules.Tests.Catalogue;

public sealed class CatalogueTests
{
    [Fact]
    public void SourceRules_HoldsTheFiftySixArticleRules()
    {
        SourceRules.Articles.Should().HaveCount(56);
        SourceRules.Articles.GroupBy(r => r.Article.Key).Select(g => (g.Key, g.Count()))
            .Should().Equal(("ETQ", 12), ("EML", 5), ("PHN", 11), ("RCR", 20), ("CBR", 8));
    }

    [Fact]
    public void SourceRules_MatchesTheSharedCatalogue()
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "SOURCE-RULES.md");
        if (!File.Exists(path))
        {
            Assert.Skip("The shared catalogue is not next to this checkout.");
        }

        var ids = File.ReadLines(path)
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, "^- ((ETQ|EML|PHN|RCR|CBR)-[0-9]{2}) "))
            .Where(m => m.Success).Select(m => m.Groups[1].Value);

        SourceRules.Articles.Select(r => r.Id.Value).Should().Equal(ids);
    }

    [Fact]
    public void EveryArticleRule_IsImplementedByAStrategyOfABuiltInPolicy()
    {
        var implemented = FollowUpProfiles.All.SelectMany(p => FollowUpPolicy.Create(p).Strategies.RuleIds).ToHashSet();

        SourceRules.Articles.Select(r => r.Id).Where(id => !implemented.Contains(id)).Should().BeEmpty();
    }

    [Theory]
    [InlineData("PHN-02", true)]
    [InlineData("ACME-FRIDAYS", true)]
    [InlineData("A-1", false)]
    [InlineData("phn-02", false)]
    [InlineData("PHN02", false)]
    [InlineData("PHN-", false)]
    [InlineData("-02", false)]
    [InlineData("PHN-02 ", false)]
    [InlineData("AB-1", true)]
    [InlineData("ABCDEFGHIJ-1", true)]
    [InlineData("ABCDEFGHIJK-1", false)]
    [InlineData("AB-123456789012", true)]
    [InlineData("AB-1234567890123", false)]
    [InlineData("ZZ-9", true)]
    [InlineData("AZ-Z9", true)]
    [InlineData("1B-01", false)]
    [InlineData("A[-01", false)]
    public void RuleId_TryParse_AcceptsOnlyWellFormedIds(string text, bool ok)
    {
        RuleId.TryParse(text, out var id).Should().Be(ok);
        if (ok)
        {
            id.Value.Should().Be(text);
        }
    }

    [Fact]
    public void RuleId_Parse_ExplainsTheFormat()
    {
        var parse = () => RuleId.Parse("nope");

        parse.Should().Throw<FormatException>().WithMessage("'nope' is not a rule ID; a rule ID is 2-10 upper-case letters or digits starting with a letter, a hyphen, then 1-12 upper-case letters or digits, such as PHN-02.");
    }

    [Fact]
    public void ReasonList_FromDifferentCataloguesWithTheSameReasons_IsEqual()
    {
        var a = ReasonList.Create([FirstCallDelay.PhnWait, LunchBlackout.Lunch]);
        var b = ReasonList.Create([FirstCallDelay.PhnWait, LunchBlackout.Lunch]);

        a.Equals(b).Should().BeTrue();
        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.ToString().Should().Be("[PHN-02, ETQ-06]");
        a.Count.Should().Be(2);
        a[1].Should().Be(LunchBlackout.Lunch);
        (a == ReasonList.Create([LunchBlackout.Lunch, FirstCallDelay.PhnWait])).Should().BeFalse("order is part of a reason list");
    }

    [Fact]
    public void ReasonList_IndexOutOfRange_Throws()
    {
        var read = () => ReasonList.Create([FirstCallDelay.PhnWait])[1];

        read.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FollowUpReason_WithoutExplanation_IsRejected()
    {
        var create = () => new FollowUpReason(RuleIds.Phn02, " ");

        create.Should().Throw<ArgumentException>().WithMessage("Reason for PHN-02 needs an explanation.*");
    }

    [Fact]
    public void SourceRules_Get_AnIdOutsideTheCatalogue_ThrowsNamingItAndTheRanges()
    {
        var get = () => SourceRules.Get(RuleId.Parse("ETQ-13"));

        get.Should().Throw<KeyNotFoundException>().WithMessage(
            "Rule 'ETQ-13' is not in the catalogue; catalogued IDs run ETQ-01..12, EML-01..05, PHN-01..11, RCR-01..20, CBR-01..08 and FUR-01..16.");
        SourceRules.TryGet(RuleId.Parse("ETQ-13"), out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Fact]
    public void ToString_ArticleAndRule_GiveKeyAndTitleOrIdAndSummary()
    {
        var rule = SourceRules.Get(RuleIds.Phn02);

        SourceArticle.Phn.ToString().Should().Be("PHN: Post-Interview: Following Up with a Phone Call");
        rule.ToString().Should().Be("PHN-02: " + rule.Summary);
        rule.Summary.Should().NotBeNullOrWhiteSpace();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FollowUpRules.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}
