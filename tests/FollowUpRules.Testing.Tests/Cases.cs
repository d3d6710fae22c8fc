using NodaTime;

namespace FollowUpRules.Testing.Tests;

/// <summary>The cases the kit's tests play: an interview on Friday 6 March 2026 at 10:00 in London with Jane Smith.</summary>
internal static class Cases
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static readonly FollowUpPolicy Default = FollowUpPolicy.Create(FollowUpProfiles.Default);

    public static FollowUpCase FridayInLondon() => new()
    {
        Interview = new Interview
        {
            At = new LocalDateTime(2026, 3, 6, 10, 0).InZoneStrictly(London).ToInstant(),
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

    /// <summary>The story: a receptionist says Thursday at three; then voicemail twice; then silence for a month.</summary>
    public static ScenarioTranscript ReceptionistThenVoicemailTwiceThenSilence() =>
        FollowUpScenario.For(FridayInLondon())
            .OnCall(1, Answers.Receptionist(interviewerFreeAt: new LocalDateTime(2026, 3, 19, 15, 0)))
            .OnCall(2, Answers.Voicemail)
            .OnCall(3, Answers.Voicemail)
            .For(Period.FromMonths(1))
            .Run(Default);
}
