using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Strategies;

/// <summary>What a <see cref="ScriptStrategy"/> may read: the case, the action, the profile and the office calendar, with the phrases scripts use.</summary>
public readonly struct ScriptContext
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("dddd d MMMM", CultureInfo.InvariantCulture);

    /// <summary>Initializes a new instance of the <see cref="ScriptContext"/> struct (for testing a script strategy on its own).</summary>
    /// <param name="followUpCase">The case.</param>
    /// <param name="action">The action the script is for.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="calendar">The office calendar.</param>
    /// <exception cref="ArgumentNullException">The case, the action or the profile is null.</exception>
    public ScriptContext(FollowUpCase followUpCase, NextAction action, FollowUpProfile profile, OfficeCalendar calendar)
    {
        Case = Guard.NotNull(followUpCase);
        Action = Guard.NotNull(action);
        Profile = Guard.NotNull(profile);
        Calendar = calendar;
    }

    /// <summary>Gets the case.</summary>
    public FollowUpCase Case { get; }

    /// <summary>Gets the action the script is for.</summary>
    public NextAction Action { get; }

    /// <summary>Gets the profile of the policy.</summary>
    public FollowUpProfile Profile { get; }

    /// <summary>Gets the office calendar.</summary>
    public OfficeCalendar Calendar { get; }

    /// <summary>Gets the action as a call, when it is one.</summary>
    public NextAction.Call? Call => Action as NextAction.Call;

    /// <summary>Gets a value indicating whether the action involves talking on the phone: a call, or a phone call to the agency.</summary>
    public bool IsPhoneCall => Action is NextAction.Call || Action is NextAction.ContactAgency { Channel: ContactChannel.Phone, Request: AgencyRequest.AskForUpdate };

    /// <summary>Gets the person the script addresses: whom the call asks for, else the person to ask for.</summary>
    public string PersonName => Call?.Whom.Name ?? Case.Interview.Lead?.Name ?? "the interviewer";

    /// <summary>Gets the candidate's name.</summary>
    public string CandidateName => Case.Candidate.Name;

    /// <summary>Gets the role interviewed for.</summary>
    public string Role => Case.Interview.Role;

    /// <summary>Gets the company.</summary>
    public string Company => Case.Interview.Company;

    /// <summary>Gets the interview's office-local date written out, such as "Tuesday 3 March".</summary>
    public string InterviewDay => DayPattern.Format(Calendar.DateOf(Case.Interview.At));

    /// <summary>Gets the topic the candidate will mention, if any (RCR-18).</summary>
    public string? Topic => string.IsNullOrWhiteSpace(Case.Notes.TopicToMention) ? null : Case.Notes.TopicToMention;

    /// <summary>Gets the number the candidate gives for a call back, or a phrase asking them to give it.</summary>
    public string CandidatePhone => string.IsNullOrWhiteSpace(Case.Candidate.Phone) ? "your phone number" : Case.Candidate.Phone!;

    /// <summary>Formats an office-local date the way scripts write dates.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example "Friday 13 March".</returns>
    public static string Day(LocalDate date) => DayPattern.Format(date);
}
