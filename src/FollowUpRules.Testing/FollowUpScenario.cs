using FollowUpRules.Simulation;
using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>
/// A scripted follow-up for a test: a starting case, the answers the world gives, and how long to
/// play it. Build one with <see cref="For(FollowUpCase)"/>, script answers, then <see cref="Run"/>
/// a policy through it. Immutable: each method returns a new scenario, so a base scenario can be
/// shared between tests.
/// </summary>
/// <remarks>
/// <para>Which answer applies to a step, first match wins: the answer to that step number
/// (<see cref="OnStep"/>); to the n-th action of its kind (<see cref="OnCall"/>,
/// <see cref="On(NextActionKind, int, SimulatedResponse)"/>); to every action of its kind
/// (<see cref="OnEvery"/>); the default (<see cref="Otherwise"/>); and otherwise no answer.</para>
/// <para>Time advances to each action's moment: the start of a call's proposed window, the end of a
/// wait, or at once for a message. Each answer is recorded as the <see cref="ContactAttempt"/> it
/// implies, and the policy decides again, until a stop, the step limit or the end of the period.</para>
/// </remarks>
public sealed class FollowUpScenario
{
    private readonly FollowUpCase _case;
    private readonly Instant? _start;
    private readonly LocalDateTime? _localStart;
    private readonly Period? _length;
    private readonly int _maxSteps;
    private readonly Dictionary<int, SimulatedResponse> _bySteps;
    private readonly Dictionary<(NextActionKind Kind, int Ordinal), SimulatedResponse> _byOrdinal;
    private readonly Dictionary<NextActionKind, SimulatedResponse> _byKind;
    private readonly SimulatedResponse _otherwise;
    private readonly IDateTimeZoneProvider _zones;

    private FollowUpScenario(
        FollowUpCase followUpCase,
        Instant? start,
        LocalDateTime? localStart,
        Period? length,
        int maxSteps,
        Dictionary<int, SimulatedResponse> bySteps,
        Dictionary<(NextActionKind, int), SimulatedResponse> byOrdinal,
        Dictionary<NextActionKind, SimulatedResponse> byKind,
        SimulatedResponse otherwise,
        IDateTimeZoneProvider zones)
    {
        _case = followUpCase;
        _start = start;
        _localStart = localStart;
        _length = length;
        _maxSteps = maxSteps;
        _bySteps = bySteps;
        _byOrdinal = byOrdinal;
        _byKind = byKind;
        _otherwise = otherwise;
        _zones = zones;
    }

    /// <summary>Gets the case the scenario starts from.</summary>
    public FollowUpCase Case => _case;

    /// <summary>Gets the most steps the scenario plays.</summary>
    /// <value>The default value is 50.</value>
    public int MaxSteps => _maxSteps;

    /// <summary>
    /// Starts a scenario from <paramref name="followUpCase"/>; unless told otherwise (<see cref="StartingAt(Instant)"/>),
    /// it begins where the case's own timeline has reached: its latest attempt, or the interview when it has none.
    /// </summary>
    /// <param name="followUpCase">The case, with any attempts already made.</param>
    /// <returns>The scenario.</returns>
    public static FollowUpScenario For(FollowUpCase followUpCase) =>
        new(Guard.NotNull(followUpCase), null, null, null, 50, [], [], [], SimulatedResponse.NoAnswer, DateTimeZoneProviders.Tzdb);

    /// <summary>Begins the scenario at an instant.</summary>
    /// <param name="start">The first decision's instant.</param>
    /// <returns>A new scenario.</returns>
    public FollowUpScenario StartingAt(Instant start) => With(start: start, localStart: null);

    /// <summary>Begins the scenario at an office-local date and time (mapped leniently: a time in a spring-forward gap moves later).</summary>
    /// <param name="officeLocal">The first decision's office-local time.</param>
    /// <returns>A new scenario.</returns>
    public FollowUpScenario StartingAt(LocalDateTime officeLocal) => With(start: null, localStart: officeLocal);

    /// <summary>Ends the scenario after a period from its start even without a stop ("then silence for a month").</summary>
    /// <param name="length">The period, in the office's calendar.</param>
    /// <returns>A new scenario.</returns>
    public FollowUpScenario For(Period length) => With(length: Guard.NotNull(length));

    /// <summary>Limits how many steps the scenario plays.</summary>
    /// <param name="maxSteps">1 to <see cref="FollowUpSimulator.MaxStepLimit"/>.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSteps"/> is out of range.</exception>
    public FollowUpScenario WithMaxSteps(int maxSteps)
    {
        if (maxSteps < 1 || maxSteps > FollowUpSimulator.MaxStepLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSteps), maxSteps, "Allow 1 to " + FollowUpSimulator.MaxStepLimit + " steps.");
        }

        return With(maxSteps: maxSteps);
    }

    /// <summary>Scripts the answer to one step (numbered from 1).</summary>
    /// <param name="step">The step number.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is below 1.</exception>
    public FollowUpScenario OnStep(int step, SimulatedResponse answer)
    {
        if (step < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "Steps are numbered from 1.");
        }

        return With(bySteps: Copy(_bySteps, step, Guard.NotNull(answer)));
    }

    /// <summary>Scripts the answer to the n-th call (numbered from 1).</summary>
    /// <param name="call">Which call: 1 for the first.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>A new scenario.</returns>
    public FollowUpScenario OnCall(int call, SimulatedResponse answer) => On(NextActionKind.Call, call, answer);

    /// <summary>Scripts the answer to the n-th action of a kind (numbered from 1).</summary>
    /// <param name="kind">The kind of action.</param>
    /// <param name="ordinal">Which one: 1 for the first.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is below 1.</exception>
    public FollowUpScenario On(NextActionKind kind, int ordinal, SimulatedResponse answer)
    {
        if (ordinal < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, "Actions of a kind are numbered from 1.");
        }

        return With(byOrdinal: Copy(_byOrdinal, (kind, ordinal), Guard.NotNull(answer)));
    }

    /// <summary>Scripts the answer to every action of a kind not scripted more precisely.</summary>
    /// <param name="kind">The kind of action.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>A new scenario.</returns>
    public FollowUpScenario OnEvery(NextActionKind kind, SimulatedResponse answer) =>
        With(byKind: Copy(_byKind, kind, Guard.NotNull(answer)));

    /// <summary>Scripts the answer to anything not scripted otherwise.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns>A new scenario.</returns>
    public FollowUpScenario Otherwise(SimulatedResponse answer) => With(otherwise: Guard.NotNull(answer));

    /// <summary>Reads the office's time zone from another provider than tzdb: the one the policy was built with (<see cref="FollowUpPolicyBuilder.UseTimeZones"/>).</summary>
    /// <param name="zones">The provider.</param>
    /// <returns>A new scenario.</returns>
    public FollowUpScenario UsingTimeZones(IDateTimeZoneProvider zones) => With(zones: Guard.NotNull(zones));

    /// <summary>Plays the scenario with <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy: ours, or ours plus the host's own strategies.</param>
    /// <returns>The transcript, in office time.</returns>
    /// <exception cref="InvalidCaseException">The starting case is invalid.</exception>
    /// <exception cref="ArgumentException">The case's office time zone is unknown, or a scripted answer is impossible for its action (voicemail answering an email).</exception>
    public ScenarioTranscript Run(IFollowUpPolicy policy)
    {
        Guard.NotNull(policy);
        var zone = _zones.GetZoneOrNull(_case.Office?.TimeZoneId ?? string.Empty)
            ?? throw new ArgumentException($"The case's office.timeZoneId \"{_case.Office?.TimeZoneId}\" is not a time zone id in {_zones.VersionId}.", nameof(policy));
        var start = _start ?? (_localStart is { } local ? local.InZoneLeniently(zone).ToInstant() : LastEvent(_case));
        Instant? until = _length is { } length ? start.InZone(zone).LocalDateTime.Plus(length).InZoneLeniently(zone).ToInstant() : null;
        var counts = new Dictionary<NextActionKind, int>();
        var transcript = FollowUpSimulator.Run(policy, _case, start, moment => Answer(moment, counts), _maxSteps, until);
        return new ScenarioTranscript(transcript, zone, start, until);
    }

    /// <summary>Where the case's own timeline has reached: its latest attempt, or the interview when it has none (null attempts are left to the policy's validation).</summary>
    private static Instant LastEvent(FollowUpCase followUpCase) =>
        followUpCase.Attempts.Aggregate(followUpCase.Interview.At, (last, attempt) => attempt is not null && attempt.At > last ? attempt.At : last);

    private static Dictionary<TKey, SimulatedResponse> Copy<TKey>(Dictionary<TKey, SimulatedResponse> source, TKey key, SimulatedResponse value)
        where TKey : notnull =>
        new(source) { [key] = value };

    private SimulatedResponse Answer(SimulationMoment moment, Dictionary<NextActionKind, int> counts)
    {
        var kind = moment.Action.Kind;
        counts[kind] = counts.TryGetValue(kind, out var seen) ? seen + 1 : 1;
        return _bySteps.TryGetValue(moment.Step, out var byStep) ? byStep
            : _byOrdinal.TryGetValue((kind, counts[kind]), out var byOrdinal) ? byOrdinal
            : _byKind.TryGetValue(kind, out var byKind) ? byKind
            : _otherwise;
    }

    private FollowUpScenario With(
        Instant? start = null,
        LocalDateTime? localStart = null,
        Period? length = null,
        int? maxSteps = null,
        Dictionary<int, SimulatedResponse>? bySteps = null,
        Dictionary<(NextActionKind, int), SimulatedResponse>? byOrdinal = null,
        Dictionary<NextActionKind, SimulatedResponse>? byKind = null,
        SimulatedResponse? otherwise = null,
        IDateTimeZoneProvider? zones = null) =>
        new(
            _case,
            start ?? (localStart is null ? _start : null),
            localStart ?? (start is null ? _localStart : null),
            length ?? _length,
            maxSteps ?? _maxSteps,
            bySteps ?? _bySteps,
            byOrdinal ?? _byOrdinal,
            byKind ?? _byKind,
            otherwise ?? _otherwise,
            zones ?? _zones);
}
