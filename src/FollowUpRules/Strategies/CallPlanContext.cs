using System.Runtime.CompilerServices;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// Everything a <see cref="CallPlanningStrategy"/> may read: the call the decision stage chose (whom,
/// which number, whether the employer asked for it and when), the case, "now", the profile, the
/// history, the office calendar, and the window search of the policy's <see cref="CallWindowStrategy"/>s.
/// </summary>
/// <remarks>
/// A view of one decision in progress: valid during the strategy call that receives it; reading it
/// afterwards throws <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly struct CallPlanContext
{
    private readonly DecisionState _state;
    private readonly int _generation;

    internal CallPlanContext(DecisionState state)
    {
        _state = state;
        _generation = state.Generation;
    }

    /// <summary>Gets the case being decided.</summary>
    public FollowUpCase Case => State.Case;

    /// <summary>Gets the instant the decision is for.</summary>
    public Instant Now => State.Now;

    /// <summary>Gets the profile of the policy deciding.</summary>
    public FollowUpProfile Profile => State.Profile;

    /// <summary>Gets what the contact attempts add up to.</summary>
    public FollowUpHistory History => new(_state, _generation);

    /// <summary>Gets the office's calendar and time zone.</summary>
    public OfficeCalendar Calendar => State.Calendar;

    /// <summary>Gets the person to ask for on the call.</summary>
    public Interviewer Callee => State.Callee!;

    /// <summary>Gets the number to dial.</summary>
    public string Number => State.Number!;

    /// <summary>Gets whether <see cref="Number"/> is a direct line or the general number.</summary>
    public CallNumberKind NumberKind => State.NumberKind;

    /// <summary>Gets the earliest instant the decision stage allows for the call (no later than <see cref="Now"/>: the call is due).</summary>
    public Instant Earliest => State.Earliest;

    /// <summary>Gets a value indicating whether the employer asked for this call.</summary>
    public bool EmployerInvited => State.EmployerInvited;

    /// <summary>Gets the office-local time the employer named for the call, if any.</summary>
    public LocalDateTime? InvitedTime => State.InvitedTime;

    /// <summary>Gets the reason the call is one the employer asked for, when it is.</summary>
    public FollowUpReason? InvitationReason => State.InvitationReason;

    /// <summary>Gets a value indicating whether this is the profile's final call.</summary>
    public bool FinalCall => State.FinalCall;

    /// <summary>Gets the reasons the decision stage gave, in pipeline order.</summary>
    public ReasonList DecisionReasons
    {
        get
        {
            var state = State;
            return state.Catalogue.ListOf(state.Reasons.Union(state.TimingReasons));
        }
    }

    /// <summary>
    /// Finds up to <paramref name="count"/> call windows for <see cref="Callee"/> from
    /// <paramref name="from"/> on, within <paramref name="days"/> days: what the office's hours
    /// leave open once holidays and every window strategy of the policy are taken out, at least the
    /// profile's <see cref="FollowUpProfile.MinimumCallWindow"/> long, never in a skipped hour and
    /// never twice in a repeated one.
    /// </summary>
    /// <param name="from">The instant from which to look.</param>
    /// <param name="days">How many office days ahead to look, 0 to 1,000.</param>
    /// <param name="count">How many windows at most, 1 to 3.</param>
    /// <returns>The windows, and what the search passed over before the first.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> or <paramref name="count"/> is out of range.</exception>
    public WindowSearchResult FindWindows(Instant from, int days, int count)
    {
        if (days is < 0 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "Look 0 to 1,000 days ahead.");
        }

        if (count is < 1 or > DecisionState.MaxWindows)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for 1 to 3 windows.");
        }

        var state = State;
        var search = state.Search ?? throw new InvalidOperationException("This context has no window search.");
        search.FindInto(state, from, days, count);
        return new WindowSearchResult(state);
    }

    private DecisionState State
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            return DecisionState.Open(_state, _generation, "This CallPlanContext is a default value; contexts come from the policy or from a StrategyTrial.");
        }
    }
}
