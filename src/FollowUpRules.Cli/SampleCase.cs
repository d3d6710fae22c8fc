using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary>A realistic built-in case for trying the profiles without writing a file: its story is told as of the moment it is decided at.</summary>
internal static class SampleCase
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    private static readonly LocalDateTimePattern Moment = LocalDateTimePattern.Create("dddd d MMMM uuuu', 'HH':'mm", CultureInfo.InvariantCulture);

    /// <summary>Gets the moment the sample is decided at unless told otherwise: Monday 16 March 2026, 08:00 in London.</summary>
    public static Instant Now { get; } = At(2026, 3, 16, 8, 0);

    /// <summary>Gets the office's time zone.</summary>
    public static DateTimeZone Office => London;

    /// <summary>Gets the sample case with everything that happened up to its default moment.</summary>
    public static FollowUpCase Case { get; } = new()
    {
        Interview = new Interview
        {
            At = At(2026, 3, 5, 10, 0),
            Role = "Senior Data Analyst",
            Company = "Northwind Traders",
            GeneralNumber = "+44 20 7946 0000",
            Interviewers =
            [
                new Interviewer
                {
                    Name = "Jane Smith",
                    Role = InterviewerRole.HiringManager,
                    DirectLine = "+44 20 7946 0001",
                    Email = "jane.smith@northwind.example",
                },
                new Interviewer { Name = "Raj Patel", Email = "raj.patel@northwind.example" },
            ],
        },
        Office = new EmployerOffice
        {
            TimeZoneId = "Europe/London",
            Holidays = [new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 6)],
        },
        Candidate = new Candidate { Name = "Priya Nair", Phone = "+44 7700 900123", Email = "priya.nair@example.com" },
        Notes = new InterviewNotes { TopicToMention = "moving the monthly reports onto the new data platform" },
        Attempts =
        [
            new ContactAttempt { At = At(2026, 3, 5, 15, 30), Channel = ContactChannel.Email },
            new ContactAttempt { At = At(2026, 3, 10, 9, 10), Channel = ContactChannel.Phone, AnsweredBy = Responder.Voicemail, VoicemailLeft = true },
        ],
    };

    /// <summary>The case as it stood at <paramref name="now"/>: only the attempts made by then.</summary>
    public static FollowUpCase AsOf(Instant now) => Case with { Attempts = Case.Attempts.Where(a => a.At <= now).ToList() };

    /// <summary>The story of the case as it stood at <paramref name="now"/>.</summary>
    public static string Story(Instant now)
    {
        var followUp = AsOf(now);
        var story = now < followUp.Interview.At
            ? "Priya Nair is to interview for Senior Data Analyst at Northwind Traders (London) on Thursday 5 March 2026 with Jane Smith, the hiring manager, and Raj Patel."
            : "Priya Nair interviewed for Senior Data Analyst at Northwind Traders (London) on Thursday 5 March 2026 with Jane Smith, the hiring manager, and Raj Patel.";
        var attempts = followUp.Attempts.Count;
        story += attempts switch
        {
            0 when now >= followUp.Interview.At => " She has not been in touch since.",
            1 => " She emailed her thanks that afternoon.",
            2 => " She emailed her thanks that afternoon, called Jane on Tuesday 10 March and left a voicemail.",
            _ => string.Empty,
        };
        story += " It is now " + Moment.Format(now.InZone(London).LocalDateTime) + " in London" + (attempts > 0 ? ", and she has heard nothing." : ".");
        return story;
    }

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(London).ToInstant();
}
