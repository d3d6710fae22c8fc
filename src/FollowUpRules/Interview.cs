using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>The interview being followed up: when it was, for which role and company, and who was there.</summary>
public sealed record Interview
{
    private readonly IReadOnlyList<Interviewer> _interviewers = ValueList<Interviewer>.Empty;

    /// <summary>The lead's position, worked out whenever the interviewers are set (every decision reads it).</summary>
    private readonly int _leadIndex = -1;

    /// <summary>Gets the instant the interview took place (its start is fine; the engine counts days in the office's calendar).</summary>
    public required Instant At { get; init; }

    /// <summary>Gets the role the candidate interviewed for, as it will be named in scripts.</summary>
    public required string Role { get; init; }

    /// <summary>Gets the company's name, as it will be named in scripts.</summary>
    public required string Company { get; init; }

    /// <summary>
    /// Gets the people the candidate met, in the order given. At least one is required; there is no upper limit.
    /// The first hiring manager, otherwise the first recruiter, otherwise the first person, is whom
    /// the candidate asks for.
    /// </summary>
    /// <value>The default value is an empty list, which validation rejects.</value>
    public IReadOnlyList<Interviewer> Interviewers
    {
        get => _interviewers;
        init
        {
            var people = ValueList<Interviewer>.CopyOf(value);
            _interviewers = people;
            _leadIndex = FindLead(people.Items);
        }
    }

    /// <summary>Gets the company's general (switchboard) number, if known. RCR-15 advises against calling it.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? GeneralNumber { get; init; }

    /// <summary>Gets the backing array of interviewers for the engine.</summary>
    internal Interviewer[] InterviewerArray => ((ValueList<Interviewer>)_interviewers).Items;

    /// <summary>Gets the index of the person to ask for: the first hiring manager, else the first recruiter, else the first person; -1 when nobody is listed.</summary>
    internal int LeadIndex => _leadIndex;

    /// <summary>Gets the person to ask for (see <see cref="Interviewers"/>), or <see langword="null"/> when nobody is listed.</summary>
    public Interviewer? Lead => LeadIndex is var i && i >= 0 ? InterviewerArray[i] : null;

    private static int FindLead(Interviewer[] people)
    {
        var recruiter = -1;
        var first = -1;
        for (var i = 0; i < people.Length; i++)
        {
            if (people[i] is not { } person)
            {
                continue;
            }

            if (person.Role == InterviewerRole.HiringManager)
            {
                return i;
            }

            recruiter = recruiter < 0 && person.Role == InterviewerRole.Recruiter ? i : recruiter;
            first = first < 0 ? i : first;
        }

        return recruiter >= 0 ? recruiter : first;
    }
}
