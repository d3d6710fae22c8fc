using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>
/// Runs one strategy (or a few, in the order given) on a case and shows its effect, without building
/// a policy: the draft a decision strategy leaves, the plan a call-planning strategy leaves, the spans
/// a window strategy blocks on a day, the lines a script strategy writes. Immutable: each method that
/// sets something returns a new harness.
/// </summary>
/// <example>
/// <code>
/// var result = StrategyHarness.For(followUpCase).At(now).Apply(new StopAfterThirtyDays());
/// result.IsStopped.Should().BeTrue();
/// result.Reasons.Should().ContainSingle(r => r.RuleId == RuleId.Parse("ACME-02"));
/// </code>
/// </example>
/// <remarks>
/// <para>Strategies see exactly what they see in a policy: the case's history, the profile (the
/// default one unless <see cref="Under"/> says otherwise), the office calendar. A decision starts
/// as in a policy: "call the person to ask for, no earlier than the interview".</para>
/// <para>A strategy may cite only reasons it declares, as in a policy; the harness fails the same way.</para>
/// </remarks>
public sealed class StrategyHarness
{
    private readonly FollowUpCase _case;
    private readonly Instant? _now;
    private readonly FollowUpProfile _profile;
    private readonly IDateTimeZoneProvider? _zones;
    private readonly IHolidayCalendar? _holidays;

    private StrategyHarness(FollowUpCase followUpCase, Instant? now, FollowUpProfile profile, IDateTimeZoneProvider? zones, IHolidayCalendar? holidays)
    {
        _case = followUpCase;
        _now = now;
        _profile = profile;
        _zones = zones;
        _holidays = holidays;
    }

    /// <summary>Gets the instant the strategies decide at: the one set with <see cref="At"/>, else just after the case's last event (the interview or the last attempt).</summary>
    public Instant Now => _now ?? LastEvent(_case) + Duration.FromMinutes(1);

    /// <summary>Starts a harness for a case.</summary>
    /// <param name="followUpCase">The case.</param>
    /// <returns>The harness.</returns>
    public static StrategyHarness For(FollowUpCase followUpCase) =>
        new(Guard.NotNull(followUpCase), null, FollowUpProfiles.Default, null, null);

    /// <summary>Decides at <paramref name="now"/>.</summary>
    /// <param name="now">The instant of the decision.</param>
    /// <returns>A new harness.</returns>
    public StrategyHarness At(Instant now) => new(_case, now, _profile, _zones, _holidays);

    /// <summary>Decides under <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile the strategies read.</param>
    /// <returns>A new harness.</returns>
    public StrategyHarness Under(FollowUpProfile profile) => new(_case, _now, Guard.NotNull(profile), _zones, _holidays);

    /// <summary>Resolves the office's time zone with <paramref name="zones"/> instead of tzdb.</summary>
    /// <param name="zones">The provider.</param>
    /// <returns>A new harness.</returns>
    public StrategyHarness UsingTimeZones(IDateTimeZoneProvider zones) => new(_case, _now, _profile, Guard.NotNull(zones), _holidays);

    /// <summary>Consults a host's holiday calendar along with the office's own holidays.</summary>
    /// <param name="holidays">The calendar.</param>
    /// <returns>A new harness.</returns>
    public StrategyHarness WithHolidays(IHolidayCalendar holidays) => new(_case, _now, _profile, _zones, Guard.NotNull(holidays));

    /// <summary>Applies decision strategies, in order, to a fresh draft (stopping after one that stops, as a policy does) and shows the draft they leave.</summary>
    /// <param name="strategies">The strategies; at least one.</param>
    /// <returns>The draft they leave.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid at <see cref="Now"/>.</exception>
    /// <exception cref="InvalidOperationException">A strategy cites a reason it does not declare.</exception>
    public DraftResult Apply(params DecisionStrategy[] strategies)
    {
        var trial = Trial(Require(strategies));
        foreach (var strategy in strategies)
        {
            trial.Apply(strategy);
            if (trial.Draft.IsStopped)
            {
                break;
            }
        }

        return new DraftResult(trial);
    }

    /// <summary>
    /// Plans the call the standard decision strategies choose for the case, with only the given
    /// call-planning strategies, in order, and shows the plan they leave. To see a strategy that
    /// works on windows, put one that proposes them first (for example <c>new OpenWindows()</c>).
    /// </summary>
    /// <param name="strategies">The call-planning strategies; at least one.</param>
    /// <returns>The plan they leave.</returns>
    /// <exception cref="InvalidOperationException">The standard decision stage does not end with a due call for the case at <see cref="Now"/>.</exception>
    public PlanResult Plan(params CallPlanningStrategy[] strategies)
    {
        var decisions = StandardStrategies.CreateDecisionStrategies().Where(s => s.AppliesTo(_profile)).ToList();
        var trial = Trial([.. decisions, .. Require(strategies)]);
        foreach (var decision in decisions)
        {
            trial.Apply(decision);
            if (trial.Draft.IsStopped)
            {
                break;
            }
        }

        var draft = trial.Draft;
        if (draft.Kind != NextActionKind.Call || draft.Number is null || draft.Earliest > trial.Context.Now)
        {
            throw new InvalidOperationException(
                $"At {trial.Context.Now} the standard decision stage does not end with a due call for this case (it proposes {draft.Kind}, earliest {draft.Earliest}); choose an instant at which a call is due.");
        }

        foreach (var strategy in strategies)
        {
            trial.ApplyPlanning(strategy);
            if (trial.Plan.IsSettled)
            {
                break;
            }
        }

        return new PlanResult(trial);
    }

    /// <summary>Lists the spans a window strategy keeps calls out of on an office day, asked as the window search asks it.</summary>
    /// <param name="strategy">The window strategy.</param>
    /// <param name="date">An office-local date on which the office is open.</param>
    /// <param name="callee">The person called; the default is the person to ask for.</param>
    /// <returns>The blocked spans, in order; empty when it blocks nothing.</returns>
    /// <exception cref="ArgumentException">The office is not open that day.</exception>
    public IReadOnlyList<TimeOfDayRange> Blocks(CallWindowStrategy strategy, LocalDate date, Interviewer? callee = null)
    {
        Guard.NotNull(strategy);
        return Trial([strategy]).BlocksOn(strategy, date, callee);
    }

    /// <summary>Renders what one script strategy says or writes for an action.</summary>
    /// <param name="strategy">The script strategy.</param>
    /// <param name="action">The action the script is for.</param>
    /// <returns>The script of that strategy alone.</returns>
    public FollowUpScript Script(ScriptStrategy strategy, NextAction action)
    {
        Guard.NotNull(strategy);
        Guard.NotNull(action);
        var trial = Trial([strategy]);
        var builder = new ScriptBuilder();
        strategy.Contribute(new ScriptContext(_case, action, _profile, trial.Calendar), builder);
        return builder.Build(action.Kind);
    }

    private static T[] Require<T>(T[] strategies)
        where T : FollowUpStrategy
    {
        if (Guard.NotNull(strategies).Length == 0 || strategies.Contains(null!))
        {
            throw new ArgumentException("Give at least one strategy, and no null.", nameof(strategies));
        }

        return strategies;
    }

    private static Instant LastEvent(FollowUpCase followUpCase)
    {
        var last = followUpCase.Interview.At;
        foreach (var attempt in followUpCase.Attempts)
        {
            last = attempt.At > last ? attempt.At : last;
        }

        return last;
    }

    private StrategyTrial Trial(IEnumerable<FollowUpStrategy> strategies) => new(_case, Now, _profile, strategies, _zones, _holidays);
}
