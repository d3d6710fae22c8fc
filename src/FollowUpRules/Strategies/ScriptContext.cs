using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Strategies;

/// <summary>What a <see cref="ScriptStrategy"/> may read: the case, the action, the profile and the office calendar, with the phrases scripts use.</summary>
public readonly struct ScriptContext
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("dddd d MMMM", CultureInfo.InvariantCulture);

    /// <summary>Titles that make a greeting use title and surname.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase) { "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev" };

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

    /// <summary>Gets the number the candidate gives for a call back, or, when the case has none, the bracketed prompt <c>[your phone number]</c> for the candidate to fill in, like every other placeholder in a script.</summary>
    public string CandidatePhone => string.IsNullOrWhiteSpace(Case.Candidate.Phone) ? "[your phone number]" : Case.Candidate.Phone!;

    /// <summary>Gets how a greeting addresses the person the script is for (<see cref="FormOfAddress(Interviewer)"/>): whom the call asks for, else the person to ask for.</summary>
    public string PersonAddressed => (Call?.Whom ?? Case.Interview.Lead) is { } person ? FormOfAddress(person) : "the interviewer";

    /// <summary>
    /// Gets how a greeting or a letter addresses <paramref name="person"/>: their
    /// <see cref="Interviewer.AddressAs"/> when the case gives it, else as <see cref="FormOfAddress(string)"/>
    /// derives it from their name.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <returns>For example "Jane" or "Dr Smith".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public static string FormOfAddress(Interviewer person) =>
        Guard.NotNull(person).AddressAs is { } addressAs && !string.IsNullOrWhiteSpace(addressAs) ? addressAs.Trim() : FormOfAddress(person.Name);

    /// <summary>
    /// Gets how a greeting addresses someone known only by their full name: the title and surname
    /// when the name starts with a title ("Dr Jane Smith" is "Dr Smith"), else the first name
    /// ("Jane Smith" is "Jane").
    /// </summary>
    /// <param name="name">The person's full name.</param>
    /// <returns>The form of address; the name itself when it is one word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string FormOfAddress(string name)
    {
        var words = Guard.NotNull(name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return name;
        }

        return words.Length > 1 && Titles.Contains(words[0].TrimEnd('.'))
            ? words[0] + " " + words[words.Length - 1]
            : words[0];
    }

    /// <summary>Formats an office-local date the way scripts write dates.</summary>
    /// <param name="date">The date.</param>
    /// <returns>For example "Friday 13 March".</returns>
    public static string Day(LocalDate date) => DayPattern.Format(date);
}
