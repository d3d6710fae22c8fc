using FollowUpRules.Catalogue;

namespace FollowUpRules.Engine;

/// <summary>
/// Picks which of a rule's reasons to cite under a profile: the reasons of the articles the profile
/// follows (<see cref="FollowUpProfile.Sources"/>), else the library fallback.
/// </summary>
internal static class Citation
{
    /// <summary>Gets the first of the candidates whose article the profile follows, else <paramref name="fallback"/>.</summary>
    public static FollowUpReason First(SourceArticles sources, FollowUpReason fallback, FollowUpReason first, FollowUpReason? second = null, FollowUpReason? third = null, FollowUpReason? fourth = null)
    {
        if ((sources & first.Article) != 0)
        {
            return first;
        }

        if (second is not null && (sources & second.Article) != 0)
        {
            return second;
        }

        if (third is not null && (sources & third.Article) != 0)
        {
            return third;
        }

        return fourth is not null && (sources & fourth.Article) != 0 ? fourth : fallback;
    }
}
