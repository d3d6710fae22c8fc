using NodaTime;

namespace FollowUpRules.Cli;

/// <summary>A realistic built-in case for trying the profiles without writing a file.</summary>
internal static class SampleCase
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Gets the moment the sample is decided at: Monday 16 March 2026, 08:00 in London.</summary>
    public static Instant Now { get; } = At(2026, 3, 16, 8, 0);

    /// <summary>Gets one sentence describing the sample.</summary>
    public static string Story =>
        "Priya Nair interviewed for Senior Data Analyst at Northwind Traders (London) on Thursday 5 March 2026 with Jane Smith, "
        + "the hiring manager, and Raj Patel. She emailed her thanks that afternoon, called Jane on Tuesday 10 March and left a "
        + "voicemail. It is now Monday 16 March, 08:00 in London, and she has heard nothing.";

    /// <summary>Gets the sample case.</summary>
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

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(London).ToInstant();
}
