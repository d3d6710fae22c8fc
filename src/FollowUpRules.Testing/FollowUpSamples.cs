using NodaTime;

namespace FollowUpRules.Testing;

/// <summary>
/// Realistic sample cases for trying the engine and for tests, the ones the documentation uses.
/// Each call returns a new case (cases are immutable records; change one with <c>with</c>).
/// </summary>
public static class FollowUpSamples
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>
    /// An interview on Friday 6 March 2026 at 10:00 in a London office open 09:00 to 17:00, Monday to
    /// Friday, with Jane Smith, the hiring manager (direct line +44 20 7946 0001); the candidate is
    /// Alex Doe. No contact yet. The worked example of docs/testing.md plays it.
    /// </summary>
    /// <returns>The case.</returns>
    public static FollowUpCase FridayInLondon() => new()
    {
        Interview = new Interview
        {
            At = At(2026, 3, 6, 10, 0),
            Role = "Data Analyst",
            Company = "Northwind",
            GeneralNumber = "+44 20 7946 0000",
            Interviewers =
            [
                new Interviewer { Name = "Jane Smith", Role = InterviewerRole.HiringManager, DirectLine = "+44 20 7946 0001", Email = "jane.smith@northwind.example" },
            ],
        },
        Office = new EmployerOffice { TimeZoneId = "Europe/London", Hours = OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)) },
        Candidate = new Candidate { Name = "Alex Doe", Phone = "+44 7700 900123" },
    };

    /// <summary>
    /// The case of docs/examples/first-follow-up.json: Priya Nair interviewed for Senior Data Analyst
    /// at Northwind Traders (London) on Thursday 5 March 2026 at 10:00 with Jane Smith, the hiring
    /// manager, and Raj Patel, and emailed her thanks at 15:30 that day. Decided at Tuesday 10 March
    /// 2026 09:00 UTC, the default policy calls Jane.
    /// </summary>
    /// <returns>The case.</returns>
    public static FollowUpCase FirstFollowUp() => new()
    {
        Interview = new Interview
        {
            At = Instant.FromUtc(2026, 3, 5, 10, 0),
            Role = "Senior Data Analyst",
            Company = "Northwind Traders",
            GeneralNumber = "+44 20 7946 0000",
            Interviewers =
            [
                new Interviewer { Name = "Jane Smith", Role = InterviewerRole.HiringManager, DirectLine = "+44 20 7946 0001", Email = "jane.smith@northwind.example" },
                new Interviewer { Name = "Raj Patel", Role = InterviewerRole.Panelist, Email = "raj.patel@northwind.example" },
            ],
        },
        Office = new EmployerOffice
        {
            TimeZoneId = "Europe/London",
            Hours = OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)),
            Holidays = [new LocalDate(2026, 4, 3), new LocalDate(2026, 4, 6)],
        },
        Candidate = new Candidate { Name = "Priya Nair", Phone = "+44 7700 900123", Email = "priya.nair@example.com" },
        Notes = new InterviewNotes { TopicToMention = "moving the monthly reports onto the new data platform" },
        Attempts = [new ContactAttempt { At = Instant.FromUtc(2026, 3, 5, 15, 30), Channel = ContactChannel.Email }],
    };

    private static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(London).ToInstant();
}
