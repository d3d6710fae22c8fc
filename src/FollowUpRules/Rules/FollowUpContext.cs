using NodaTime;

namespace FollowUpRules.Rules;

/// <summary>Everything a <see cref="FollowUpRule"/> may read: the case, the instant of the decision, the profile, the history and the office calendar.</summary>
public readonly struct FollowUpContext
{
    internal FollowUpContext(FollowUpCase followUpCase, Instant now, FollowUpProfile profile, in FollowUpHistory history, in OfficeCalendar calendar)
    {
        Case = followUpCase;
        Now = now;
        Profile = profile;
        History = history;
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
    public FollowUpHistory History { get; }

    /// <summary>Gets the office's calendar and time zone.</summary>
    public OfficeCalendar Calendar { get; }

    /// <summary>Gets the person to ask for (see <see cref="Interview.Lead"/>).</summary>
    public Interviewer? Lead { get; }

    /// <summary>Gets the instant of the interview.</summary>
    public Instant InterviewAt => Case.Interview.At;

    /// <summary>Gets the office-local date of the interview.</summary>
    public LocalDate InterviewDate => Calendar.DateOf(Case.Interview.At);
}
