using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Validation;

public sealed class CaseValidationTests
{
    private static readonly CaseBuilder Builder = CaseBuilder.London();
    private static readonly Instant Now = Builder.At(L(2026, 3, 20, 9, 0));

    private static InvalidCaseException DecideFails(FollowUpCase followUp, Instant? now = null)
    {
        var decide = () => Default.Decide(followUp, now ?? Now);
        return decide.Should().Throw<InvalidCaseException>().Subject.Single();
    }

    [Fact]
    public void Decide_SeveralProblems_ListsEveryOneWithItsPath()
    {
        var valid = Builder.Build();
        var followUp = valid with
        {
            Interview = valid.Interview with { Interviewers = [new Interviewer { Name = " " }] },
            Office = valid.Office with
            {
                TimeZoneId = "Mars/Olympus_Mons",
                Hours = OfficeHours.Closed.With(IsoDayOfWeek.Monday, new TimeOfDayRange(new LocalTime(17, 0), new LocalTime(9, 0))),
            },
            Attempts =
            [
                new ContactAttempt { At = valid.Interview.At - Duration.FromHours(1) },
                new ContactAttempt { At = Now + Duration.FromDays(1) },
            ],
        };

        var error = DecideFails(followUp);

        error.Message.Should().Be(
            "The case is invalid (5 problems):\n"
            + "- interview.interviewers[0].name = \" \": is required and must not be blank\n"
            + "- office.timeZoneId = \"Mars/Olympus_Mons\": is not a known time zone id in " + DateTimeZoneProviders.Tzdb.VersionId + "; use one such as Europe/London or America/New_York\n"
            + "- office.hours.monday[0] = 17:00-09:00: ends before it starts; the end must come after the start (or be 24:00)\n"
            + "- attempts[0].at = 2026-03-05T09:00:00Z: is before the interview (2026-03-05T10:00:00Z)\n"
            + "- attempts[1].at = 2026-03-21T09:00:00Z: is after now (2026-03-20T09:00:00Z)");
    }

    public static TheoryData<string, Func<FollowUpCase, FollowUpCase>, string> SingleProblems => new()
    {
        { "never open", c => c with { Office = c.Office with { Hours = OfficeHours.Closed } }, "office.hours = \"closed every day\": must open on at least one day of the week" },
        { "no interviewers", c => c with { Interview = c.Interview with { Interviewers = [] } }, "interview.interviewers = []: must list at least one person met at the interview" },
        { "blank role", c => c with { Interview = c.Interview with { Role = "" } }, "interview.role = \"\": is required and must not be blank" },
        { "blank company", c => c with { Interview = c.Interview with { Company = " " } }, "interview.company = \" \": is required and must not be blank" },
        { "interview in 1850", c => c with { Interview = c.Interview with { At = Instant.FromUtc(1850, 1, 1, 0, 0) } }, "interview.at = 1850-01-01T00:00:00Z: must be between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z" },
        { "zone missing", c => c with { Office = c.Office with { TimeZoneId = "" } }, "office.timeZoneId = \"\": is required: a tzdb time zone id such as Europe/London" },
        { "overlapping ranges", c => c with { Office = c.Office with { Hours = c.Office.Hours.With(IsoDayOfWeek.Tuesday, new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(13, 0)), new TimeOfDayRange(new LocalTime(12, 0), new LocalTime(17, 0))) } }, "office.hours.tuesday[1] = 12:00-17:00: overlaps office.hours.tuesday[0] (09:00-13:00)" },
        { "hectic hours reversed", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Hours = new TimeOfDayRange(new LocalTime(15, 0), new LocalTime(14, 0)) }] } }, "office.hecticPeriods[0].hours = 15:00-14:00: ends before it starts; the end must come after the start (or be 24:00)" },
        { "holiday in 2300", c => c with { Office = c.Office with { Holidays = [new LocalDate(2300, 1, 1)] } }, "office.holidays[0] = 2300-01-01: must be between 1900-01-01 and 2199-12-31" },
        { "blank candidate", c => c with { Candidate = c.Candidate with { Name = "" } }, "candidate.name = \"\": is required and must not be blank" },
        { "candidate zone unknown", c => c with { Candidate = c.Candidate with { TimeZoneId = "Europe/Atlantis" } }, "candidate.timeZoneId = \"Europe/Atlantis\": is not a known time zone id in " + DateTimeZoneProviders.Tzdb.VersionId + "; use one such as Europe/London or America/New_York" },
        { "agency without name", c => c with { Candidate = c.Candidate with { Agency = new AgencyContact { Name = "" } } }, "candidate.agency.name = \"\": is required and must not be blank" },
        { "both call-back forms", c => c with { Notes = new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 9), CallBackWithinDays = 3 } }, "notes.callBackWithinDays = 3: cannot be given together with notes.callBackOn (2026-03-09); give one of them" },
        { "call back within zero days", c => c with { Notes = new InterviewNotes { CallBackWithinDays = 0 } }, "notes.callBackWithinDays = 0: must be between 1 and 365" },
        { "call back before interview", c => c with { Notes = new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 1) } }, "notes.callBackOn = 2026-03-01: is before the interview date (2026-03-05)" },
        { "negative candidates", c => c with { Notes = new InterviewNotes { CandidatesRemaining = -1 } }, "notes.candidatesRemaining = -1: must be zero or more" },
        { "voicemail without voicemail", c => c with { Attempts = [new ContactAttempt { At = c.Interview.At + Duration.FromDays(3), AnsweredBy = Responder.Receptionist, VoicemailLeft = true }] }, "attempts[0].voicemailLeft = true: needs answeredBy Voicemail, not Receptionist" },
        { "email answered by voicemail", c => c with { Attempts = [new ContactAttempt { At = c.Interview.At + Duration.FromDays(3), Channel = ContactChannel.Email, AnsweredBy = Responder.Voicemail }] }, "attempts[0].answeredBy = Voicemail: only a phone call can be answered by Voicemail, not a Email" },
        { "agency without agency", c => c with { Attempts = [new ContactAttempt { At = c.Interview.At + Duration.FromDays(3), ViaAgency = true }] }, "attempts[0].viaAgency = true: the candidate has no agency (candidate.agency is missing)" },
        { "undefined channel", c => c with { Attempts = [new ContactAttempt { At = c.Interview.At + Duration.FromDays(3), Channel = (ContactChannel)7 }] }, "attempts[0].channel = 7: must be one of Phone, Email, HandwrittenNote, LinkedInMessage" },
        { "null attempt", c => c with { Attempts = [null!] }, "attempts[0] = null: must not be null" },
        { "undefined role", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane with { Role = (InterviewerRole)5 }] } }, "interview.interviewers[0].role = 5: must be one of Panelist, HiringManager, Recruiter" },
    };

    [Theory]
    [MemberData(nameof(SingleProblems))]
    public void Decide_OneProblem_NamesItsPathAndValue(string scenario, Func<FollowUpCase, FollowUpCase> change, string expected)
    {
        var error = DecideFails(change(Builder.Build()));

        error.Problems.Should().ContainSingle(scenario).Which.ToString().Should().Be(expected);
    }

    [Fact]
    public void Decide_NowOutOfRange_IsReported()
    {
        var error = DecideFails(Builder.Build(), Instant.FromUtc(2300, 1, 1, 0, 0));

        error.Problems.Select(p => p.ToString()).Should().Contain("now = 2300-01-01T00:00:00Z: must be between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z");
    }

    [Fact]
    public void Decide_NullCase_ThrowsArgumentNull()
    {
        var decide = () => Default.Decide(null!, Now);

        decide.Should().Throw<ArgumentNullException>().WithParameterName("followUpCase");
    }

    [Fact]
    public void Validate_ValidCase_ReturnsNoProblems()
    {
        Default.Validate(Builder.Build(), Now).Should().BeEmpty();
    }

    [Fact]
    public void Validate_InvalidCase_ReturnsTheProblemsWithoutThrowing()
    {
        var followUp = Builder.Build() with { Candidate = new Candidate { Name = "" } };

        Default.Validate(followUp, Now).Select(p => p.Path).Should().Equal("candidate.name");
    }
}
