using FollowUpRules.Catalogue;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// The settings a policy is built from: one value for every point on which the articles disagree
/// (D1–D7 in the docs) and for every number an article leaves open.
/// </summary>
/// <remarks>
/// <para>A profile is immutable data. The property defaults are the library's default profile
/// (<see cref="FollowUpProfiles.Default"/>); copy a profile with changes using <c>with</c>:
/// <c>FollowUpProfiles.Rcr with { Name = "acme", MaxVoicemails = 0 }</c>.</para>
/// <para>Settings are checked together when a policy is built: every bad setting is reported, with
/// its value and what is allowed, in one <see cref="InvalidProfileException"/>.</para>
/// </remarks>
public sealed record FollowUpProfile
{
    /// <summary>Gets the profile's name, used to pick it (letters, digits, '.', '_' and '-'; 1 to 64 characters).</summary>
    public required string Name { get; init; }

    /// <summary>Gets a one-line description of the profile.</summary>
    /// <value>The default value is an empty string.</value>
    public string Description { get; init; } = string.Empty;

    // D1: channel -------------------------------------------------------------------------------

    /// <summary>Gets the channels the candidate may use (D1). Without <see cref="AllowedChannels.Phone"/> the profile never proposes a call (EML-01).</summary>
    /// <value>The default value is <see cref="AllowedChannels.All"/>.</value>
    public AllowedChannels Channels { get; init; } = AllowedChannels.All;

    /// <summary>
    /// Gets a value indicating whether a candidate who would rather write, or who has no number the
    /// profile lets them call, is offered an email (or, without an address, a handwritten note)
    /// instead of a call (RCR-19). Needs <see cref="AllowedChannels.Email"/> or
    /// <see cref="AllowedChannels.HandwrittenNote"/>.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool OfferWrittenAlternatives { get; init; } = true;

    /// <summary>Gets the message sent straight after the interview, before anything else (PHN-01, EML-02, EML-05).</summary>
    /// <value>The default value is <see cref="FollowUpRules.ThankYouMessage.Email"/>.</value>
    public ThankYouMessage ThankYouMessage { get; init; } = ThankYouMessage.Email;

    // D2: first follow-up ---------------------------------------------------------------------

    /// <summary>Gets the days to let pass after the interview before the first call (PHN-02, CBR-01, RCR-02), counted by <see cref="DayCounting"/>; 0 to 365.</summary>
    /// <value>The default value is 3 (business days).</value>
    public int FirstCallDelayDays { get; init; } = 3;

    /// <summary>Gets how every wait given in days is counted.</summary>
    /// <value>The default value is <see cref="DayCounting.BusinessDays"/>.</value>
    public DayCounting DayCounting { get; init; } = DayCounting.BusinessDays;

    /// <summary>
    /// Gets the days after the interview at which a candidate who came through an agency asks the
    /// agency for an update, before calling the employer (RCR-03; the article gives no number);
    /// <see langword="null"/> to skip that step. 0 to 365.
    /// </summary>
    /// <value>The default value is 2.</value>
    public int? AgencyUpdateDelayDays { get; init; } = 2;

    // D3: time of day -------------------------------------------------------------------------

    /// <summary>Gets how long after the office opens for its week no call is placed (ETQ-03; the article gives no number); <see langword="null"/> to allow calls then. More than zero, at most a day.</summary>
    /// <value>The default value is 2 hours.</value>
    public Duration? WeekOpeningBlackout { get; init; } = Duration.FromHours(2);

    /// <summary>Gets how long before the office closes for its weekend no call is placed (ETQ-04's "last few hours"); <see langword="null"/> to allow calls then. More than zero, at most a day.</summary>
    /// <value>The default value is 3 hours.</value>
    public Duration? PreWeekendBlackout { get; init; } = Duration.FromHours(3);

    /// <summary>Gets the daily lunch blackout (ETQ-06); <see langword="null"/> for none.</summary>
    /// <value>The default value is 11:00–13:00.</value>
    public TimeOfDayRange? LunchBlackout { get; init; } = new TimeOfDayRange(new LocalTime(11, 0), new LocalTime(13, 0));

    /// <summary>Gets a value indicating whether the periods the interviewer called hectic are avoided (ETQ-05).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool AvoidHecticPeriods { get; init; } = true;

    /// <summary>Gets a value indicating whether the days the person called is out of the office are avoided (ETQ-07).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool AvoidOutOfOffice { get; init; } = true;

    /// <summary>Gets a value indicating whether calls are placed only at the start or end of the working day (RCR-04).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool CallAtStartOrEndOfDay { get; init; } = true;

    /// <summary>Gets how much of the start of the working day counts as its start (RCR-04; the article gives no number). Zero to a day.</summary>
    /// <value>The default value is 90 minutes.</value>
    public Duration StartOfDaySpan { get; init; } = Duration.FromMinutes(90);

    /// <summary>Gets how much of the end of the working day counts as its end (RCR-04; the article gives no number). Zero to a day.</summary>
    /// <value>The default value is 90 minutes.</value>
    public Duration EndOfDaySpan { get; init; } = Duration.FromMinutes(90);

    /// <summary>Gets the shortest window worth offering (FUR-11). One minute to eight hours.</summary>
    /// <value>The default value is 15 minutes.</value>
    public Duration MinimumCallWindow { get; init; } = Duration.FromMinutes(15);

    /// <summary>Gets the length of the window at a time the employer named (FUR-12, PHN-04). Five minutes to four hours.</summary>
    /// <value>The default value is 30 minutes.</value>
    public Duration InvitedCallLength { get; init; } = Duration.FromMinutes(30);

    // D4: voicemail ---------------------------------------------------------------------------

    /// <summary>Gets the most voicemails the candidate leaves in the whole follow-up (PHN-05, RCR-10; ETQ-11 and CBR-02 mean none). 0 to 10.</summary>
    /// <value>The default value is 1.</value>
    public int MaxVoicemails { get; init; } = 1;

    /// <summary>Gets the days between two voicemails, and between a voicemail and the next round of calls (PHN-05's "a couple of days"). 0 to 365.</summary>
    /// <value>The default value is 2.</value>
    public int VoicemailSpacingDays { get; init; } = 2;

    // D5: gatekeepers -------------------------------------------------------------------------

    /// <summary>Gets what to do when a receptionist answers (ETQ-11 versus PHN-04 and CBR-02).</summary>
    /// <value>The default value is <see cref="GatekeeperPlan.AskWhenInterviewerIsFree"/>.</value>
    public GatekeeperPlan Gatekeeper { get; init; } = GatekeeperPlan.AskWhenInterviewerIsFree;

    /// <summary>Gets a value indicating whether to decline being passed to staff who were not at the interview (CBR-02).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool DeclineUnfamiliarStaff { get; init; } = true;

    /// <summary>Gets a value indicating whether the company's general number is avoided in favour of direct lines (RCR-15).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool AvoidGeneralNumber { get; init; } = true;

    // D6: how many calls ----------------------------------------------------------------------

    /// <summary>
    /// Gets how many follow-up rounds the candidate makes on their own initiative (RCR-17, CBR-07); a
    /// round ends when a call reaches someone from the interview or a voicemail is left, or after
    /// <see cref="AttemptsPerRound"/> unanswered calls. Calls the employer asked for do not count.
    /// <see langword="null"/> for no limit. 1 to 20.
    /// </summary>
    /// <value>The default value is 1.</value>
    public int? MaxFollowUpRounds { get; init; } = 1;

    /// <summary>
    /// Gets the silence after the interview after which one more call is made once the rounds are
    /// used up (CBR-08's "several weeks"; the article gives no number); <see langword="null"/> for
    /// no such call. Whole days, weeks, months or years; more than zero, at most a year.
    /// </summary>
    /// <value>The default value is 3 weeks.</value>
    public Period? FinalCallAfterSilence { get; init; } = Period.FromWeeks(3);

    /// <summary>
    /// Gets how long calls may go unreturned before the candidate stops (PHN-06's "significant
    /// time"; the article gives no number), counted from the later of the first follow-up call, the
    /// last news and the date the employer said it would decide. <see langword="null"/> to never stop
    /// for silence. Whole days to a year.
    /// </summary>
    /// <value>The default value is 4 weeks.</value>
    public Period? GiveUpAfterSilence { get; init; } = Period.FromWeeks(4);

    /// <summary>Gets the time between completed follow-up rounds when the employer gave no date (FUR-09; CBR-06's week). Whole days to a year.</summary>
    /// <value>The default value is 1 week.</value>
    public Period RoundInterval { get; init; } = Period.FromWeeks(1);

    /// <summary>Gets how many unanswered calls make up one round (FUR-10). 1 to 10.</summary>
    /// <value>The default value is 3.</value>
    public int AttemptsPerRound { get; init; } = 3;

    /// <summary>Gets the days to wait before calling again after a call that reached nobody useful (FUR-04). 0 to 30.</summary>
    /// <value>The default value is 1.</value>
    public int RedialAfterDays { get; init; } = 1;

    /// <summary>
    /// Gets the hard ceiling on follow-up attempts the candidate makes on their own initiative (FUR-05):
    /// calls, written follow-ups, LinkedIn messages and agency contacts, but not the thank-you, the
    /// first agency update or calls the employer asked for. 1 to 50.
    /// </summary>
    /// <value>The default value is 8.</value>
    public int MaxAttempts { get; init; } = 8;

    // D7: no date given ------------------------------------------------------------------------

    /// <summary>Gets what the candidate asks when a call yields no decision date (PHN-09, CBR-06).</summary>
    /// <value>The default value is <see cref="NoDateGivenApproach.AskToCallBackInAWeek"/>.</value>
    public NoDateGivenApproach WhenNoDateGiven { get; init; } = NoDateGivenApproach.AskToCallBackInAWeek;

    // Sources ------------------------------------------------------------------------------------

    /// <summary>
    /// Gets the articles the profile follows. Reasons cite these articles' rule IDs (a library FUR
    /// rule where none of them covers a point), and scripts carry these articles' advice on what to
    /// say (preparation, questions, things to avoid).
    /// </summary>
    /// <value>The default value is <see cref="ArticleSet.All"/>.</value>
    public ArticleSet Sources { get; init; } = ArticleSet.All;

    // Search ---------------------------------------------------------------------------------------

    /// <summary>
    /// Gets how many days ahead the engine looks for a call window to offer (FUR-06). When none opens
    /// within it, the decision is to wait for the next window, looked for up to a year ahead, or to
    /// stop when there is none. 7 to 732.
    /// </summary>
    /// <value>The default value is 92.</value>
    public int CallWindowSearchDays { get; init; } = 92;

    /// <summary>Checks every setting, and the settings against each other, without building a policy.</summary>
    /// <returns>Every problem found, each with its setting's name, value and what is allowed; empty when valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate() => ProfileValidator.Validate(this);

    /// <summary>Tells whether the profile follows <paramref name="article"/> (is it in <see cref="Sources"/>).</summary>
    /// <param name="article">One article, or a set of them.</param>
    /// <returns><see langword="true"/> when the profile follows at least one of them.</returns>
    public bool Follows(ArticleSet article) => (Sources & article) != 0;

    /// <summary>
    /// Tells whether a decision under this profile may cite <paramref name="ruleId"/>: a rule of an
    /// article the profile follows, one of the library's FUR rules, or a host's own rule.
    /// </summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns><see langword="true"/> when the rule is the profile's to cite.</returns>
    public bool Follows(RuleId ruleId) => ruleId.Article == ArticleSet.None || Follows(ruleId.Article);

    /// <summary>
    /// Chooses which of a strategy's reasons to cite under this profile: the first candidate whose
    /// article the profile follows (<see cref="Sources"/>), else <paramref name="fallback"/>, which
    /// should cite a library FUR rule or the host's own so that every profile can cite it.
    /// </summary>
    /// <param name="fallback">The reason to cite when the profile follows none of the candidates' articles.</param>
    /// <param name="first">The preferred reason.</param>
    /// <param name="second">The next, if any.</param>
    /// <param name="third">The next, if any.</param>
    /// <param name="fourth">The next, if any.</param>
    /// <returns>The reason to cite.</returns>
    public FollowUpReason ChooseReason(FollowUpReason fallback, FollowUpReason first, FollowUpReason? second = null, FollowUpReason? third = null, FollowUpReason? fourth = null)
    {
        Guard.NotNull(fallback);
        return Follows(Guard.NotNull(first).Article) ? first
            : second is not null && Follows(second.Article) ? second
            : third is not null && Follows(third.Article) ? third
            : fourth is not null && Follows(fourth.Article) ? fourth
            : fallback;
    }

    /// <summary>Gets a value indicating whether the profile allows phone calls at all.</summary>
    public bool AllowsPhone => (Channels & AllowedChannels.Phone) != 0;

    /// <summary>Tells whether the profile allows <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><see langword="true"/> when it is in <see cref="Channels"/>.</returns>
    public bool Allows(AllowedChannels channel) => (Channels & channel) == channel && channel != AllowedChannels.None;
}
