using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// The built-in profiles: one reproducing each article's stance, and a default that resolves every
/// disagreement between them (see docs/profiles.md for the reasoning behind each value).
/// </summary>
/// <remarks>Where an article leaves a number open, its profile uses the library default for that setting.</remarks>
public static class FollowUpProfiles
{
    /// <summary>
    /// Gets the default profile, named <c>default</c>: a thank-you email straight away, then a call
    /// after three business days at the start or end of the working day, clear of ETQ's blackouts;
    /// at most one voicemail; ask a gatekeeper when the interviewer is free; one round of calls, one
    /// more after three weeks of silence, and stop after four weeks without news.
    /// </summary>
    public static FollowUpProfile Default { get; } = new()
    {
        Name = "default",
        Description = "Resolves every disagreement between the five articles; see docs/profiles.md.",
    };

    /// <summary>The default without ETQ's timing blackouts: the base of the articles that say nothing about the time of day.</summary>
    private static readonly FollowUpProfile WithoutEtqTiming = Default with
    {
        WeekOpeningBlackout = null,
        PreWeekendBlackout = null,
        LunchBlackout = null,
        AvoidHecticPeriods = false,
        AvoidOutOfOffice = false,
    };

    /// <summary>Gets the profile reproducing "Callback Etiquette After an Interview" (ETQ), named <c>etq</c>.</summary>
    public static FollowUpProfile Etq { get; } = Default with
    {
        Name = "etq",
        Description = "Callback Etiquette After an Interview: phone with careful timing and insist on being put through.",
        Channels = AllowedChannels.Phone,
        ThankYouMessage = ThankYouMessage.None,
        AgencyUpdateDelayDays = null,
        CallAtStartOrEndOfDay = false,
        MaxVoicemails = 0,
        Gatekeeper = GatekeeperPlan.AskToBePutThrough,
        DeclineUnfamiliarStaff = false,
        AvoidGeneralNumber = false,
        MaxFollowUpRounds = null,
        FinalCallAfterSilence = null,
        GiveUpAfterSilence = null,
        WhenNoDateGiven = NoDateGivenApproach.NotAddressed,
        OfferWrittenAlternatives = false,
        Sources = ArticleSet.Etq,
    };

    /// <summary>Gets the profile reproducing "The Call Back" (EML), named <c>eml</c>: an email to everyone met, straight away, and never a call.</summary>
    public static FollowUpProfile Eml { get; } = WithoutEtqTiming with
    {
        Name = "eml",
        Description = "The Call Back: no phone call; email everyone you met straight after the interview.",
        Channels = AllowedChannels.Email,
        ThankYouMessage = ThankYouMessage.Email,
        FirstCallDelayDays = 0,
        AgencyUpdateDelayDays = null,
        CallAtStartOrEndOfDay = false,
        MaxVoicemails = 0,
        DeclineUnfamiliarStaff = false,
        AvoidGeneralNumber = false,
        FinalCallAfterSilence = null,
        GiveUpAfterSilence = null,
        WhenNoDateGiven = NoDateGivenApproach.NotAddressed,
        OfferWrittenAlternatives = false,
        Sources = ArticleSet.Eml,
    };

    /// <summary>Gets the profile reproducing "Post-Interview: Following Up with a Phone Call" (PHN), named <c>phn</c>.</summary>
    public static FollowUpProfile Phn { get; } = WithoutEtqTiming with
    {
        Name = "phn",
        Description = "Post-Interview: Following Up with a Phone Call: a card, then calls after two days; one or two voicemails; give up after long silence.",
        Channels = AllowedChannels.Phone | AllowedChannels.HandwrittenNote,
        ThankYouMessage = ThankYouMessage.HandwrittenNote,
        FirstCallDelayDays = 2,
        AgencyUpdateDelayDays = null,
        CallAtStartOrEndOfDay = false,
        MaxVoicemails = 2,
        DeclineUnfamiliarStaff = false,
        AvoidGeneralNumber = false,
        MaxFollowUpRounds = null,
        FinalCallAfterSilence = null,
        WhenNoDateGiven = NoDateGivenApproach.AskForTimeline,
        OfferWrittenAlternatives = false,
        Sources = ArticleSet.Phn,
    };

    /// <summary>Gets the profile reproducing the recruitment-agency guide (RCR), named <c>rcr</c>.</summary>
    public static FollowUpProfile Rcr { get; } = WithoutEtqTiming with
    {
        Name = "rcr",
        Description = "Recruitment-agency guide: call once, one to two weeks after, at the start or end of the day; a voicemail is fine.",
        ThankYouMessage = ThankYouMessage.None,
        FirstCallDelayDays = 7,
        DayCounting = DayCounting.CalendarDays,
        MaxVoicemails = 1,
        DeclineUnfamiliarStaff = false,
        FinalCallAfterSilence = null,
        GiveUpAfterSilence = null,
        WhenNoDateGiven = NoDateGivenApproach.AskForTimeline,
        Sources = ArticleSet.Rcr,
    };

    /// <summary>Gets the profile reproducing "Post-Interview Call Back Rules" (CBR), named <c>cbr</c>.</summary>
    public static FollowUpProfile Cbr { get; } = WithoutEtqTiming with
    {
        Name = "cbr",
        Description = "Post-Interview Call Back Rules: one call after three days, past the gatekeeper; one more after weeks of silence.",
        Channels = AllowedChannels.Phone,
        ThankYouMessage = ThankYouMessage.None,
        AgencyUpdateDelayDays = null,
        CallAtStartOrEndOfDay = false,
        MaxVoicemails = 0,
        AvoidGeneralNumber = false,
        FinalCallAfterSilence = Period.FromWeeks(3),
        GiveUpAfterSilence = null,
        WhenNoDateGiven = NoDateGivenApproach.AskToCallBackInAWeek,
        OfferWrittenAlternatives = false,
        Sources = ArticleSet.Cbr,
    };

    /// <summary>Gets every built-in profile: the default first, then one per article in catalogue order.</summary>
    public static IReadOnlyList<FollowUpProfile> All { get; } = [Default, Etq, Eml, Phn, Rcr, Cbr];

    /// <summary>Gets the built-in profile that reproduces <paramref name="article"/>.</summary>
    /// <param name="article">One of the five articles (<see cref="SourceArticle.Articles"/>).</param>
    /// <returns>
    /// The article's profile: <see cref="Etq"/>, <see cref="Eml"/>, <see cref="Phn"/>, <see cref="Rcr"/>
    /// or <see cref="Cbr"/>, the same instance as the property, whose <see cref="FollowUpProfile.Sources"/>
    /// is that article alone.
    /// </returns>
    /// <remarks>
    /// Use it to follow one article's advice, or to compare a decision with what each article would
    /// do: <c>SourceArticle.Articles.Select(FollowUpProfiles.For)</c>. <see cref="SourceArticle.Library"/>
    /// (the FUR rules) is not an article and has no profile; <see cref="Default"/> is the profile that
    /// resolves the articles' disagreements.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="article"/> is <see cref="SourceArticle.Library"/>.</exception>
    public static FollowUpProfile For(SourceArticle article)
    {
        // Each article's profile draws on that article alone; no built-in profile draws on none (the library's flag).
        var flag = Guard.NotNull(article).Flag;
        foreach (var profile in All)
        {
            if (profile.Sources == flag)
            {
                return profile;
            }
        }

        var keys = SourceArticle.Articles.Select(a => a.Key).ToList();
        throw new ArgumentException(
            $"{article.Key} ({article.Title}) is the library's own rule set, not an article, and has no profile of its own; the articles are {string.Join(", ", keys.Take(keys.Count - 1))} and {keys[keys.Count - 1]}, and FollowUpProfiles.Default resolves their disagreements.",
            nameof(article));
    }

    /// <summary>Finds a built-in profile by name (case-insensitive).</summary>
    /// <param name="name">The name, such as <c>phn</c>.</param>
    /// <param name="profile">The profile, when found.</param>
    /// <returns><see langword="true"/> when a built-in profile has that name.</returns>
    public static bool TryGet(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FollowUpProfile? profile)
    {
        profile = All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        return profile is not null;
    }

    /// <summary>Gets a built-in profile by name (case-insensitive).</summary>
    /// <param name="name">The name, such as <c>phn</c>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">No built-in profile has that name; the message lists the names.</exception>
    public static FollowUpProfile Get(string name) =>
        TryGet(name, out var profile)
            ? profile
            : throw new ArgumentException($"There is no built-in profile named '{name}'; the profiles are {string.Join(", ", All.Select(p => p.Name))}.", nameof(name));
}
