using FollowUpRules.Engine;
using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// Builds a <see cref="FollowUpPolicy"/>: a profile, the standard strategies in their standard order
/// (see <see cref="StandardStrategies"/>), and any changes a host makes: remove, replace, add or reorder
/// strategies, supply a holiday calendar or a time zone provider. Single use: <see cref="Build"/> once.
/// </summary>
/// <example>
/// <code>
/// var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Default)
///     .Remove&lt;LunchBlackout&gt;()
///     .Add(new NoCallsOnFridays())
///     .UseHolidayCalendar(myCalendar)
///     .Build();
/// </code>
/// </example>
public sealed class FollowUpPolicyBuilder
{
    /// <summary>Settings that name or describe a profile, or choose the articles it cites: read by every policy.</summary>
    private static readonly ProfileSetting[] AlwaysRead = [ProfileSettings.Name, ProfileSettings.Description, ProfileSettings.Sources];

    private FollowUpProfile _profile;
    private bool _built;
    private IDateTimeZoneProvider? _timeZones;

    /// <summary>Initializes a new instance of the <see cref="FollowUpPolicyBuilder"/> class from the default profile.</summary>
    public FollowUpPolicyBuilder()
        : this(FollowUpProfiles.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FollowUpPolicyBuilder"/> class from <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile; it is validated by <see cref="Build"/>.</param>
    public FollowUpPolicyBuilder(FollowUpProfile profile)
    {
        _profile = Guard.NotNull(profile);
        TzdbWarmUp.Start();
        Decisions = new StrategyList<DecisionStrategy>(CheckNotBuilt);
        CallPlanning = new StrategyList<CallPlanningStrategy>(CheckNotBuilt);
        Windows = new StrategyList<CallWindowStrategy>(CheckNotBuilt);
        Scripts = new StrategyList<ScriptStrategy>(CheckNotBuilt);
        foreach (var strategy in StandardStrategies.CreateDecisionStrategies())
        {
            Decisions.Add(strategy);
        }

        foreach (var strategy in StandardStrategies.CreateCallPlanningStrategies())
        {
            CallPlanning.Add(strategy);
        }

        foreach (var strategy in StandardStrategies.CreateWindowStrategies())
        {
            Windows.Add(strategy);
        }

        foreach (var strategy in StandardStrategies.CreateScriptStrategies())
        {
            Scripts.Add(strategy);
        }
    }

    /// <summary>Gets or sets the profile; strategies read their settings from it.</summary>
    public FollowUpProfile Profile
    {
        get => _profile;
        set
        {
            CheckNotBuilt();
            _profile = Guard.NotNull(value);
        }
    }

    /// <summary>Gets the decision strategies, in pipeline order.</summary>
    public StrategyList<DecisionStrategy> Decisions { get; }

    /// <summary>Gets the call-planning strategies, in pipeline order.</summary>
    public StrategyList<CallPlanningStrategy> CallPlanning { get; }

    /// <summary>Gets the call-window strategies.</summary>
    public StrategyList<CallWindowStrategy> Windows { get; }

    /// <summary>Gets the script strategies.</summary>
    public StrategyList<ScriptStrategy> Scripts { get; }

    /// <summary>Gets or sets the time zone provider that resolves office zone ids.</summary>
    /// <value>The default value is <see cref="DateTimeZoneProviders.Tzdb"/>.</value>
    /// <remarks>
    /// Until a provider is set, the builder does not wait for NodaTime to load its time-zone data
    /// (about half of a fresh process's first decision): it starts the load on a thread-pool thread
    /// when it is created and goes on building, and the policy's first look-up of a zone waits for it.
    /// </remarks>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IDateTimeZoneProvider TimeZones
    {
        get => _timeZones ?? DateTimeZoneProviders.Tzdb;
        set => _timeZones = Guard.NotNull(value);
    }

    /// <summary>Gets or sets the host's holiday calendar, consulted with each office's own holidays.</summary>
    /// <value>The default value is <see langword="null"/> (only the offices' listed holidays).</value>
    public IHolidayCalendar? HolidayCalendar { get; set; }

    /// <summary>Replaces the profile with a changed copy.</summary>
    /// <param name="change">Returns the new profile from the current one, for example <c>p =&gt; p with { MaxVoicemails = 0 }</c>.</param>
    /// <returns>This builder.</returns>
    public FollowUpPolicyBuilder ConfigureProfile(Func<FollowUpProfile, FollowUpProfile> change)
    {
        Guard.NotNull(change);
        Profile = change(_profile);
        return this;
    }

    /// <summary>Adds a strategy after all others of its kind (decision, call planning, window or script).</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This builder.</returns>
    public FollowUpPolicyBuilder Add(FollowUpStrategy strategy)
    {
        switch (Guard.NotNull(strategy))
        {
            case DecisionStrategy decision:
                Decisions.Add(decision);
                break;
            case CallPlanningStrategy planning:
                CallPlanning.Add(planning);
                break;
            case CallWindowStrategy window:
                Windows.Add(window);
                break;
            case ScriptStrategy script:
                Scripts.Add(script);
                break;
            default:
                throw UnknownKind(strategy);
        }

        return this;
    }

    /// <summary>Inserts a strategy just before the first strategy of type <typeparamref name="TExisting"/>, of the same kind.</summary>
    /// <typeparam name="TExisting">The strategy type to insert before.</typeparam>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No such strategy, or the two are of different kinds.</exception>
    public FollowUpPolicyBuilder InsertBefore<TExisting>(FollowUpStrategy strategy)
        where TExisting : FollowUpStrategy => Insert<TExisting>(strategy, after: false);

    /// <summary>Inserts a strategy just after the first strategy of type <typeparamref name="TExisting"/>, of the same kind.</summary>
    /// <typeparam name="TExisting">The strategy type to insert after.</typeparam>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No such strategy, or the two are of different kinds.</exception>
    public FollowUpPolicyBuilder InsertAfter<TExisting>(FollowUpStrategy strategy)
        where TExisting : FollowUpStrategy => Insert<TExisting>(strategy, after: true);

    /// <summary>Removes every strategy of type <typeparamref name="TStrategy"/>.</summary>
    /// <typeparam name="TStrategy">The strategy type.</typeparam>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">The builder holds no strategy of that type (a misspelt removal would otherwise pass unnoticed).</exception>
    public FollowUpPolicyBuilder Remove<TStrategy>()
        where TStrategy : FollowUpStrategy
    {
        CheckNotBuilt();
        var removed = Decisions.RemoveWhere(s => s is TStrategy)
            | CallPlanning.RemoveWhere(s => s is TStrategy)
            | Windows.RemoveWhere(s => s is TStrategy)
            | Scripts.RemoveWhere(s => s is TStrategy);
        if (!removed)
        {
            throw new InvalidOperationException($"The builder holds no {typeof(TStrategy).Name} to remove.");
        }

        return this;
    }

    /// <summary>Replaces every strategy of type <typeparamref name="TStrategy"/> with <paramref name="replacement"/>, at the first one's position.</summary>
    /// <typeparam name="TStrategy">The strategy type to replace.</typeparam>
    /// <param name="replacement">The strategy to put in its place, of the same kind.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No such strategy, or the two are of different kinds.</exception>
    public FollowUpPolicyBuilder Replace<TStrategy>(FollowUpStrategy replacement)
        where TStrategy : FollowUpStrategy
    {
        Guard.NotNull(replacement);
        CheckNotBuilt();
        var done = replacement switch
        {
            DecisionStrategy decision => Decisions.ReplaceWhere(s => s is TStrategy, decision),
            CallPlanningStrategy planning => CallPlanning.ReplaceWhere(s => s is TStrategy, planning),
            CallWindowStrategy window => Windows.ReplaceWhere(s => s is TStrategy, window),
            ScriptStrategy script => Scripts.ReplaceWhere(s => s is TStrategy, script),
            _ => throw UnknownKind(replacement),
        };
        if (!done)
        {
            throw new InvalidOperationException($"The builder holds no {typeof(TStrategy).Name} of the same kind as {replacement.Descriptor.Name} to replace.");
        }

        return this;
    }

    /// <summary>Uses a host's holiday calendar.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder.</returns>
    public FollowUpPolicyBuilder UseHolidayCalendar(IHolidayCalendar calendar)
    {
        CheckNotBuilt();
        HolidayCalendar = Guard.NotNull(calendar);
        return this;
    }

    /// <summary>Uses another time zone provider (for example a pinned tzdb release).</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>This builder.</returns>
    public FollowUpPolicyBuilder UseTimeZones(IDateTimeZoneProvider provider)
    {
        CheckNotBuilt();
        TimeZones = Guard.NotNull(provider);
        return this;
    }

    /// <summary>
    /// Validates the profile and builds the policy. Strategies whose settings are off for the profile
    /// are left out (see <see cref="FollowUpStrategy.AppliesTo"/>). A profile setting that is switched
    /// on (neither null nor false) but that no strategy of the builder reads is reported in
    /// <see cref="PolicyStrategies.Warnings"/>.
    /// </summary>
    /// <returns>The immutable policy.</returns>
    /// <exception cref="InvalidProfileException">The profile is invalid; the exception lists every bad setting.</exception>
    /// <exception cref="InvalidOperationException">The builder was already used, or a window strategy declares no reason.</exception>
    public FollowUpPolicy Build()
    {
        CheckNotBuilt();
        var problems = ProfileValidator.Validate(_profile);
        if (problems.Count > 0)
        {
            throw new InvalidProfileException(_profile.Name, problems);
        }

        var all = Decisions.ToArray().Concat<FollowUpStrategy>(CallPlanning.ToArray()).Concat(Windows.ToArray()).Concat(Scripts.ToArray()).ToList();
        foreach (var window in Windows)
        {
            if (window.Descriptor.Reasons.Count == 0)
            {
                throw new InvalidOperationException($"Window strategy {window.Descriptor.Name} declares no reason; its windows cite the first reason its descriptor declares.");
            }
        }

        var warnings = UnreadSettings(all, _profile);
        _built = true;
        return new FollowUpPolicy(
            _profile,
            Applying(Decisions.ToArray(), _profile),
            Applying(CallPlanning.ToArray(), _profile),
            Applying(Windows.ToArray(), _profile),
            Applying(Scripts.ToArray(), _profile),
            _timeZones,
            HolidayCalendar,
            warnings);
    }

    /// <summary>
    /// The settings that no strategy of the builder declares it reads and that the profile switches
    /// on (a setting that is null or false is off, so no strategy reading it changes nothing).
    /// </summary>
    private static List<PolicyWarning> UnreadSettings(List<FollowUpStrategy> strategies, FollowUpProfile profile)
    {
        var read = new HashSet<ProfileSetting>(AlwaysRead);
        foreach (var strategy in strategies)
        {
            read.UnionWith(strategy.Descriptor.Settings);
        }

        var warnings = new List<PolicyWarning>();
        foreach (var setting in ProfileSettings.All)
        {
            var value = setting.ValueIn(profile);
            if (read.Contains(setting) || value is "null" or "false")
            {
                continue;
            }

            var readers = StandardStrategies.ReadersOf(setting);
            warnings.Add(new PolicyWarning(
                setting,
                value,
                "no strategy of this policy reads it, so it has no effect"
                + (readers.Count == 0 ? "." : "; the standard strategies that read it (" + string.Join(", ", readers) + ") were removed or replaced by ones that do not declare it.")));
        }

        return warnings;
    }

    private static TStrategy[] Applying<TStrategy>(TStrategy[] strategies, FollowUpProfile profile)
        where TStrategy : FollowUpStrategy
    {
        var applying = new List<TStrategy>(strategies.Length);
        foreach (var strategy in strategies)
        {
            if (strategy.AppliesTo(profile))
            {
                applying.Add(strategy);
            }
        }

        return applying.ToArray();
    }

    private static InvalidOperationException UnknownKind(FollowUpStrategy strategy) =>
        new($"{strategy.Descriptor.Name} must derive from DecisionStrategy, CallPlanningStrategy, CallWindowStrategy or ScriptStrategy.");

    private FollowUpPolicyBuilder Insert<TExisting>(FollowUpStrategy strategy, bool after)
        where TExisting : FollowUpStrategy
    {
        Guard.NotNull(strategy);
        CheckNotBuilt();
        var done = strategy switch
        {
            DecisionStrategy decision => Decisions.InsertNear(s => s is TExisting, decision, after),
            CallPlanningStrategy planning => CallPlanning.InsertNear(s => s is TExisting, planning, after),
            CallWindowStrategy window => Windows.InsertNear(s => s is TExisting, window, after),
            ScriptStrategy script => Scripts.InsertNear(s => s is TExisting, script, after),
            _ => throw UnknownKind(strategy),
        };
        if (!done)
        {
            throw new InvalidOperationException($"The builder holds no {typeof(TExisting).Name} of the same kind as {strategy.Descriptor.Name} to insert {(after ? "after" : "before")}.");
        }

        return this;
    }

    private void CheckNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its policy; a builder is single-use. Create a new FollowUpPolicyBuilder.");
        }
    }
}
