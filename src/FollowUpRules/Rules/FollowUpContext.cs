using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace FollowUpRules.Rules;

/// <summary>Everything a <see cref="FollowUpRule"/> may read: the case, the instant of the decision, the profile, the history and the office calendar.</summary>
public readonly struct FollowUpContext
{
    private readonly FollowUpHistory _history;

    /// <summary>Builds the context of a decision, working out the history in place (the history is large, so it is not copied in).</summary>
    internal FollowUpContext(FollowUpCase followUpCase, Instant now, FollowUpProfile profile, in OfficeCalendar calendar)
    {
        Case = followUpCase;
        Now = now;
        Profile = profile;
        _history = HistoryTally.Compute(followUpCase, profile, calendar);
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
    public FollowUpHistory History => _history;

    /// <summary>
    /// Gets the history by reference: the library's rules read it many times per decision, and the
    /// struct is a few hundred bytes, so each read of <see cref="History"/> would copy it.
    /// </summary>
    [UnscopedRef]
    internal ref readonly FollowUpHistory HistoryRef => ref _history;

    /// <summary>Gets the office's calendar and time zone.</summary>
    public OfficeCalendar Calendar { get; }

    /// <summary>Gets the person to ask for (see <see cref="Interview.Lead"/>).</summary>
    public Interviewer? Lead { get; }

    /// <summary>Gets the instant of the interview.</summary>
    public Instant InterviewAt => Case.Interview.At;

    /// <summary>Gets the office-local date of the interview.</summary>
    public LocalDate InterviewDate => Calendar.DateOf(Case.Interview.At);
}
