using System.Runtime.CompilerServices;
using FollowUpRules.Engine;
using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// The rules engine: decides what a candidate should do next. Build one with
/// <see cref="FollowUpPolicyBuilder"/> (or <see cref="Create"/>); it is then immutable and
/// thread-safe, and deciding is pure.
/// </summary>
/// <remarks>
/// <para>A decision runs in this order. The case is validated (every problem reported at once) and
/// its attempts are read into a <see cref="FollowUpHistory"/>. Then the <b>decision stage</b>: the
/// <see cref="DecisionStrategy"/>s shape a <see cref="DecisionDraft"/> in pipeline order, a stop
/// ending the stage. A stop is the decision; a draft whose earliest moment is still ahead is
/// <see cref="NextAction.Wait"/> until then; a due written action is the decision. A due call goes on
/// to the <b>call-planning stage</b>: the <see cref="CallPlanningStrategy"/>s shape a
/// <see cref="CallPlanDraft"/> (its windows, found with the <see cref="CallWindowStrategy"/>s; what to
/// do on voicemail or with a gatekeeper; a wait or a stop when no window exists), and the call is
/// proposed in its first window.</para>
/// <para>The engine itself decides nothing: every choice, and every reason, is a strategy's. A
/// composition that leaves a due call without a number, or a call plan without a window, is a mistake
/// in the policy and throws <see cref="InvalidOperationException"/> naming it.</para>
/// </remarks>
public sealed class FollowUpPolicy : IFollowUpPolicy
{
    private static FollowUpPolicy? _default;

    private readonly DecisionStrategy[] _decisions;
    private readonly CallPlanningStrategy[] _callPlanning;
    private readonly ScriptStrategy[] _scripts;
    private readonly ZoneLookup _zones;
    private readonly IHolidayCalendar? _holidays;
    private readonly ReasonCatalogue _catalogue;
    private readonly CallWindowSearch _search;

    internal FollowUpPolicy(
        FollowUpProfile profile,
        DecisionStrategy[] decisions,
        CallPlanningStrategy[] callPlanning,
        CallWindowStrategy[] windows,
        ScriptStrategy[] scripts,
        IDateTimeZoneProvider? zones,
        IHolidayCalendar? holidays,
        IReadOnlyList<PolicyWarning> warnings)
    {
        Profile = profile;
        _decisions = decisions;
        _callPlanning = callPlanning;
        _scripts = scripts;
        _zones = new ZoneLookup(zones);
        _holidays = holidays;

        // Plain loops rather than LINQ here: building the first policy is on every host's startup path.
        var declared = new List<FollowUpReason>(160);
        AddReasons(declared, decisions);
        AddReasons(declared, callPlanning);
        AddReasons(declared, windows);
        declared.AddRange(WindowSearchReasons.All);
        _catalogue = ReasonCatalogue.Create(declared, profile);
        _search = new CallWindowSearch(windows, _catalogue);
        Strategies = new PolicyStrategies(Descriptors(decisions), Descriptors(callPlanning), Descriptors(windows), Descriptors(scripts), _catalogue.Reasons, warnings);
    }

    /// <summary>Gets a policy built from <see cref="FollowUpProfiles.Default"/> with the standard strategies.</summary>
    public static FollowUpPolicy Default => _default ??= Create(FollowUpProfiles.Default);

    /// <inheritdoc/>
    public FollowUpProfile Profile { get; }

    /// <inheritdoc/>
    public PolicyStrategies Strategies { get; }

    /// <summary>Builds a policy from <paramref name="profile"/> with the standard strategies.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidProfileException">The profile is invalid.</exception>
    public static FollowUpPolicy Create(FollowUpProfile profile) => new FollowUpPolicyBuilder(profile).Build();

    /// <inheritdoc/>
    public NextAction Decide(FollowUpCase followUpCase, Instant now)
    {
        var calendar = Prepare(followUpCase, now);
        var state = DecisionState.Rent();
        try
        {
            state.Begin(followUpCase, now, Profile, calendar, _catalogue, _search);
            return Decide(state, _decisions, _callPlanning);
        }
        finally
        {
            state.Return();
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<ValidationProblem> Validate(FollowUpCase followUpCase, Instant now) =>
        (IReadOnlyList<ValidationProblem>?)CaseValidator.Validate(followUpCase, now, _zones, out _) ?? [];

    /// <inheritdoc/>
    public IReadOnlyList<CallWindow> FindCallWindows(FollowUpCase followUpCase, Instant from, int count) =>
        FindWindows(followUpCase, from, count, Guard.NotNull(followUpCase).Interview.Lead);

    /// <inheritdoc/>
    public IReadOnlyList<CallWindow> FindCallWindows(FollowUpCase followUpCase, Instant from, int count, Interviewer person)
    {
        Guard.NotNull(followUpCase);
        Guard.NotNull(person);
        if (!followUpCase.Interview.Interviewers.Contains(person))
        {
            throw new ArgumentException($"{person.Name} is not one of the case's interviewers ({string.Join(", ", followUpCase.Interview.Interviewers.Select(p => p.Name))}).", nameof(person));
        }

        return FindWindows(followUpCase, from, count, person);
    }

    private List<CallWindow> FindWindows(FollowUpCase followUpCase, Instant from, int count, Interviewer? person)
    {
        if (count < 1 || count > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for 1 to 100 windows.");
        }

        var calendar = Prepare(followUpCase, from);
        var sink = new WindowListSink(count);
        _search.Find(calendar, followUpCase, Profile, person, from, ref sink, Profile.CallWindowSearchDays);
        return sink.Windows;
    }

    /// <inheritdoc/>
    public FollowUpScript Script(FollowUpCase followUpCase, NextAction action)
    {
        Guard.NotNull(followUpCase);
        Guard.NotNull(action);
        var calendar = Prepare(followUpCase, LatestAttemptOrInterview(followUpCase));
        var builder = new ScriptBuilder();
        var context = new ScriptContext(followUpCase, action, Profile, calendar);
        foreach (var strategy in _scripts)
        {
            strategy.Contribute(in context, builder);
        }

        return builder.Build(action.Kind);
    }

    /// <summary>Runs both stages on a state already begun, and turns the result into an action.</summary>
    internal static NextAction Decide(DecisionState state, DecisionStrategy[] decisions, CallPlanningStrategy[] callPlanning)
    {
        var context = new DecisionContext(state);
        var draft = new DecisionDraft(state);
        foreach (var strategy in decisions)
        {
            strategy.Apply(context, draft);
            if (state.Kind == NextActionKind.Stop)
            {
                break;
            }
        }

        return Conclude(state, callPlanning);
    }

    /// <summary>Turns a finished decision stage into an action, planning the call when one is due.</summary>
    internal static NextAction Conclude(DecisionState state, CallPlanningStrategy[] callPlanning)
    {
        var catalogue = state.Catalogue;
        if (state.Kind == NextActionKind.Stop)
        {
            return new NextAction.Stop(state.StopReason, catalogue.ListOf(state.Reasons));
        }

        var reasons = state.Reasons.Union(state.TimingReasons);
        if (state.Earliest > state.Now)
        {
            return state.Kind == NextActionKind.Call && state.Number is not null && state.Callee is not null
                ? PlanAhead(state, callPlanning, reasons)
                : WaitFor(state, state.Earliest, catalogue.ListOf(reasons));
        }

        switch (state.Kind)
        {
            case NextActionKind.SendEmail:
                return new NextAction.SendEmail(Recipients(state), state.WrittenPurpose, state.ChosenBecause, catalogue.ListOf(reasons));
            case NextActionKind.SendThankYouNote:
                return new NextAction.SendThankYouNote(Recipients(state), state.WrittenPurpose, state.ChosenBecause, catalogue.ListOf(reasons));
            case NextActionKind.MessageOnLinkedIn:
                return new NextAction.MessageOnLinkedIn(state.LinkedInRecipient!, catalogue.ListOf(reasons));
            case NextActionKind.ContactAgency:
                return new NextAction.ContactAgency(
                    state.Case.Candidate.Agency ?? throw new InvalidOperationException("A decision strategy proposed to contact the agency of a candidate who has none."),
                    state.AgencyRequest,
                    state.AgencyChannel,
                    state.AgencyPurpose,
                    catalogue.ListOf(reasons));
        }

        if (state.Number is null || state.Callee is null)
        {
            throw new InvalidOperationException(
                "The decision strategies proposed a call without a number, and none stopped or chose another channel. "
                + "Keep NoRouteStop (FUR-08) at the end of the decision strategies, or add one that settles a case with no number to call.");
        }

        return PlanCall(state, callPlanning, reasons);
    }

    /// <summary>Lets the call-planning strategies look ahead at a call that is not yet due: the wait stands unless one stops or waits longer.</summary>
    private static NextAction PlanAhead(DecisionState state, CallPlanningStrategy[] callPlanning, ReasonBits decisionReasons)
    {
        var context = new CallPlanContext(state);
        var plan = new CallPlanDraft(state);
        foreach (var strategy in callPlanning)
        {
            strategy.PlanAhead(context, plan);
            if (state.PlanOutcome != PlanOutcome.None)
            {
                break;
            }
        }

        var catalogue = state.Catalogue;
        return state.PlanOutcome switch
        {
            PlanOutcome.Stop => new NextAction.Stop(state.PlanStopReason, catalogue.ListOf(state.PlanReasons)),
            PlanOutcome.Wait when state.PlanWaitUntil > state.Earliest => WaitFor(state, state.PlanWaitUntil, catalogue.ListOf(decisionReasons.Union(state.PlanReasons))),
            _ => WaitFor(state, state.Earliest, catalogue.ListOf(decisionReasons)),
        };
    }

    private static NextAction PlanCall(DecisionState state, CallPlanningStrategy[] callPlanning, ReasonBits decisionReasons)
    {
        var context = new CallPlanContext(state);
        var plan = new CallPlanDraft(state);
        foreach (var strategy in callPlanning)
        {
            strategy.Plan(context, plan);
            if (state.PlanOutcome != PlanOutcome.None)
            {
                break;
            }
        }

        var catalogue = state.Catalogue;
        switch (state.PlanOutcome)
        {
            case PlanOutcome.Stop:
                return new NextAction.Stop(state.PlanStopReason, catalogue.ListOf(state.PlanReasons));
            case PlanOutcome.Wait:
                return WaitFor(state, state.PlanWaitUntil, catalogue.ListOf(decisionReasons.Union(state.PlanReasons)));
        }

        if (state.WindowCount == 0)
        {
            throw new InvalidOperationException(
                "The call-planning strategies left the call without a window and did not settle it as a wait or a stop. "
                + "Keep OpenWindows (FUR-02) and NoWindowFallback (FUR-06) among the call-planning strategies, or add ones that do their work.");
        }

        return new NextAction.Call(state, catalogue.ListOf(decisionReasons.Union(state.PlanReasons)));
    }

    /// <summary>A wait until <paramref name="until"/>, with the office's offset then.</summary>
    private static NextAction.Wait WaitFor(DecisionState state, Instant until, ReasonList reasons) =>
        new(until, state.Calendar.Zone.GetUtcOffset(until), reasons);

    private static ValueList<Interviewer> Recipients(DecisionState state) => ValueList<Interviewer>.CopyOf(state.Recipients);

    private static void AddReasons(List<FollowUpReason> declared, FollowUpStrategy[] strategies)
    {
        foreach (var strategy in strategies)
        {
            declared.AddRange(strategy.Descriptor.Reasons);
        }
    }

    private static List<StrategyDescriptor> Descriptors(FollowUpStrategy[] strategies)
    {
        var descriptors = new List<StrategyDescriptor>(strategies.Length);
        foreach (var strategy in strategies)
        {
            descriptors.Add(strategy.Descriptor);
        }

        return descriptors;
    }

    private static Instant LatestAttemptOrInterview(FollowUpCase followUpCase)
    {
        var latest = followUpCase.Interview?.At ?? CaseValidator.Earliest;
        foreach (var attempt in followUpCase.AttemptArray)
        {
            if (attempt is not null && attempt.At > latest)
            {
                latest = attempt.At;
            }
        }

        return latest;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private OfficeCalendar Prepare(FollowUpCase followUpCase, Instant now)
    {
        Guard.NotNull(followUpCase);
        var problems = CaseValidator.Validate(followUpCase, now, _zones, out var zone);
        if (problems is not null)
        {
            throw new InvalidCaseException(problems);
        }

        return new OfficeCalendar(followUpCase.Office, zone!, _holidays);
    }
}
