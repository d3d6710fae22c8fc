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
/// <para>A decision runs in this order: the case is validated (every problem reported at once); the
/// attempts are summed up into a <see cref="FollowUpHistory"/>; the decision rules adjust a draft in
/// pipeline order, a stop ending the pipeline; then the action is assembled. When the earliest
/// moment the rules allow is still ahead, the action is <see cref="NextAction.Wait"/> until then.
/// Otherwise a call gets its window (the time the employer named, if any, else the first the
/// window rules leave open from now) and up to two alternatives.</para>
/// </remarks>
public sealed class FollowUpPolicy : IFollowUpPolicy
{
    /// <summary>How far ahead a call is looked for at all before the follow-up stops for want of a window.</summary>
    private const int YearOfDays = 366;

    private static FollowUpPolicy? _default;

    private readonly DecisionStrategy[] _decisionRules;
    private readonly ScriptStrategy[] _scriptRules;
    private readonly ZoneLookup _zones;
    private readonly IHolidayCalendar? _holidays;
    private readonly ReasonCatalogue _catalogue;
    private readonly CallWindowSearch _search;
    private readonly int[] _windowReasons;
    private readonly int _namedTimeReason;
    private readonly int _holidayReason;
    private readonly int _noWindowReason;
    private readonly int _noRouteReason;
    private readonly int _tooShortReason;
    private readonly int _noWindowInAYearReason;

    internal FollowUpPolicy(
        FollowUpProfile profile,
        DecisionStrategy[] decisionRules,
        CallWindowStrategy[] windowRules,
        ScriptStrategy[] scriptRules,
        IDateTimeZoneProvider? zones,
        IHolidayCalendar? holidays)
    {
        Profile = profile;
        _decisionRules = decisionRules;
        _scriptRules = scriptRules;
        _zones = new ZoneLookup(zones);
        _holidays = holidays;

        // Plain loops rather than LINQ here: building the first policy is on every host's startup path.
        var declared = new List<FollowUpReason>(128);
        foreach (var rule in decisionRules)
        {
            declared.AddRange(rule.Descriptor.Reasons);
        }

        foreach (var rule in windowRules)
        {
            declared.AddRange(rule.Descriptor.Reasons);
        }

        declared.AddRange(LibraryReasons.All);
        _catalogue = ReasonCatalogue.Create(declared);
        _windowReasons = new int[windowRules.Length];
        for (var i = 0; i < windowRules.Length; i++)
        {
            _windowReasons[i] = _catalogue.IndexOf(windowRules[i].Descriptor.Reasons[0]);
        }

        _namedTimeReason = _catalogue.IndexOf(LibraryReasons.NamedTime);
        _holidayReason = _catalogue.IndexOf(LibraryReasons.Holiday);
        _noWindowReason = _catalogue.IndexOf(LibraryReasons.NoWindow);
        _noRouteReason = _catalogue.IndexOf(LibraryReasons.NoRoute);
        _tooShortReason = _catalogue.IndexOf(LibraryReasons.TooShort);
        _noWindowInAYearReason = _catalogue.IndexOf(LibraryReasons.NoWindowInAYear);
        _search = new CallWindowSearch(windowRules, _windowReasons, _catalogue.IndexOf(LibraryReasons.OfficeHours));
        Rules = new PolicyStrategies(Descriptors(decisionRules), Descriptors(windowRules), Descriptors(scriptRules), _catalogue.Reasons);
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

    /// <summary>Gets a policy built from <see cref="FollowUpProfiles.Default"/> with the standard strategies.</summary>
    public static FollowUpPolicy Default => _default ??= Create(FollowUpProfiles.Default);

    /// <inheritdoc/>
    public FollowUpProfile Profile { get; }

    /// <inheritdoc/>
    public PolicyStrategies Rules { get; }

    /// <summary>Builds a policy from <paramref name="profile"/> with the standard strategies.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="InvalidProfileException">The profile is invalid.</exception>
    public static FollowUpPolicy Create(FollowUpProfile profile) => new FollowUpPolicyBuilder(profile).Build();

    /// <inheritdoc/>
    public NextAction Decide(FollowUpCase followUpCase, Instant now)
    {
        var calendar = Prepare(followUpCase, now);
        var context = CreateContext(followUpCase, now, calendar);
        var draft = new DecisionDraft(_catalogue, followUpCase.Interview.At, context.Lead);
        foreach (var rule in _decisionRules)
        {
            rule.Apply(in context, ref draft);
            if (draft.IsStopped)
            {
                break;
            }
        }

        return Assemble(in context, ref draft);
    }

    /// <inheritdoc/>
    public IReadOnlyList<ValidationProblem> Validate(FollowUpCase followUpCase, Instant now) =>
        (IReadOnlyList<ValidationProblem>?)CaseValidator.Validate(followUpCase, now, _zones, out _) ?? [];

    /// <inheritdoc/>
    public IReadOnlyList<CallWindow> FindCallWindows(FollowUpCase followUpCase, Instant from, int count)
    {
        if (count < 1 || count > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for 1 to 100 windows.");
        }

        var calendar = Prepare(followUpCase, from);
        var sink = new WindowListSink(count);
        _search.Find(calendar, followUpCase, Profile, followUpCase.Interview.Lead, from, ref sink, Profile.CallWindowSearchDays);
        return sink.Windows.Select(w => w.Unpack(_catalogue)).ToList();
    }

    /// <inheritdoc/>
    public FollowUpScript Script(FollowUpCase followUpCase, NextAction action)
    {
        Guard.NotNull(followUpCase);
        Guard.NotNull(action);
        var calendar = Prepare(followUpCase, LatestAttemptOrInterview(followUpCase));
        var builder = new ScriptBuilder();
        var context = new ScriptContext(followUpCase, action, Profile, calendar);
        foreach (var rule in _scriptRules)
        {
            rule.Contribute(in context, builder);
        }

        return builder.Build(action.Kind);
    }

    /// <summary>
    /// Builds the context through a call, whose return buffer is the caller's local: built in place
    /// with <c>new</c>, the JIT makes it in a temporary and then copies all of its 408 bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private DecisionContext CreateContext(FollowUpCase followUpCase, Instant now, in OfficeCalendar calendar) => new(followUpCase, now, Profile, calendar);

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

    private NextAction Assemble(in DecisionContext context, ref DecisionDraft draft)
    {
        var reasons = draft.DecisionReasons;
        if (draft.IsStopped)
        {
            return new NextAction.Stop(draft.StopReason, reasons);
        }

        var now = context.Now;
        if (draft.Earliest > now)
        {
            return new NextAction.Wait(draft.Earliest, reasons);
        }

        switch (draft.Kind)
        {
            case NextActionKind.SendEmail:
                return new NextAction.SendEmail(draft.Recipients, draft.EmailPurpose, reasons);
            case NextActionKind.SendThankYouNote:
                return new NextAction.SendThankYouNote(draft.Recipients, reasons);
            case NextActionKind.MessageOnLinkedIn:
                return new NextAction.MessageOnLinkedIn(draft.LinkedInRecipient!, reasons);
            case NextActionKind.ContactAgency when context.Case.Candidate.Agency is { } agency:
                return new NextAction.ContactAgency(agency, draft.AgencyRequest, draft.AgencyChannel, reasons);
            case NextActionKind.Call when draft.Number is not null && draft.Callee is not null:
                return AssembleCall(in context, ref draft, reasons);
            default:
                return new NextAction.Stop(StopReason.NoContactDetails, reasons.With(_noRouteReason));
        }
    }

    private NextAction AssembleCall(in DecisionContext context, ref DecisionDraft draft, ReasonList reasons)
    {
        var now = context.Now;
        var calendar = context.Calendar;
        var windows = default(WindowTriple);
        var searchFrom = now;
        if (draft.InvitedTime is { } named)
        {
            var start = named;
            var end = named.PlusNanoseconds(Profile.InvitedCallLength.ToInt64Nanoseconds());
            CallWindowSearch.EmitSpan(calendar.Zone, start, end, now, Duration.Epsilon, CallWindowQuality.Requested, draft.InvitationReason, _namedTimeReason, ref windows);
            if (windows.Count > 0)
            {
                reasons = reasons.With(_namedTimeReason);
                searchFrom = windows.First.End;
            }
        }

        var outcome = _search.Find(calendar, context.Case, Profile, draft.Callee, searchFrom, ref windows, Profile.CallWindowSearchDays);
        if (windows.Count == 0)
        {
            // Nothing within the horizon: look up to a year ahead for the next window at all.
            // A profile that already looks a year or more ahead has looked far enough.
            var later = default(WindowTriple);
            if (Profile.CallWindowSearchDays < YearOfDays)
            {
                _search.Find(calendar, context.Case, Profile, draft.Callee, searchFrom, ref later, YearOfDays);
            }

            return later.Count > 0
                ? new NextAction.Wait(later.First.Start, reasons.With(_noWindowReason))
                : new NextAction.Stop(StopReason.NoCallWindow, new ReasonList(_catalogue, 0, 0).With(_noWindowInAYearReason));
        }

        var first = windows.First;
        if ((CallWindowQuality)first.Quality != CallWindowQuality.Requested)
        {
            reasons = Shapers(reasons, first, outcome);
        }

        var voicemail = draft.VoicemailFrom is { } from && first.Start >= from ? VoicemailPlan.LeaveMessage : VoicemailPlan.HangUpAndCallAgain;
        return new NextAction.Call(
            reasons,
            draft.Callee!,
            draft.Number!,
            draft.NumberKind,
            windows,
            voicemail,
            draft.IfGatekeeper,
            draft.DeclineUnfamiliarStaff,
            draft.EmployerInvited,
            draft.FinalCall);
    }

    private ReasonList Shapers(ReasonList reasons, in PackedWindow first, in SearchOutcome outcome)
    {
        if (first.StartShaper != PackedWindow.NoShaper)
        {
            reasons = reasons.With(first.StartShaper);
        }

        if (first.EndShaper != PackedWindow.NoShaper)
        {
            reasons = reasons.With(first.EndShaper);
        }

        for (var i = 0; i < _windowReasons.Length && i < 64; i++)
        {
            if ((outcome.BlockedBy & (1UL << i)) != 0)
            {
                reasons = reasons.With(_windowReasons[i]);
            }
        }

        if (outcome.SkippedShort)
        {
            reasons = reasons.With(_tooShortReason);
        }

        return outcome.SkippedHoliday ? reasons.With(_holidayReason) : reasons;
    }
}
