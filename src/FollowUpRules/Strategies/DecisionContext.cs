using System.Diagnostics.CodeAnalysis;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>Everything a <see cref="DecisionStrategy"/> may read: the case, the instant of the decision, the profile, the history and the office calendar.</summary>
public readonly struct DecisionContext
{
    // The history as the tally that worked it out: filled where it lies, never copied per decision.
    private readonly HistoryTally _history;

    /// <summary>Builds the context of a decision, working out the history in place (the history is large, so it is not copied in).</summary>
    internal DecisionContext(FollowUpCase followUpCase, Instant now, FollowUpProfile profile, in OfficeCalendar calendar)
    {
        Case = followUpCase;
        Now = now;
        Profile = profile;
        _history = default;
        HistoryTally.Compute(ref _history, followUpCase, profile, calendar);
        Calendar = calendar;
        Lead = followUpCase.Interview.Lead;
    }

    /// <summary>Gets the case being decided.</summary>
    public FollowUpCase Case { get; }

    /// <summary>Gets the instant the decision is for ("now", an argument, never read from a clock).</summary>
    public Instant Now { get; }

    /// <summary>Gets the profile of the policy deciding.</summary>
    public FollowUpProfile Profile { get; }

    /// <summary>Gets what the contact attempts add up to.</summary>
    public FollowUpHistory History => new(in _history);

    /// <summary>
    /// Gets the history by reference, as the tally the library's rules read field by field: they
    /// read it many times per decision, and each read of <see cref="History"/> copies a few hundred bytes.
    /// </summary>
    [UnscopedRef]
    internal ref readonly HistoryTally HistoryRef => ref _history;

    /// <summary>Gets the office's calendar and time zone.</summary>
    public OfficeCalendar Calendar { get; }

    /// <summary>Gets the person to ask for (see <see cref="Interview.Lead"/>).</summary>
    public Interviewer? Lead { get; }

    /// <summary>Gets the instant of the interview.</summary>
    public Instant InterviewAt => Case.Interview.At;

    /// <summary>Gets the office-local date of the interview.</summary>
    public LocalDate InterviewDate => Calendar.DateOf(Case.Interview.At);
}
