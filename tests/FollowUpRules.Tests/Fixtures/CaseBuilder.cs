using NodaTime;

namespace FollowUpRules.Tests.Fixtures;

/// <summary>
/// Builds test cases in a few words. Defaults: a London office, Monday to Friday 09:00–17:00; an
/// interview on Thursday 5 March 2026 at 10:00 with Jane Smith (hiring manager, direct line and
/// email) and Raj Patel (panelist, email only); the company's general number; candidate Alex Doe.
/// Times given to the builder are office-local.
/// </summary>
internal sealed class CaseBuilder
{
    public static readonly Interviewer Jane = new()
    {
        Name = "Jane Smith",
        Role = InterviewerRole.HiringManager,
        DirectLine = "+44 20 7946 0001",
        Email = "jane.smith@northwind.example",
    };

    public static readonly Interviewer Raj = new()
    {
        Name = "Raj Patel",
        Email = "raj.patel@northwind.example",
    };

    public static readonly AgencyContact Agency = new()
    {
        Name = "Sam Reed",
        AgencyName = "Reed Staffing",
        Phone = "+44 20 7946 0999",
        Email = "sam@reed.example",
    };

    private readonly List<ContactAttempt> _attempts = [];
    private string _zone = "Europe/London";
    private LocalDateTime _interview = new(2026, 3, 5, 10, 0);
    private OfficeHours _hours = OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0));
    private IsoDayOfWeek? _weekStartsOn;
    private List<Interviewer> _people = [Jane, Raj];
    private string? _generalNumber = "+44 20 7946 0000";
    private InterviewNotes _notes = InterviewNotes.None;
    private Candidate _candidate = new() { Name = "Alex Doe", Phone = "+44 7700 900123", Email = "alex@example.com" };
    private List<LocalDate> _holidays = [];
    private List<HecticPeriod> _hectic = [];

    public static CaseBuilder London() => new();

    public static CaseBuilder In(string zone, LocalDateTime interview) => new CaseBuilder().InZone(zone).InterviewedAt(interview);

    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[_zone];

    public Instant InterviewAt => At(_interview);

    public CaseBuilder InZone(string zone)
    {
        _zone = zone;
        return this;
    }

    public CaseBuilder InterviewedAt(LocalDateTime local)
    {
        _interview = local;
        return this;
    }

    public CaseBuilder WithHours(OfficeHours hours)
    {
        _hours = hours;
        return this;
    }

    public CaseBuilder WeekStartsOn(IsoDayOfWeek day)
    {
        _weekStartsOn = day;
        return this;
    }

    public CaseBuilder WithPeople(params Interviewer[] people)
    {
        _people = [.. people];
        return this;
    }

    public CaseBuilder WithGeneralNumber(string? number)
    {
        _generalNumber = number;
        return this;
    }

    public CaseBuilder WithNotes(InterviewNotes notes)
    {
        _notes = notes;
        return this;
    }

    public CaseBuilder WithCandidate(Func<Candidate, Candidate> change)
    {
        _candidate = change(_candidate);
        return this;
    }

    public CaseBuilder ThroughAgency() => WithCandidate(c => c with { Agency = Agency });

    public CaseBuilder WithHolidays(params LocalDate[] days)
    {
        _holidays = [.. days];
        return this;
    }

    public CaseBuilder WithHectic(params HecticPeriod[] periods)
    {
        _hectic = [.. periods];
        return this;
    }

    /// <summary>Records an attempt at an office-local time.</summary>
    public CaseBuilder With(LocalDateTime local, Func<ContactAttempt, ContactAttempt>? change = null)
    {
        var attempt = new ContactAttempt { Channel = ContactChannel.Phone, At = At(local) };
        _attempts.Add(change is null ? attempt : change(attempt));
        return this;
    }

    public CaseBuilder Called(LocalDateTime local, Responder answeredBy, Func<ContactAttempt, ContactAttempt>? change = null) =>
        With(local, a => (change ?? (x => x))(a with { Channel = ContactChannel.Phone, AnsweredBy = answeredBy }));

    public CaseBuilder LeftVoicemail(LocalDateTime local) =>
        Called(local, Responder.Voicemail, a => a with { VoicemailLeft = true });

    public CaseBuilder Emailed(LocalDateTime local) => With(local, a => a with { Channel = ContactChannel.Email });

    public Instant At(LocalDateTime local) => local.InZoneLeniently(Zone).ToInstant();

    public Instant At(int year, int month, int day, int hour, int minute = 0) => At(new LocalDateTime(year, month, day, hour, minute));

    public FollowUpCase Build() => new()
    {
        Interview = new Interview
        {
            At = At(_interview),
            Role = "Data Analyst",
            Company = "Northwind",
            Interviewers = _people,
            GeneralNumber = _generalNumber,
        },
        Office = new EmployerOffice
        {
            TimeZoneId = _zone,
            Hours = _hours,
            WeekStartsOn = _weekStartsOn,
            Holidays = _holidays,
            HecticPeriods = _hectic,
        },
        Candidate = _candidate,
        Notes = _notes,
        Attempts = _attempts,
    };
}
