using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests;

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
                new ContactAttempt { Channel = ContactChannel.Phone, At = valid.Interview.At - Duration.FromHours(1) },
                new ContactAttempt { Channel = ContactChannel.Phone, At = Now + Duration.FromDays(1) },
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

    [Fact]
    public void Decide_InvalidCaseOrProfile_ThrowsTheOneInputExceptionAHostCatches()
    {
        var badCase = () => Default.Decide(Builder.Build() with { Candidate = new Candidate { Name = "" } }, Now);
        var badProfile = () => FollowUpPolicy.Create(FollowUpProfiles.Default with { MaxVoicemails = -1 });

        badCase.Should().Throw<FollowUpInputException>().Which.Problems.Should().ContainSingle(p => p.Path == "candidate.name");
        badProfile.Should().Throw<FollowUpInputException>().Which.Problems.Should().ContainSingle(p => p.Path == "maxVoicemails" && p.Value == "-1");
    }

    private const string EveryHourOfEveryDay = "covers every hour of every day with no dates to end it, so no call could ever be made; give the days, hours or dates the interviewer called hectic";

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
        { "hectic hours empty", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Days = [IsoDayOfWeek.Monday], Hours = new TimeOfDayRange(new LocalTime(10, 0), new LocalTime(10, 0)) }] } }, "office.hecticPeriods[0].hours = 10:00-10:00: is empty; the end must come after the start (or be 24:00)" },
        { "office hours empty", c => c with { Office = c.Office with { Hours = c.Office.Hours.With(IsoDayOfWeek.Tuesday, new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(9, 0))) } }, "office.hours.tuesday[0] = 09:00-09:00: is empty; the end must come after the start (or be 24:00)" },
        { "empty hectic period", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod()] } }, "office.hecticPeriods[0] = {}: " + EveryHourOfEveryDay },
        { "hectic period with only a note", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Days = [IsoDayOfWeek.Friday] }, new HecticPeriod { Note = "always busy" }] } }, "office.hecticPeriods[1] = {\"note\":\"always busy\"}: " + EveryHourOfEveryDay },
        { "hectic all day on all seven days", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Days = [.. Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)], Hours = TimeOfDayRange.WholeDay }] } }, "office.hecticPeriods[0] = {\"days\":[\"monday\",\"tuesday\",\"wednesday\",\"thursday\",\"friday\",\"saturday\",\"sunday\"],\"hours\":\"00:00-24:00\"}: " + EveryHourOfEveryDay },
        { "hectic all day on all seven days, one named twice", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Days = [IsoDayOfWeek.Monday, .. Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None)] }] } }, "office.hecticPeriods[0] = {\"days\":[\"monday\",\"monday\",\"tuesday\",\"wednesday\",\"thursday\",\"friday\",\"saturday\",\"sunday\"]}: " + EveryHourOfEveryDay },
        { "blank form of address", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane, CaseBuilder.Jane with { Name = "Raj Patel", AddressAs = " " }] } }, "interview.interviewers[1].addressAs = \" \": must not be blank when given; leave it out to address them by their first name" },
        { "blank candidate", c => c with { Candidate = c.Candidate with { Name = "" } }, "candidate.name = \"\": is required and must not be blank" },
        { "candidate zone unknown", c => c with { Candidate = c.Candidate with { TimeZoneId = "Europe/Atlantis" } }, "candidate.timeZoneId = \"Europe/Atlantis\": is not a known time zone id in " + DateTimeZoneProviders.Tzdb.VersionId + "; use one such as Europe/London or America/New_York" },
        { "agency without name", c => c with { Candidate = c.Candidate with { Agency = new AgencyContact { Name = "" } } }, "candidate.agency.name = \"\": is required and must not be blank" },
        { "both call-back forms", c => c with { Notes = new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 9), CallBackWithinDays = 3 } }, "notes.callBackWithinDays = 3: cannot be given together with notes.callBackOn (2026-03-09); give one of them" },
        { "call back within zero days", c => c with { Notes = new InterviewNotes { CallBackWithinDays = 0 } }, "notes.callBackWithinDays = 0: must be between 1 and 365" },
        { "call back before interview", c => c with { Notes = new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 1) } }, "notes.callBackOn = 2026-03-01: is before the interview date (2026-03-05)" },
        { "negative candidates", c => c with { Notes = new InterviewNotes { CandidatesRemaining = -1 } }, "notes.candidatesRemaining = -1: must be zero or more" },
        { "voicemail without voicemail", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), AnsweredBy = Responder.Receptionist, VoicemailLeft = true }] }, "attempts[0].voicemailLeft = true: needs answeredBy Voicemail, not Receptionist" },
        { "email answered by voicemail", c => c with { Attempts = [new ContactAttempt { At = c.Interview.At + Duration.FromDays(3), Channel = ContactChannel.Email, AnsweredBy = Responder.Voicemail }] }, "attempts[0].answeredBy = Voicemail: only a phone call can be answered by Voicemail, not a Email" },
        { "agency without agency", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), ViaAgency = true }] }, "attempts[0].viaAgency = true: the candidate has no agency (candidate.agency is missing)" },
        { "undefined channel", c => c with { Attempts = [new ContactAttempt { At = c.Interview.At + Duration.FromDays(3), Channel = (ContactChannel)7 }] }, "attempts[0].channel = 7: must be one of Phone, Email, HandwrittenNote, LinkedInMessage" },
        { "null attempt", c => c with { Attempts = [null!] }, "attempts[0] = null: must not be null" },
        { "undefined role", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane with { Role = (InterviewerRole)5 }] } }, "interview.interviewers[0].role = 5: must be one of Panelist, HiringManager, Recruiter" },
    };

    /// <summary>Shapes a host can build in code but not in JSON: nulls where the model expects a value, undefined enum values, dates far out of range.</summary>
    public static TheoryData<string, Func<FollowUpCase, FollowUpCase>, string> StructuralProblems => new()
    {
        { "no interview", c => c with { Interview = null! }, "interview = null: is required" },
        { "no office", c => c with { Office = null! }, "office = null: is required" },
        { "no office hours", c => c with { Office = c.Office with { Hours = null! } }, "office.hours = null: is required" },
        { "no candidate", c => c with { Candidate = null! }, "candidate = null: is required" },
        { "no notes", c => c with { Notes = null! }, "notes = null: must not be null; leave it out for no notes" },
        { "null interviewer", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane, null!] } }, "interview.interviewers[1] = null: must not be null" },
        { "null out-of-office", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane with { OutOfOffice = [null!] }] } }, "interview.interviewers[0].outOfOffice[0] = null: must not be null" },
        { "out-of-office ends in 2300", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane with { OutOfOffice = [new DateInterval(new LocalDate(2026, 3, 9), new LocalDate(2300, 1, 1))] }] } }, "interview.interviewers[0].outOfOffice[0] = 2026-03-09/2300-01-01: must be between 1900-01-01 and 2199-12-31" },
        { "out-of-office starts in 1850", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane with { OutOfOffice = [new DateInterval(new LocalDate(1850, 3, 9), new LocalDate(2026, 1, 1))] }] } }, "interview.interviewers[0].outOfOffice[0] = 1850-03-09/2026-01-01: must be between 1900-01-01 and 2199-12-31" },
        { "week starts on day 0", c => c with { Office = c.Office with { WeekStartsOn = (IsoDayOfWeek)0 } }, "office.weekStartsOn = None: must be Monday to Sunday" },
        { "week starts on day 8", c => c with { Office = c.Office with { WeekStartsOn = (IsoDayOfWeek)8 } }, "office.weekStartsOn = 8: must be Monday to Sunday" },
        { "null hectic period", c => c with { Office = c.Office with { HecticPeriods = [null!] } }, "office.hecticPeriods[0] = null: must not be null" },
        { "hectic day 9", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Days = [IsoDayOfWeek.Monday, (IsoDayOfWeek)9] }] } }, "office.hecticPeriods[0].days[1] = 9: must be Monday to Sunday" },
        { "call back on in 2300", c => c with { Notes = new InterviewNotes { CallBackOn = new LocalDate(2300, 1, 1) } }, "notes.callBackOn = 2300-01-01: must be between 1900-01-01 and 2199-12-31" },
        { "decision in 2200", c => c with { Notes = new InterviewNotes { DecisionExpectedBy = new LocalDate(2200, 1, 1) } }, "notes.decisionExpectedBy = 2200-01-01: must be between 1900-01-01 and 2199-12-31" },
        { "call back within 366 days", c => c with { Notes = new InterviewNotes { CallBackWithinDays = 366 } }, "notes.callBackWithinDays = 366: must be between 1 and 365" },
        { "attempt in 2300", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = Instant.FromUtc(2300, 1, 1, 0, 0) }] }, "attempts[0].at = 2300-01-01T00:00:00Z: must be between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z" },
        { "undefined responder", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), AnsweredBy = (Responder)42 }] }, "attempts[0].answeredBy = 42: must be one of " + string.Join(", ", Enum.GetNames<Responder>().Where(name => name != "Unspecified")) },
        { "unspecified channel", c => c with { Attempts = [new ContactAttempt { At = c.Interview.At + Duration.FromDays(3), Channel = ContactChannel.Unspecified }] }, "attempts[0].channel = Unspecified: is required (it was never set): must be one of Phone, Email, HandwrittenNote, LinkedInMessage" },
        { "unspecified responder", c => c with { Attempts = [new ContactAttempt { At = c.Interview.At + Duration.FromDays(3), Channel = ContactChannel.Phone, AnsweredBy = Responder.Unspecified }] }, "attempts[0].answeredBy = Unspecified: is required (it was never set): must be one of Nobody, Interviewer, OtherInterviewer, Receptionist, StaffNotAtInterview, Agency, Voicemail" },
        { "unspecified role", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane with { Role = InterviewerRole.Unspecified }] } }, "interview.interviewers[0].role = Unspecified: is required (it was never set): must be one of Panelist, HiringManager, Recruiter" },
        { "undefined status", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), Status = (CandidateStatus)42 }] }, "attempts[0].status = 42: must be one of StillUnderConsideration, PositionFilled, NoLongerConsidered, OfferMade" },
        { "agency answered without agency", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), AnsweredBy = Responder.Agency }] }, "attempts[0].answeredBy = Agency: the candidate has no agency (candidate.agency is missing)" },
        { "attempt decision in 2200", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), DecisionExpectedBy = new LocalDate(2200, 1, 1) }] }, "attempts[0].decisionExpectedBy = 2200-01-01: must be between 1900-01-01 and 2199-12-31" },
        { "attempt call back in 1899", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), CallBackOnOrAfter = new LocalDate(1899, 12, 31) }] }, "attempts[0].callBackOnOrAfter = 1899-12-31: must be between 1900-01-01 and 2199-12-31" },
        { "interviewer free in 2200", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), InterviewerAvailableAt = new LocalDateTime(2200, 1, 1, 9, 0) }] }, "attempts[0].interviewerAvailableAt = 2200-01-01T09:00:00: must be between 1900-01-01 and 2199-12-31" },
        { "hectic dates from 1850", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Dates = new DateInterval(new LocalDate(1850, 3, 9), new LocalDate(2026, 1, 1)) }] } }, "office.hecticPeriods[0].dates = 1850-03-09/2026-01-01: must be between 1900-01-01 and 2199-12-31" },
        { "no interview, with an attempt", c => c with { Interview = null!, Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = Instant.FromUtc(2026, 3, 9, 9, 0) }] }, "interview = null: is required" },
        {
            "one reversed range among good ones, four open days",
            c => c with { Office = c.Office with { Hours = OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0))
                .With(IsoDayOfWeek.Tuesday, new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(12, 0)), new TimeOfDayRange(new LocalTime(13, 0), new LocalTime(17, 0)))
                .With(IsoDayOfWeek.Wednesday, new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(12, 0)), new TimeOfDayRange(new LocalTime(11, 0), new LocalTime(10, 0)))
                .With(IsoDayOfWeek.Friday) } },
            "office.hours.wednesday[1] = 11:00-10:00: ends before it starts; the end must come after the start (or be 24:00)"
        },
        { "no interview, with a call-back date", c => c with { Interview = null!, Notes = new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 16) } }, "interview = null: is required" },
        { "undefined purpose", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), Purpose = (AttemptPurpose)42 }] }, "attempts[0].purpose = 42: must be one of ThankYou, FollowUp, AgencyUpdate, RequestedCall, or left out to be inferred" },
        {
            "a range overlapping two earlier ones",
            c => c with { Office = c.Office with { Hours = c.Office.Hours.With(IsoDayOfWeek.Tuesday, new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(11, 0)), new TimeOfDayRange(new LocalTime(12, 0), new LocalTime(14, 0)), new TimeOfDayRange(new LocalTime(10, 0), new LocalTime(13, 0))) } },
            "office.hours.tuesday[2] = 10:00-13:00: overlaps office.hours.tuesday[0] (09:00-11:00)"
        },
        { "hectic dates in 2300", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Dates = new DateInterval(new LocalDate(2026, 3, 9), new LocalDate(2300, 1, 1)) }] } }, "office.hecticPeriods[0].dates = 2026-03-09/2300-01-01: must be between 1900-01-01 and 2199-12-31" },

        // Dates in another calendar cannot be compared with the office's ISO days (NodaTime throws),
        // so each date field names its own problem rather than failing deep inside a decision.
        { "Julian holiday", c => c with { Office = c.Office with { Holidays = [new LocalDate(2026, 3, 9, CalendarSystem.Julian)] } }, "office.holidays[0] = 2026-03-09: must be a date in the ISO calendar, not Julian" },
        { "Julian hectic dates", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Dates = new DateInterval(new LocalDate(2026, 3, 9, CalendarSystem.Julian), new LocalDate(2026, 3, 13, CalendarSystem.Julian)) }] } }, "office.hecticPeriods[0].dates = 2026-03-09/2026-03-13: must be a date in the ISO calendar, not Julian" },
        { "Coptic out-of-office", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane with { OutOfOffice = [new DateInterval(new LocalDate(1742, 7, 1, CalendarSystem.Coptic), new LocalDate(1742, 7, 3, CalendarSystem.Coptic))] }] } }, "interview.interviewers[0].outOfOffice[0] = 1742-07-01/1742-07-03: must be a date in the ISO calendar, not Coptic" },
        { "Julian call back on", c => c with { Notes = new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 9, CalendarSystem.Julian) } }, "notes.callBackOn = 2026-03-09: must be a date in the ISO calendar, not Julian" },
        { "Julian decision date", c => c with { Notes = new InterviewNotes { DecisionExpectedBy = new LocalDate(2026, 3, 9, CalendarSystem.Julian) } }, "notes.decisionExpectedBy = 2026-03-09: must be a date in the ISO calendar, not Julian" },
        { "Julian attempt decision date", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), DecisionExpectedBy = new LocalDate(2026, 3, 20, CalendarSystem.Julian) }] }, "attempts[0].decisionExpectedBy = 2026-03-20: must be a date in the ISO calendar, not Julian" },
        { "Julian call back on or after", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), CallBackOnOrAfter = new LocalDate(2026, 3, 10, CalendarSystem.Julian) }] }, "attempts[0].callBackOnOrAfter = 2026-03-10: must be a date in the ISO calendar, not Julian" },
        { "Julian interviewer free", c => c with { Attempts = [new ContactAttempt { Channel = ContactChannel.Phone, At = c.Interview.At + Duration.FromDays(3), InterviewerAvailableAt = new LocalDateTime(2026, 3, 10, 9, 0, CalendarSystem.Julian) }] }, "attempts[0].interviewerAvailableAt = 2026-03-10T09:00:00: must be a date in the ISO calendar, not Julian" },
    };

    [Theory]
    [MemberData(nameof(StructuralProblems))]
    public void Validate_StructuralProblem_NamesItsPathAndValue(string scenario, Func<FollowUpCase, FollowUpCase> change, string expected)
    {
        var problems = Default.Validate(change(Builder.Build()), Now);

        problems.Should().ContainSingle(scenario).Which.ToString().Should().Be(expected);
    }

    [Fact]
    public void Validate_AttemptAtTheInterviewsVeryInstant_IsAccepted()
    {
        var followUp = Builder.Build();
        followUp = followUp with { Attempts = [new ContactAttempt { Channel = ContactChannel.Email, At = followUp.Interview.At }] };

        Default.Validate(followUp, Now).Should().BeEmpty("an attempt may be made as the interview ends; only one before it is rejected");
    }

    [Fact]
    public void Validate_EveryDayReversed_NamesEachDay()
    {
        var reversed = new TimeOfDayRange(new LocalTime(17, 0), new LocalTime(9, 0));
        var hours = OfficeHours.Create(Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None), reversed);
        var followUp = Builder.Build() with { Office = Builder.Build().Office with { Hours = hours } };

        var paths = Default.Validate(followUp, Now).Select(p => p.Path);

        paths.Should().Contain(["office.hours.monday[0]", "office.hours.tuesday[0]", "office.hours.wednesday[0]", "office.hours.thursday[0]", "office.hours.friday[0]", "office.hours.saturday[0]", "office.hours.sunday[0]"]);
    }

    public static TheoryData<string, Func<FollowUpCase, FollowUpCase>> EdgesThatAreValid => new()
    {
        { "64 interviewers", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane, .. Enumerable.Range(1, 63).Select(i => new Interviewer { Name = "P" + i })] } } },
        { "call back within 365 days", c => c with { Notes = new InterviewNotes { CallBackWithinDays = 365 } } },
        { "decision on the last valid day", c => c with { Notes = new InterviewNotes { DecisionExpectedBy = new LocalDate(2199, 12, 31) } } },
        { "out-of-office from the first valid day", c => c with { Interview = c.Interview with { Interviewers = [CaseBuilder.Jane with { OutOfOffice = [new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2199, 12, 31))] }, CaseBuilder.Raj] } } },
        { "blank candidate zone means none", c => c with { Candidate = c.Candidate with { TimeZoneId = " " } } },
        { "week starts on Sunday", c => c with { Office = c.Office with { WeekStartsOn = IsoDayOfWeek.Sunday } } },
        { "week starts on Monday", c => c with { Office = c.Office with { WeekStartsOn = IsoDayOfWeek.Monday } } },
        { "hectic on Sunday", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Days = [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday] }] } } },
        { "hectic all day for one week", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Dates = new DateInterval(new LocalDate(2026, 3, 30), new LocalDate(2026, 4, 3)) }] } } },
        { "hectic on one date (start and end the same day)", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Dates = new DateInterval(new LocalDate(2026, 3, 31), new LocalDate(2026, 3, 31)) }] } } },
        { "hectic all day on six days", c => c with { Office = c.Office with { HecticPeriods = [new HecticPeriod { Days = [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday] }] } } },
        { "call back on the interview day", c => c with { Notes = new InterviewNotes { CallBackOn = new LocalDate(2026, 3, 5) } } },
    };

    [Theory]
    [MemberData(nameof(EdgesThatAreValid))]
    public void Validate_EdgeOfTheAllowedRange_IsValid(string scenario, Func<FollowUpCase, FollowUpCase> change)
    {
        Default.Validate(change(Builder.Build()), Now).Should().BeEmpty(scenario);
    }

    [Fact]
    public void Validate_NullCase_ReportsTheRoot()
    {
        Default.Validate(null!, Now).Select(p => p.ToString()).Should().Equal("$ = null: a case is required");
    }

    [Fact]
    public void Validate_NowAtTheEdges_IsInRangeOnlyInside()
    {
        var followUp = Builder.Build() with { Interview = Builder.Build().Interview with { At = Instant.FromUtc(1900, 1, 1, 0, 0) } };

        Default.Validate(followUp, Instant.FromUtc(1900, 1, 1, 0, 0)).Should().BeEmpty();
        Default.Validate(followUp, Instant.FromUtc(2200, 1, 1, 0, 0)).Select(p => p.Path).Should().Equal("now");
        Default.Validate(followUp, Instant.FromUtc(2199, 12, 31, 23, 59)).Should().BeEmpty();
    }

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
