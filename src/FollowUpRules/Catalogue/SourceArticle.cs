namespace FollowUpRules.Catalogue;

/// <summary>One of the published articles the rules come from, or this library's own rule set.</summary>
public sealed class SourceArticle
{
    private SourceArticle(string key, ArticleSet flag, string title, string stance)
    {
        Key = key;
        Flag = flag;
        Title = title;
        Stance = stance;
    }

    /// <summary>Gets "Callback Etiquette After an Interview" (ETQ).</summary>
    public static SourceArticle Etq { get; } = new(
        "ETQ",
        ArticleSet.Etq,
        "Callback Etiquette After an Interview",
        "Phone, with careful timing (not as the week opens, not late before the weekend, not over lunch, not in hectic or out-of-office times), and insist on being put through.");

    /// <summary>Gets "The Call Back" (EML).</summary>
    public static SourceArticle Eml { get; } = new(
        "EML",
        ArticleSet.Eml,
        "The Call Back",
        "Never phone; right after the interview, email every person you met; through an agency, ask the agency to pass it on.");

    /// <summary>Gets "Post-Interview: Following Up with a Phone Call" (PHN).</summary>
    public static SourceArticle Phn { get; } = new(
        "PHN",
        ArticleSet.Phn,
        "Post-Interview: Following Up with a Phone Call",
        "A thank-you card, then a call after two or three days; talk to a person, leave one or two voicemails at most, days apart, and give up after a long silence.");

    /// <summary>Gets the untitled recruitment-agency guide on calling after an interview (RCR).</summary>
    public static SourceArticle Rcr { get; } = new(
        "RCR",
        ArticleSet.Rcr,
        "Recruitment-agency guide on calling after an interview (untitled)",
        "Call one to two weeks after (agency candidates may ask their agency sooner), at the start or end of the day; a voicemail is fine; call once unless asked to call on a date.");

    /// <summary>Gets "Post-Interview Call Back Rules" (CBR).</summary>
    public static SourceArticle Cbr { get; } = new(
        "CBR",
        ArticleSet.Cbr,
        "Post-Interview Call Back Rules",
        "Call after at least two or three days, get past gatekeepers by asking when the interviewer is free, get a timeline or leave to call in a week; one call, plus one more after weeks of silence.");

    /// <summary>Gets this library's own rules (FUR): calendar facts and safety limits no article states.</summary>
    public static SourceArticle Library { get; } = new(
        "FUR",
        ArticleSet.None,
        "FollowUpRules library rules",
        "Facts of the office calendar and limits that keep every follow-up finite and explainable; not taken from any article.");

    /// <summary>Gets the five articles, in catalogue order.</summary>
    public static IReadOnlyList<SourceArticle> Articles { get; } = [Etq, Eml, Phn, Rcr, Cbr];

    /// <summary>Gets the article's key, the prefix of its rule IDs (ETQ, EML, PHN, RCR, CBR, or FUR).</summary>
    public string Key { get; }

    /// <summary>Gets the article's flag in <see cref="ArticleSet"/>; <see cref="ArticleSet.None"/> for the library.</summary>
    public ArticleSet Flag { get; }

    /// <summary>Gets the article's title.</summary>
    public string Title { get; }

    /// <summary>Gets the article's stance in one sentence, in this project's words.</summary>
    public string Stance { get; }

    /// <summary>Returns the key and title.</summary>
    /// <returns>For example <c>PHN: Post-Interview: Following Up with a Phone Call</c>.</returns>
    public override string ToString() => Key + ": " + Title;
}
