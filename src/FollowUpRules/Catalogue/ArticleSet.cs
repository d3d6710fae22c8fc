namespace FollowUpRules.Catalogue;

/// <summary>A set of source articles, used by a profile to say whose advice its scripts draw on.</summary>
[Flags]
public enum ArticleSet
{
    /// <summary>No article.</summary>
    None = 0,

    /// <summary>Callback Etiquette After an Interview.</summary>
    Etq = 1,

    /// <summary>The Call Back.</summary>
    Eml = 2,

    /// <summary>Post-Interview: Following Up with a Phone Call.</summary>
    Phn = 4,

    /// <summary>The recruitment-agency guide.</summary>
    Rcr = 8,

    /// <summary>Post-Interview Call Back Rules.</summary>
    Cbr = 16,

    /// <summary>All five articles.</summary>
    All = Etq | Eml | Phn | Rcr | Cbr,
}
