using FollowUpRules.Strategies.CallPlanning;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Strategies.Scripts;
using FollowUpRules.Strategies.Windows;


namespace FollowUpRules.Strategies;

/// <summary>
/// The library's strategies in their standard order, which every builder starts from. A policy
/// leaves out those whose settings are off for its profile (<see cref="FollowUpStrategy.AppliesTo"/>).
/// </summary>
public static class StandardStrategies
{
    /// <summary>
    /// Creates the decision strategies in pipeline order: before anything, the interview must have
    /// taken place and the candidacy must be open; then the first contact (thank-you, agency); then
    /// timing (first-call delay, call backs the employer asked for, decision dates, spacing); then
    /// limits (final call, round limit, silence, attempt ceiling); then whom to contact and how; last,
    /// a stop when there is no way to reach anyone.
    /// </summary>
    /// <returns>New instances, in order.</returns>
    public static IReadOnlyList<DecisionStrategy> CreateDecisionStrategies() =>
    [
        new InterviewNotYetHeld(),
        new StopOnOutcome(),
        new ThankYouFirst(),
        new ForwardThroughAgency(),
        new NoPhoneCalls(),
        new AgencyUpdateFirst(),
        new FirstCallDelay(),
        new EmployerCallBack(),
        new WaitForDecisionDate(),
        new RedialLater(),
        new RoundInterval(),
        new FinalCallAfterSilence(),
        new CallLimit(),
        new GiveUpAfterSilence(),
        new AttemptCap(),
        new ChooseWhomToCall(),
        new LinkedInWhereDiscussed(),
        new AgencyAsLastRoute(),
        new WrittenAlternative(),
        new NoRouteStop(),
    ];

    /// <summary>
    /// Creates the call-planning strategies in pipeline order: a window at the time the employer
    /// named; the first windows the office welcomes after it (or from now); a wait for the next
    /// window, or a stop, when there is none within the search horizon; then what to do on voicemail
    /// and with a gatekeeper.
    /// </summary>
    /// <returns>New instances, in order.</returns>
    public static IReadOnlyList<CallPlanningStrategy> CreateCallPlanningStrategies() =>
    [
        new EmployerNamedTime(),
        new OpenWindows(),
        new NoWindowFallback(),
        new CallBackPeriod(),
        new VoicemailLimit(),
        new RespondToGatekeeper(),
        new GatekeeperHandling(),
    ];

    /// <summary>Creates the call-window strategies (their order only decides which rule a window cites when two share an edge).</summary>
    /// <returns>New instances, in order.</returns>
    public static IReadOnlyList<CallWindowStrategy> CreateWindowStrategies() =>
    [
        new OutOfOfficeDays(),
        new WeekOpeningBlackout(),
        new PreWeekendBlackout(),
        new LunchBlackout(),
        new HecticPeriods(),
        new StartOrEndOfDay(),
    ];

    /// <summary>Creates the script strategies (their order is the order of lines within a script section).</summary>
    /// <returns>New instances, in order.</returns>
    public static IReadOnlyList<ScriptStrategy> CreateScriptStrategies() =>
    [
        new ReviewNotes(),
        new RecallInterview(),
        new PhoneManner(),
        new RehearseCall(),
        new AskForThePerson(),
        new IntroduceYourself(),
        new ThankThem(),
        new KeepItShort(),
        new SampleCallOutline(),
        new StatusQuestions(),
        new TimelineQuestions(),
        new GatekeeperLines(),
        new VoicemailMessage(),
        new ThingsToAvoid(),
        new ThankYouEmailDraft(),
        new FollowUpEmailDraft(),
        new HandwrittenNoteDraft(),
        new LinkedInMessageDraft(),
        new AgencyMessage(),
    ];

    /// <summary>Gets the names of the standard strategies that read <paramref name="setting"/>.</summary>
    /// <param name="setting">The profile setting.</param>
    /// <returns>The strategies' names, in standard order.</returns>
    public static IReadOnlyList<string> ReadersOf(ProfileSetting setting)
    {
        Guard.NotNull(setting);
        return Readers.TryGetValue(setting, out var names) ? names : [];
    }

    private static readonly Dictionary<ProfileSetting, IReadOnlyList<string>> Readers = FindReaders();

    private static Dictionary<ProfileSetting, IReadOnlyList<string>> FindReaders()
    {
        var readers = new Dictionary<ProfileSetting, List<string>>();
        IEnumerable<FollowUpStrategy> all = [.. CreateDecisionStrategies(), .. CreateCallPlanningStrategies(), .. CreateWindowStrategies(), .. CreateScriptStrategies()];
        foreach (var strategy in all)
        {
            foreach (var setting in strategy.Descriptor.Settings)
            {
                if (!readers.TryGetValue(setting, out var names))
                {
                    readers[setting] = names = [];
                }

                names.Add(strategy.Descriptor.Name);
            }
        }

        return readers.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value);
    }
}
