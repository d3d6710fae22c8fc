using FluentAssertions;
using FollowUpRules.Catalogue;

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
}
