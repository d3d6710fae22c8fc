using System.Runtime.CompilerServices;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// Everything a <see cref="DecisionStrategy"/> may read: the case, the instant of the decision, the
/// profile, the history and the office calendar.
/// </summary>
/// <remarks>
/// A view of one decision in progress, cheap to pass on: valid during the strategy call that receives
/// it; reading it afterwards throws <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly struct DecisionContext
{
    private readonly DecisionState _state;
    private readonly int _generation;

    internal DecisionContext(DecisionState state)
    {
        _state = state;
        _generation = state.Generation;
    }

    /// <summary>Gets the case being decided.</summary>
    public FollowUpCase Case => State.Case;

    /// <summary>Gets the instant the decision is for ("now", an argument, never read from a clock).</summary>
    public Instant Now => State.Now;

    /// <summary>Gets the profile of the policy deciding.</summary>
    public FollowUpProfile Profile => State.Profile;

    /// <summary>Gets what the contact attempts add up to.</summary>
    public FollowUpHistory History => new(_state, _generation);

    /// <summary>Gets the office's calendar and time zone.</summary>
    public OfficeCalendar Calendar => State.Calendar;

    /// <summary>Gets the person to ask for (see <see cref="Interview.Lead"/>).</summary>
    public Interviewer? Lead => State.Case.Interview.Lead;

    /// <summary>Gets the instant of the interview.</summary>
    public Instant InterviewAt => State.Case.Interview.At;

    /// <summary>Gets the office-local date of the interview.</summary>
    public LocalDate InterviewDate => State.Calendar.DateOf(State.Case.Interview.At);

    private DecisionState State
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            return DecisionState.Open(_state, _generation, "This DecisionContext is a default value; contexts come from the policy or from a StrategyTrial.");
        }
    }
}
