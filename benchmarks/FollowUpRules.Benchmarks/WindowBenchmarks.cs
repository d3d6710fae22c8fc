using BenchmarkDotNet.Attributes;
using NodaTime;

namespace FollowUpRules.Benchmarks;

/// <summary>The next 3 and the next 10 call windows over three weeks with lunch, week-opening and pre-weekend blackouts, two holidays and two out-of-office days.</summary>
[MemoryDiagnoser]
public class WindowBenchmarks
{
    private FollowUpPolicy _policy = null!;
    private FollowUpCase _case = null!;
    private Instant _from;

    [GlobalSetup]
    public void Setup()
    {
        _policy = FollowUpPolicy.Create(FollowUpProfiles.Default);
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var interview = new LocalDateTime(2026, 4, 27, 10, 0).InZoneStrictly(zone).ToInstant();
        _case = new FollowUpCase
        {
            Interview = new Interview
            {
                At = interview,
                Role = "Data Analyst",
                Company = "Northwind",
                Interviewers =
                [
                    new Interviewer
                    {
                        Name = "Jane Smith",
                        DirectLine = "+44 20 7946 0001",
                        OutOfOffice = [new DateInterval(new LocalDate(2026, 5, 6), new LocalDate(2026, 5, 7))],
                    },
                ],
            },
            Office = new EmployerOffice
            {
                TimeZoneId = "Europe/London",
                Hours = OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 30)),
                Holidays = [new LocalDate(2026, 5, 4), new LocalDate(2026, 5, 25)],
                HecticPeriods = [new HecticPeriod { Days = [IsoDayOfWeek.Tuesday], Hours = new TimeOfDayRange(new LocalTime(14, 0), new LocalTime(16, 0)) }],
            },
            Candidate = new Candidate { Name = "Alex Doe" },
        };
        _from = new LocalDateTime(2026, 5, 1, 12, 0).InZoneStrictly(zone).ToInstant();
    }

    [Benchmark(Description = "Next 3 windows")]
    public IReadOnlyList<CallWindow> Next3() => _policy.FindCallWindows(_case, _from, 3);

    [Benchmark(Description = "Next 10 windows")]
    public IReadOnlyList<CallWindow> Next10() => _policy.FindCallWindows(_case, _from, 10);
}
