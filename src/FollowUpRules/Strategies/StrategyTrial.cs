using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// One decision worked through by hand, outside any policy: the case read into a history, a draft
/// and a plan that strategies are applied to one at a time, in the order the caller chooses. For
/// testing a strategy on its own (the testing kit's <c>StrategyHarness</c> is built on it), and for
/// reading a case's <see cref="FollowUpHistory"/> as strategies see it.
/// </summary>
/// <remarks>
/// <para>The trial knows the reasons of the strategies it is given (and the window search's own,
/// <see cref="WindowSearchReasons"/>), worded for its profile; a strategy may cite only those. Its
/// window search uses the <see cref="CallWindowStrategy"/>s among them.</para>
/// <para>Its contexts and drafts stay valid for as long as the trial lives. A trial is not
/// thread-safe; make one per test.</para>
/// </remarks>
public sealed class StrategyTrial
{
    private readonly DecisionState _state = new();
    private readonly HashSet<FollowUpStrategy> _strategies;

    /// <summary>Initializes a new instance of the <see cref="StrategyTrial"/> class.</summary>
    /// <param name="followUpCase">The case.</param>
    /// <param name="now">The instant of the decision.</param>
    /// <param name="profile">The profile the strategies read.</param>
    /// <param name="strategies">The strategies the trial may apply; their reasons are the ones it knows, and its window search uses the window strategies among them.</param>
    /// <param name="timeZones">The provider of the office's time zone; the default is tzdb.</param>
    /// <param name="holidays">A host's holiday calendar, if any.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="timeZones"/> and <paramref name="holidays"/> is null.</exception>
    /// <exception cref="InvalidCaseException">The case is invalid at <paramref name="now"/>.</exception>
    /// <exception cref="InvalidProfileException">The profile is invalid.</exception>
    public StrategyTrial(FollowUpCase followUpCase, Instant now, FollowUpProfile profile, IEnumerable<FollowUpStrategy> strategies, IDateTimeZoneProvider? timeZones = null, IHolidayCalendar? holidays = null)
    {
        Guard.NotNull(followUpCase);
        Guard.NotNull(profile);
        var list = Guard.NotNull(strategies).ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentException("A strategy is null.", nameof(strategies));
        }

        var profileProblems = ProfileValidator.Validate(profile);
        if (profileProblems.Count > 0)
        {
            throw new InvalidProfileException(profile.Name, profileProblems);
        }

        var problems = CaseValidator.Validate(followUpCase, now, new ZoneLookup(timeZones), out var zone);
        if (problems is not null)
        {
            throw new InvalidCaseException(problems);
        }

        _strategies = new HashSet<FollowUpStrategy>(list);
        var declared = list.SelectMany(s => s.Descriptor.Reasons).Concat(WindowSearchReasons.All);
        var catalogue = ReasonCatalogue.Create(declared, profile);
        var windows = list.OfType<CallWindowStrategy>().Where(w => w.AppliesTo(profile)).ToArray();
        Calendar = new OfficeCalendar(followUpCase.Office, zone!, holidays);
        _state.Begin(followUpCase, now, profile, Calendar, catalogue, new CallWindowSearch(windows, catalogue));
    }

    /// <summary>Gets the office calendar of the case.</summary>
    public OfficeCalendar Calendar { get; }

    /// <summary>Gets what decision strategies read.</summary>
    public DecisionContext Context => new(_state);

    /// <summary>Gets the decision draft, as the strategies applied so far have shaped it.</summary>
    public DecisionDraft Draft => new(_state);

    /// <summary>Gets the case's history as strategies read it.</summary>
    public FollowUpHistory History => new(_state);

    /// <summary>Gets what call-planning strategies read; meaningful once the draft is a call with a number.</summary>
    public CallPlanContext PlanContext => new(_state);

    /// <summary>Gets the call plan, as the strategies applied so far have shaped it.</summary>
    public CallPlanDraft Plan => new(_state);

    /// <summary>Applies a decision strategy to the draft.</summary>
    /// <param name="strategy">One of the trial's strategies.</param>
    /// <returns>This trial.</returns>
    /// <exception cref="ArgumentException">The strategy is not one the trial was given.</exception>
    public StrategyTrial Apply(DecisionStrategy strategy)
    {
        Require(strategy);
        strategy.Apply(Context, Draft);
        return this;
    }

    /// <summary>Applies a call-planning strategy to the plan.</summary>
    /// <param name="strategy">One of the trial's strategies.</param>
    /// <returns>This trial.</returns>
    /// <exception cref="ArgumentException">The strategy is not one the trial was given.</exception>
    /// <exception cref="InvalidOperationException">The draft is not a call with a number and a person to ask for.</exception>
    public StrategyTrial ApplyPlanning(CallPlanningStrategy strategy)
    {
        Require(strategy);
        if (_state.Kind != NextActionKind.Call || _state.Number is null || _state.Callee is null)
        {
            throw new InvalidOperationException("Call planning needs a draft that is a call with a number and a person to ask for; apply the decision strategies that choose them first.");
        }

        strategy.Plan(PlanContext, Plan);
        return this;
    }

    /// <summary>
    /// Lists the spans <paramref name="strategy"/> blocks on <paramref name="date"/>, asking it as the
    /// window search does: from the day's opening, then from the end of each span it names.
    /// </summary>
    /// <param name="strategy">One of the trial's strategies.</param>
    /// <param name="date">An office-local date on which the office is open.</param>
    /// <param name="callee">The person being called; the default is the person to ask for.</param>
    /// <returns>The blocked spans, in order.</returns>
    /// <exception cref="ArgumentException">The strategy is not one the trial was given, or the office is not open that day.</exception>
    public IReadOnlyList<TimeOfDayRange> BlocksOn(CallWindowStrategy strategy, LocalDate date, Interviewer? callee = null)
    {
        Require(strategy);
        var day = new CallDay(Calendar, _state.Case, _state.Profile, date, callee ?? _state.Case.Interview.Lead);
        var blocks = new List<TimeOfDayRange>();
        var from = day.WorkingDay.Start;
        while (strategy.TryGetBlock(day, from, out var block) && block.IsValid)
        {
            blocks.Add(block);
            if (block.EndsAtEndOfDay || blocks.Count > 1440)
            {
                break;
            }

            var next = block.End > from ? block.End : from.PlusNanoseconds(1);
            if (next <= from)
            {
                break;
            }

            from = next;
        }

        return blocks;
    }

    /// <summary>
    /// Concludes the decision as a policy would from here: a stop, a wait until the draft's earliest
    /// moment, a written action, or the call in the plan's first window (or the wait or stop the plan
    /// settled on). Applies no further strategy.
    /// </summary>
    /// <returns>The action.</returns>
    /// <exception cref="InvalidOperationException">A due call has no number, or its plan no window and no outcome.</exception>
    public NextAction Conclude() => FollowUpPolicy.Conclude(_state, []);

    private void Require(FollowUpStrategy strategy)
    {
        if (!_strategies.Contains(Guard.NotNull(strategy)))
        {
            throw new ArgumentException($"{strategy.Descriptor.Name} is not one of the strategies this trial was given; its reasons would be unknown.", nameof(strategy));
        }
    }
}
