using NodaTime;

namespace FollowUpRules.Tests.Shared;

/// <summary>
/// The benchmark mix: a fixed-seed set of cases, each with its own "now", covering first contact,
/// after a gatekeeper, after voicemails, waiting on a timeline, a DST transition week, a
/// Sunday–Thursday office, Kathmandu (+05:45), and holidays with out-of-office days. Shared by the
/// benchmarks, the allocation guard and the baseline-equivalence test so they measure the same work.
/// </summary>
internal static class CaseMix
{
    public const int DefaultSeed = 20261122;

    public static readonly string[] Categories =
    [
        "first contact", "after a gatekeeper", "after voicemails", "waiting on a timeline",
        "DST transition week", "Sunday-Thursday office", "Kathmandu", "holidays and out-of-office",
    ];

    public static (FollowUpCase[] Cases, Instant[] Nows) Create(int count = 1024, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var cases = new FollowUpCase[count];
        var nows = new Instant[count];
        for (var i = 0; i < count; i++)
        {
            var (followUp, now) = Entry(i % Categories.Length, random);

            // Most candidates have sent their thank-you email within the hour; a few (first contact) have not.
            if (i % 16 != 0)
            {
                var thanks = new ContactAttempt { At = followUp.Interview.At + Duration.FromMinutes(30), Channel = ContactChannel.Email };
                followUp = followUp with { Attempts = [thanks, .. followUp.Attempts] };
            }

            (cases[i], nows[i]) = (followUp, now);
        }

        return (cases, nows);
    }

    /// <summary>A case whose history holds <paramref name="attempts"/> unanswered calls (for the history-length benchmark).</summary>
    public static (FollowUpCase Case, Instant Now) WithHistory(int attempts)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var interview = new LocalDateTime(2026, 3, 5, 10, 0).InZoneStrictly(zone).ToInstant();
        var followUp = Base("Europe/London", interview, OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)));
        var list = new ContactAttempt[attempts];
        for (var i = 0; i < attempts; i++)
        {
            list[i] = new ContactAttempt { Channel = ContactChannel.Phone, At = interview + Duration.FromHours(6 * (i + 1)), AnsweredBy = i % 3 == 0 ? Responder.Receptionist : Responder.Nobody };
        }

        var now = interview + Duration.FromHours(6 * (attempts + 1));
        return (followUp with { Attempts = list }, now);
    }

    private static (FollowUpCase, Instant) Entry(int category, Random random)
    {
        var weekdays = OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 30));
        switch (category)
        {
            case 0:
            {
                var (followUp, interview) = At("Europe/London", new LocalDateTime(2026, 3, 2 + random.Next(5), 10 + random.Next(6), 0), weekdays);
                return (followUp, interview + Duration.FromHours(1 + random.Next(24 * 10)));
            }

            case 1:
            {
                var (followUp, interview) = At("America/Chicago", new LocalDateTime(2026, 4, 6 + random.Next(5), 9 + random.Next(7), 30), weekdays);
                var call = interview + Duration.FromDays(4) + Duration.FromMinutes(random.Next(600));
                var attempt = new ContactAttempt
                {
                    Channel = ContactChannel.Phone,
                    At = call,
                    AnsweredBy = Responder.Receptionist,
                    CallBackOnOrAfter = random.Next(2) == 0 ? null : call.InZone(Zone("America/Chicago")).Date.PlusDays(2 + random.Next(5)),
                };
                return (followUp with { Attempts = [attempt] }, call + Duration.FromMinutes(5 + random.Next(60 * 48)));
            }

            case 2:
            {
                var (followUp, interview) = At("Europe/Berlin", new LocalDateTime(2026, 5, 4 + random.Next(5), 11, 0), weekdays);
                var voicemails = 1 + random.Next(3);
                var attempts = new ContactAttempt[voicemails];
                for (var v = 0; v < voicemails; v++)
                {
                    attempts[v] = new ContactAttempt { Channel = ContactChannel.Phone, At = interview + Duration.FromDays(3 + (2 * v)), AnsweredBy = Responder.Voicemail, VoicemailLeft = v == 0 };
                }

                return (followUp with { Attempts = attempts }, attempts[^1].At + Duration.FromHours(1 + random.Next(24 * 7)));
            }

            case 3:
            {
                var (followUp, interview) = At("Australia/Sydney", new LocalDateTime(2026, 6, 1 + random.Next(5), 14, 0), weekdays);
                var decision = interview.InZone(Zone("Australia/Sydney")).Date.PlusDays(7 + random.Next(21));
                return (followUp with { Notes = new InterviewNotes { DecisionExpectedBy = decision } }, interview + Duration.FromDays(1 + random.Next(30)));
            }

            case 4:
            {
                // New York springs forward on Sunday 8 March 2026: interviews the week before, "now" across the change.
                var (followUp, interview) = At("America/New_York", new LocalDateTime(2026, 3, 2 + random.Next(5), 9 + random.Next(8), 0), weekdays);
                return (followUp, interview + Duration.FromHours(24 + random.Next(24 * 8)));
            }

            case 5:
            {
                var sundayToThursday = OfficeHours.Create([IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], new TimeOfDayRange(new LocalTime(8, 30), new LocalTime(17, 0)));
                var (followUp, interview) = At("Asia/Jerusalem", new LocalDateTime(2026, 9, 6 + random.Next(5), 10, 0), sundayToThursday);
                followUp = followUp with { Office = followUp.Office with { WeekStartsOn = IsoDayOfWeek.Sunday } };
                return (followUp, interview + Duration.FromHours(2 + random.Next(24 * 9)));
            }

            case 6:
            {
                var (followUp, interview) = At("Asia/Kathmandu", new LocalDateTime(2026, 10, 12 + random.Next(5), 11, 15), OfficeHours.Weekdays(new LocalTime(10, 0), new LocalTime(17, 0)));
                return (followUp, interview + Duration.FromHours(3 + random.Next(24 * 8)));
            }

            default:
            {
                var (followUp, interview) = At("Europe/London", new LocalDateTime(2026, 12, 14 + random.Next(4), 10, 0), weekdays);
                var christmas = new[] { new LocalDate(2026, 12, 25), new LocalDate(2026, 12, 28), new LocalDate(2027, 1, 1) };
                var lead = followUp.Interview.Interviewers[0] with { OutOfOffice = [new DateInterval(new LocalDate(2026, 12, 21), new LocalDate(2026, 12, 23))] };
                followUp = followUp with
                {
                    Office = followUp.Office with { Holidays = christmas },
                    Interview = followUp.Interview with { Interviewers = [lead, followUp.Interview.Interviewers[1]] },
                };
                return (followUp, interview + Duration.FromHours(2 + random.Next(24 * 10)));
            }
        }
    }

    private static DateTimeZone Zone(string id) => DateTimeZoneProviders.Tzdb[id];

    private static (FollowUpCase Case, Instant Interview) At(string zone, LocalDateTime local, OfficeHours hours)
    {
        var interview = local.InZoneLeniently(Zone(zone)).ToInstant();
        return (Base(zone, interview, hours), interview);
    }

    private static FollowUpCase Base(string zone, Instant interview, OfficeHours hours) => new()
    {
        Interview = new Interview
        {
            At = interview,
            Role = "Data Analyst",
            Company = "Northwind",
            GeneralNumber = "+1 555 0100",
            Interviewers =
            [
                new Interviewer { Name = "Jane Smith", Role = InterviewerRole.HiringManager, DirectLine = "+1 555 0101", Email = "jane@northwind.example" },
                new Interviewer { Name = "Raj Patel", Email = "raj@northwind.example" },
            ],
        },
        Office = new EmployerOffice { TimeZoneId = zone, Hours = hours },
        Candidate = new Candidate { Name = "Alex Doe", Phone = "+1 555 0199" },
    };
}
