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
    /// Creates the decision rules in pipeline order: before anything, the interview must have taken
    /// place and the candidacy must be open; then the first contact (thank-you, agency); then timing
    /// (first-call delay, call backs the employer asked for, decision dates, spacing); then limits
    /// (final call, round limit, silence, attempt ceiling); then whom to contact and how; last,
    /// voicemail and gatekeeper handling.
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
        new InterviewCallBackRequest(),
        new EmployerInvitation(),
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
        new VoicemailLimit(),
        new GatekeeperHandling(),
    ];

    /// <summary>Creates the call-window rules (their order only decides which rule a window cites when two share an edge).</summary>
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

    /// <summary>Creates the script rules (their order is the order of lines within a script section).</summary>
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
}
