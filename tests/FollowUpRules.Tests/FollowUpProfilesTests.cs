using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;

namespace FollowUpRules.Tests;

public sealed class FollowUpProfilesTests
{
    public static TheoryData<string> ArticleKeys => new(SourceArticle.Articles.Select(a => a.Key));

    [Theory]
    [MemberData(nameof(ArticleKeys))]
    public void For_EveryArticle_IsTheBuiltInProfileThatReproducesIt(string key)
    {
        var article = SourceArticle.Articles.Single(a => a.Key == key);

        var profile = FollowUpProfiles.For(article);

        profile.Should().BeSameAs(FollowUpProfiles.Get(key), "the profile named after the article");
        profile.Sources.Should().Be(article.Flag, "it draws on that article alone");
    }

    [Fact]
    public void For_TheFiveArticles_GivesTheFiveArticleProfilesInCatalogueOrder()
    {
        var profiles = SourceArticle.Articles.Select(FollowUpProfiles.For).ToList();

        profiles.Should().HaveCount(5);
        profiles.Should().SatisfyRespectively(
            p => p.Should().BeSameAs(FollowUpProfiles.Etq),
            p => p.Should().BeSameAs(FollowUpProfiles.Eml),
            p => p.Should().BeSameAs(FollowUpProfiles.Phn),
            p => p.Should().BeSameAs(FollowUpProfiles.Rcr),
            p => p.Should().BeSameAs(FollowUpProfiles.Cbr));
        FollowUpProfiles.All.Except(profiles).Should().ContainSingle().Which.Should().BeSameAs(FollowUpProfiles.Default, "every built-in profile but the default reproduces an article");
    }

    [Fact]
    public void For_TheLibrarysOwnRules_ThrowsNamingTheArticlesThatHaveOne()
    {
        var forLibrary = () => FollowUpProfiles.For(SourceArticle.Library);

        forLibrary.Should().Throw<ArgumentException>().WithParameterName("article")
            .WithMessage("FUR (FollowUpRules library rules) is the library's own rule set, not an article, and has no profile of its own; the articles are ETQ, EML, PHN, RCR and CBR, and FollowUpProfiles.Default resolves their disagreements.*");
    }

    [Fact]
    public void For_Null_ThrowsArgumentNull()
    {
        var forNull = () => FollowUpProfiles.For(null!);

        forNull.Should().Throw<ArgumentNullException>().WithParameterName("article");
    }

    [Fact]
    public void Description_EveryBuiltInProfile_IsItsOwnOneLineSummary()
    {
        FollowUpProfiles.All.Should().OnlyContain(p => !string.IsNullOrWhiteSpace(p.Description) && !p.Description.Contains('\n'));
        FollowUpProfiles.All.Select(p => p.Description).Should().OnlyHaveUniqueItems();
        foreach (var article in SourceArticle.Articles.Where(a => !a.Title.EndsWith("(untitled)", StringComparison.Ordinal)))
        {
            FollowUpProfiles.For(article).Description.Should().StartWith(article.Title + ":", "the profile reproducing {0} names it", article.Key);
        }
    }

    [Fact]
    public void Description_ANewProfile_IsEmptyAsDocumented()
    {
        new FollowUpProfile { Name = "acme" }.Description.Should().BeEmpty();
    }

    [Fact]
    public void ChooseReason_CandidatesFromSeveralArticles_CitesTheFirstTheProfileFollowsElseTheFallback()
    {
        var (fallback, cbr, phn, rcr) = (FirstCallDelay.LibraryWait, FirstCallDelay.CbrWait, FirstCallDelay.PhnWait, FirstCallDelay.RcrWait);

        FollowUpProfiles.Default.ChooseReason(fallback, cbr, phn).Should().BeSameAs(cbr, "the default follows every article");
        FollowUpProfiles.Phn.ChooseReason(fallback, cbr, phn).Should().BeSameAs(phn);
        FollowUpProfiles.Rcr.ChooseReason(fallback, cbr, phn, null, rcr).Should().BeSameAs(rcr);
        FollowUpProfiles.Etq.ChooseReason(fallback, cbr, phn, rcr).Should().BeSameAs(fallback, "ETQ follows none of them");
    }

    [Fact]
    public void ChooseReason_NullFallbackOrFirst_ThrowsByName()
    {
        var noFallback = () => FollowUpProfiles.Phn.ChooseReason(null!, FirstCallDelay.PhnWait);
        var noFirst = () => FollowUpProfiles.Phn.ChooseReason(FirstCallDelay.LibraryWait, null!);

        noFallback.Should().Throw<ArgumentNullException>().WithParameterName("fallback");
        noFirst.Should().Throw<ArgumentNullException>().WithParameterName("first");
    }

    [Theory]
    [InlineData("phn")]
    [InlineData("PHN")]
    [InlineData("Phn")]
    public void TryGetAndGet_ANameInAnyCase_FindTheBuiltInProfile(string name)
    {
        FollowUpProfiles.TryGet(name, out var found).Should().BeTrue();
        found.Should().BeSameAs(FollowUpProfiles.Phn);
        FollowUpProfiles.Get(name).Should().BeSameAs(FollowUpProfiles.Phn);
    }

    [Fact]
    public void Get_AnUnknownName_ThrowsListingTheNames()
    {
        var get = () => FollowUpProfiles.Get("acme");

        get.Should().Throw<ArgumentException>().WithParameterName("name")
            .WithMessage("There is no built-in profile named 'acme'; the profiles are default, etq, eml, phn, rcr, cbr.*");
        FollowUpProfiles.TryGet(null, out var none).Should().BeFalse();
        none.Should().BeNull();
    }
}
