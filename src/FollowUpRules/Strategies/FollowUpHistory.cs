using System.Runtime.CompilerServices;
using System.Collections;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// What the contact attempts of a case add up to, read once per decision: the attempts in time order
/// with what each was for, and the facts strategies decide on (calls, voicemails, news, the outcome,
/// the employer's dates and any call back it asked for). Every strategy reads the same history, by
/// reference, at the same cost; nothing is copied when it is passed on.
/// </summary>
/// <remarks>
/// <para>Attempts are read in time order (ties broken by content), so the order a host stores them
/// in never changes the result.</para>
/// <para>What an attempt was for (<see cref="RecordedAttempt.Purpose"/>) is what the host recorded in
/// <see cref="ContactAttempt.Purpose"/>; otherwise it is inferred from the attempt's channel and the
/// profile's timing, never from its place in the history: an email or a note to the employer is the
/// thank-you when it went out before the profile's first follow-up was due
/// (<see cref="FirstFollowUpDue"/>, and no earlier than the end of the interview's office day); an
/// agency contact in that time, and before the profile's agency update falls due, passed the thank-you
/// on when the profile sends one; an attempt from the moment a call back the employer asked for is
/// due answers it, whatever the channel; the first other contact with the agency, before any
/// follow-up, is RCR-03's early update when the profile makes one; anything else is a follow-up on
/// the candidate's own initiative (a late thank-you, sent without a recorded purpose, is taken as the
/// first follow-up). docs/concepts.md sets the inference out with examples.</para>
/// <para>The history holds facts only. What they mean for the policy (how many rounds of calls are
/// done, whether a limit is reached) is worked out by the strategies that own the settings, with
/// <see cref="FollowUpRounds"/> for rounds.</para>
/// <para>A history is a view of one decision in progress: valid during the strategy call that
/// receives it; reading it afterwards throws <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public readonly struct FollowUpHistory : IReadOnlyList<RecordedAttempt>
{
    private readonly DecisionState _state;
    private readonly int _generation;

    internal FollowUpHistory(DecisionState state)
        : this(state, state.Generation)
    {
    }

    /// <summary>A view for a decision whose number the caller has already checked (or will, on first use).</summary>
    internal FollowUpHistory(DecisionState state, int generation)
    {
        _state = state;
        _generation = generation;
    }

    /// <summary>Gets the number of attempts.</summary>
    public int Count => State.AttemptCount;

    /// <summary>Gets the attempt at <paramref name="index"/> in time order, with what it was for.</summary>
    /// <param name="index">Zero-based position in time order.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the history.</exception>
    public RecordedAttempt this[int index]
    {
        get
        {
            var state = State;
            return (uint)index < (uint)state.AttemptCount
                ? new RecordedAttempt(state.Attempts[index], state.Purposes[index])
                : throw new ArgumentOutOfRangeException(nameof(index), index, $"The history holds {state.AttemptCount} attempts.");
        }
    }

    /// <summary>
    /// Gets when the profile's first follow-up falls due: the office's opening once
    /// <see cref="FollowUpProfile.FirstCallDelayDays"/> have passed after the interview, counted as the
    /// profile's <see cref="FollowUpProfile.DayCounting"/> says.
    /// </summary>
    public Instant FirstFollowUpDue => State.FirstFollowUpDue;

    /// <summary>
    /// Gets the office's opening once <paramref name="days"/> have passed (counted as the profile's
    /// <see cref="FollowUpProfile.DayCounting"/> says) after the interview, or after the thank-you
    /// when it went out only after that moment: a late thank-you restarts a wait measured from the
    /// interview, so a follow-up never comes minutes after it.
    /// </summary>
    /// <param name="days">The wait in days, 0 or more.</param>
    /// <returns>The instant the wait ends.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is negative.</exception>
    public Instant OpeningAfterInterview(int days)
    {
        if (days < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, "A wait is 0 days or more.");
        }

        var state = State;
        var calendar = state.Calendar;
        var counting = state.Profile.DayCounting;
        var due = days == state.Profile.FirstCallDelayDays ? state.FirstFollowUpDue : calendar.OpeningAfter(state.Case.Interview.At, days, counting);
        const int thanks = (int)AttemptPurpose.ThankYou;
        return state.PurposeCounts[thanks] > 0 && state.PurposeLast[thanks] >= due
            ? calendar.OpeningAfter(state.PurposeLast[thanks], days, counting)
            : due;
    }

    /// <summary>Gets when the last attempt of any kind was made.</summary>
    public Instant? LastAttemptAt => State.LastAttemptAt;

    /// <summary>Gets the number of phone calls to the employer (not the agency).</summary>
    public int CallCount => State.CallCount;

    /// <summary>Gets when the first call to the employer was made.</summary>
    public Instant? FirstCallAt => State.FirstCallAt;

    /// <summary>Gets when the last call to the employer was made.</summary>
    public Instant? LastCallAt => State.LastCallAt;

    /// <summary>Gets the last call to the employer, if any.</summary>
    public RecordedAttempt? LastCall
    {
        get
        {
            var state = State;
            return state.LastCallIndex is var i && i >= 0 ? new RecordedAttempt(state.Attempts[i], state.Purposes[i]) : null;
        }
    }

    /// <summary>
    /// Gets a value indicating whether the last call to the employer reached nobody useful: no one
    /// from the interview, no voicemail left, nothing learned and no time given.
    /// </summary>
    public bool LastCallReachedNobodyUseful
    {
        get
        {
            var state = State;
            return state.LastCallIndex is var i && i >= 0 && new RecordedAttempt(state.Attempts[i], state.Purposes[i]).ReachedNobodyUseful;
        }
    }

    /// <summary>Gets the number of voicemails left.</summary>
    public int VoicemailsLeft => State.VoicemailsLeft;

    /// <summary>Gets when the last voicemail was left.</summary>
    public Instant? LastVoicemailAt => State.LastVoicemailAt;

    /// <summary>Gets when the employer last told the candidate anything (a conversation with someone from the interview, or anything learned).</summary>
    public Instant? LastNewsAt => State.LastNewsAt;

    /// <summary>Gets the outcome that ends the follow-up (filled, not considered, offer), if one was learned; the latest wins.</summary>
    public CandidateStatus? Outcome => State.Outcome;

    /// <summary>Gets the latest date by which the employer said it would decide (from an attempt, else from the interview notes).</summary>
    public LocalDate? DecisionExpectedBy => State.DecisionExpectedBy;

    /// <summary>Gets the call back the employer asked for that no attempt has answered yet, if any.</summary>
    public CallBackInvitation? PendingInvitation => State.PendingInvitation;

    /// <summary>Gets the number of contacts with the candidate's agency, the thank-you passed on through it excluded.</summary>
    public int AgencyContacts => State.AgencyContacts;

    /// <summary>Gets a value indicating whether a thank-you has been sent.</summary>
    public bool ThankYouSent => State.PurposeCounts[(int)AttemptPurpose.ThankYou] > 0;

    /// <summary>
    /// Gets the number of follow-ups the candidate made on their own initiative
    /// (<see cref="AttemptPurpose.FollowUp"/>): calls and written follow-ups to the employer, and
    /// agency contacts standing in for them. The profile's <see cref="FollowUpProfile.MaxAttempts"/> caps these (FUR-05).
    /// </summary>
    public int UninvitedFollowUps => State.PurposeCounts[(int)AttemptPurpose.FollowUp];

    /// <summary>Gets when the first follow-up (on the candidate's own initiative or asked for by the employer) was made.</summary>
    public Instant? FirstFollowUpAt
    {
        get
        {
            var state = State;
            const int own = (int)AttemptPurpose.FollowUp, asked = (int)AttemptPurpose.RequestedCall;
            return state.PurposeCounts[own] > 0
                ? (state.PurposeCounts[asked] > 0 && state.PurposeFirst[asked] < state.PurposeFirst[own] ? state.PurposeFirst[asked] : state.PurposeFirst[own])
                : state.PurposeCounts[asked] > 0 ? state.PurposeFirst[asked] : null;
        }
    }

    /// <summary>Counts the attempts made for <paramref name="purpose"/>.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The number of such attempts.</returns>
    public int CountFor(AttemptPurpose purpose) => Slot(purpose) is var slot && slot > 0 ? State.PurposeCounts[slot] : 0;

    /// <summary>Gets when the first attempt made for <paramref name="purpose"/> was made.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The instant, or <see langword="null"/> when there is none.</returns>
    public Instant? FirstAt(AttemptPurpose purpose)
    {
        var state = State;
        var slot = Slot(purpose);
        return slot > 0 && state.PurposeCounts[slot] > 0 ? state.PurposeFirst[slot] : null;
    }

    /// <summary>Gets when the last attempt made for <paramref name="purpose"/> was made.</summary>
    /// <param name="purpose">The purpose.</param>
    /// <returns>The instant, or <see langword="null"/> when there is none.</returns>
    public Instant? LastAt(AttemptPurpose purpose)
    {
        var state = State;
        var slot = Slot(purpose);
        return slot > 0 && state.PurposeCounts[slot] > 0 ? state.PurposeLast[slot] : null;
    }

    /// <summary>Returns an enumerator over the attempts in time order that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<RecordedAttempt> IEnumerable<RecordedAttempt>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static int Slot(AttemptPurpose purpose) => purpose is >= AttemptPurpose.ThankYou and <= AttemptPurpose.RequestedCall ? (int)purpose : 0;

    /// <summary>Gets the decision's state, checked to be this view's decision.</summary>
    internal DecisionState State
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            return DecisionState.Open(_state, _generation, "This FollowUpHistory is a default value; a history comes from a DecisionContext or a CallPlanContext.");
        }
    }

    /// <summary>Walks a <see cref="FollowUpHistory"/> in time order.</summary>
    public struct Enumerator : IEnumerator<RecordedAttempt>
    {
        private readonly FollowUpHistory _history;
        private int _index;

        internal Enumerator(FollowUpHistory history)
        {
            _history = history;
            _index = -1;
        }

        /// <inheritdoc/>
        public readonly RecordedAttempt Current => _history[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext() => ++_index < _history.Count;

        /// <summary>Not supported: enumerate again with a new enumerator.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException("Start a new enumeration with GetEnumerator().");

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
