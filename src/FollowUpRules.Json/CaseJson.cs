using System.Text.Json;
using NodaTime.Text;
using NodaTime;

namespace FollowUpRules.Json;

/// <summary>Reads and writes cases.</summary>
internal static class CaseJson
{
    private const string CaseFields = "schemaVersion, interview, office, candidate, notes, attempts";
    private const string InterviewFields = "at, role, company, interviewers, generalNumber";
    private const string InterviewerFields = "name, role, directLine, email, outOfOffice";
    private const string OfficeFields = "timeZoneId, hours, weekStartsOn, hecticPeriods, holidays, holidayRegion";
    private const string HecticFields = "days, hours, dates, note";
    private const string CandidateFields = "name, phone, email, timeZoneId, agency, linkedInContact, prefersWrittenContact";
    private const string AgencyFields = "name, agencyName, phone, email";
    private const string NotesFields = "decisionExpectedBy, callBackOn, callBackWithinDays, topicToMention, selectionProcess, candidatesRemaining";
    private const string AttemptFields = "at, channel, purpose, answeredBy, viaAgency, voicemailLeft, status, decisionExpectedBy, callBackOnOrAfter, interviewerAvailableAt, callBackInAWeekAgreed";
    private const string DayFields = "monday, tuesday, wednesday, thursday, friday, saturday, sunday";

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static FollowUpCase Read(JsonElement root, IDateTimeZoneProvider zones)
    {
        var document = new JsonCursor(root, "$");
        FollowUpJson.CheckSchemaVersion(document);
        var interview = ReadInterview(document.Object("interview"));
        var office = ReadOffice(document.Object("office"), zones);
        var candidate = ReadCandidate(document.Object("candidate"), zones);
        var notes = document.OptionalObject("notes") is { } n ? ReadNotes(n) : InterviewNotes.None;
        var attempts = document.Array("attempts", (e, p) => ReadAttempt(new JsonCursor(e, p)));
        document.EnsureNoOtherFields(CaseFields);
        return new FollowUpCase { Interview = interview, Office = office, Candidate = candidate, Notes = notes, Attempts = attempts };
    }

    public static CaseDocument ToDocument(FollowUpCase followUpCase) => new()
    {
        Interview = new InterviewDocument
        {
            At = InstantPattern.ExtendedIso.Format(followUpCase.Interview.At),
            Role = followUpCase.Interview.Role,
            Company = followUpCase.Interview.Company,
            Interviewers = followUpCase.Interview.Interviewers.Select(ToDocument).ToList(),
            GeneralNumber = followUpCase.Interview.GeneralNumber,
        },
        Office = ToDocument(followUpCase.Office),
        Candidate = new CandidateDocument
        {
            Name = followUpCase.Candidate.Name,
            Phone = followUpCase.Candidate.Phone,
            Email = followUpCase.Candidate.Email,
            TimeZoneId = followUpCase.Candidate.TimeZoneId,
            Agency = followUpCase.Candidate.Agency is { } agency ? ToDocument(agency) : null,
            LinkedInContact = followUpCase.Candidate.LinkedInContact,
            PrefersWrittenContact = followUpCase.Candidate.PrefersWrittenContact,
        },
        Notes = followUpCase.Notes.Equals(InterviewNotes.None) ? null : new NotesDocument
        {
            DecisionExpectedBy = Date(followUpCase.Notes.DecisionExpectedBy),
            CallBackOn = Date(followUpCase.Notes.CallBackOn),
            CallBackWithinDays = followUpCase.Notes.CallBackWithinDays,
            TopicToMention = followUpCase.Notes.TopicToMention,
            SelectionProcess = followUpCase.Notes.SelectionProcess,
            CandidatesRemaining = followUpCase.Notes.CandidatesRemaining,
        },
        Attempts = followUpCase.Attempts.Select(a => new AttemptDocument
        {
            At = InstantPattern.ExtendedIso.Format(a.At),
            Channel = JsonNames.Of(a.Channel),
            Purpose = a.Purpose is { } purpose ? JsonNames.Of(purpose) : null,
            AnsweredBy = JsonNames.Of(a.AnsweredBy),
            ViaAgency = a.ViaAgency,
            VoicemailLeft = a.VoicemailLeft,
            Status = a.Status is { } status ? JsonNames.Of(status) : null,
            DecisionExpectedBy = Date(a.DecisionExpectedBy),
            CallBackOnOrAfter = Date(a.CallBackOnOrAfter),
            InterviewerAvailableAt = a.InterviewerAvailableAt is { } time ? LocalDateTimePattern.ExtendedIso.Format(time) : null,
            CallBackInAWeekAgreed = a.CallBackInAWeekAgreed,
        }).ToList(),
    };

    public static Interviewer ReadInterviewer(JsonCursor cursor)
    {
        var person = new Interviewer
        {
            Name = cursor.String("name"),
            Role = cursor.OptionalEnum("role", InterviewerRole.Panelist),
            DirectLine = cursor.OptionalString("directLine"),
            Email = cursor.OptionalString("email"),
            OutOfOffice = cursor.Array("outOfOffice", (e, p) => ReadDates(new JsonCursor(e, p))),
        };
        cursor.EnsureNoOtherFields(InterviewerFields);
        return person;
    }

    public static InterviewerDocument ToDocument(Interviewer person) => new()
    {
        Name = person.Name,
        Role = JsonNames.Of(person.Role),
        DirectLine = person.DirectLine,
        Email = person.Email,
        OutOfOffice = person.OutOfOffice.Count == 0 ? null : person.OutOfOffice.Select(ToDocument).ToList(),
    };

    public static AgencyContact ReadAgency(JsonCursor cursor)
    {
        var agency = new AgencyContact
        {
            Name = cursor.String("name"),
            AgencyName = cursor.OptionalString("agencyName"),
            Phone = cursor.OptionalString("phone"),
            Email = cursor.OptionalString("email"),
        };
        cursor.EnsureNoOtherFields(AgencyFields);
        return agency;
    }

    public static AgencyDocument ToDocument(AgencyContact agency) => new()
    {
        Name = agency.Name,
        AgencyName = agency.AgencyName,
        Phone = agency.Phone,
        Email = agency.Email,
    };

    private static Interview ReadInterview(JsonCursor cursor)
    {
        var interview = new Interview
        {
            At = cursor.Instant("at"),
            Role = cursor.String("role"),
            Company = cursor.String("company"),
            Interviewers = cursor.Array("interviewers", (e, p) => ReadInterviewer(new JsonCursor(e, p))),
            GeneralNumber = cursor.OptionalString("generalNumber"),
        };
        cursor.EnsureNoOtherFields(InterviewFields);
        return interview;
    }

    private static EmployerOffice ReadOffice(JsonCursor cursor, IDateTimeZoneProvider zones)
    {
        var office = new EmployerOffice
        {
            TimeZoneId = KnownZone(cursor, cursor.String("timeZoneId"), zones),
            WeekStartsOn = cursor.NullableEnum<IsoDayOfWeek>("weekStartsOn"),
            HecticPeriods = cursor.Array("hecticPeriods", (e, p) => ReadHectic(new JsonCursor(e, p))),
            Holidays = cursor.Array("holidays", JsonCursor.AsDate),
            HolidayRegion = cursor.OptionalString("holidayRegion"),
        };
        if (cursor.OptionalObject("hours") is { } hours)
        {
            office = office with { Hours = ReadHours(hours) };
        }

        cursor.EnsureNoOtherFields(OfficeFields);
        return office;
    }

    private static OfficeHours ReadHours(JsonCursor cursor)
    {
        var hours = OfficeHours.Closed;
        for (var d = 0; d < 7; d++)
        {
            var ranges = cursor.Array(DayNames[d], JsonCursor.AsRange);
            if (ranges.Count > 0)
            {
                hours = hours.With((IsoDayOfWeek)(d + 1), ranges);
            }
        }

        cursor.EnsureNoOtherFields(DayFields);
        return hours;
    }

    private static HecticPeriod ReadHectic(JsonCursor cursor)
    {
        var period = new HecticPeriod
        {
            Days = cursor.Array("days", JsonCursor.AsEnum<IsoDayOfWeek>),
            Hours = cursor.OptionalRange("hours"),
            Dates = cursor.OptionalObject("dates") is { } dates ? ReadDates(dates) : null,
            Note = cursor.OptionalString("note"),
        };
        cursor.EnsureNoOtherFields(HecticFields);
        return period;
    }

    private static DateInterval ReadDates(JsonCursor cursor)
    {
        var start = cursor.Date("start");
        var end = cursor.Date("end");
        cursor.EnsureNoOtherFields("start, end");
        if (end < start)
        {
            throw new FollowUpJsonException(cursor.Child("end"), JsonCursor.Quote(LocalDatePattern.Iso.Format(end)) + " is before start " + JsonCursor.Quote(LocalDatePattern.Iso.Format(start)) + "; both ends are inclusive");
        }

        return new DateInterval(start, end);
    }

    private static Candidate ReadCandidate(JsonCursor cursor, IDateTimeZoneProvider zones)
    {
        var zoneId = cursor.OptionalString("timeZoneId") is { } id ? KnownZone(cursor, id, zones) : null;
        var candidate = new Candidate
        {
            Name = cursor.String("name"),
            Phone = cursor.OptionalString("phone"),
            Email = cursor.OptionalString("email"),
            TimeZoneId = zoneId,
            Agency = cursor.OptionalObject("agency") is { } agency ? ReadAgency(agency) : null,
            LinkedInContact = cursor.OptionalString("linkedInContact"),
            PrefersWrittenContact = cursor.Boolean("prefersWrittenContact"),
        };
        cursor.EnsureNoOtherFields(CandidateFields);
        return candidate;
    }

    private static InterviewNotes ReadNotes(JsonCursor cursor)
    {
        var notes = new InterviewNotes
        {
            DecisionExpectedBy = cursor.OptionalDate("decisionExpectedBy"),
            CallBackOn = cursor.OptionalDate("callBackOn"),
            CallBackWithinDays = cursor.OptionalInteger("callBackWithinDays"),
            TopicToMention = cursor.OptionalString("topicToMention"),
            SelectionProcess = cursor.OptionalString("selectionProcess"),
            CandidatesRemaining = cursor.OptionalInteger("candidatesRemaining"),
        };
        cursor.EnsureNoOtherFields(NotesFields);
        return notes;
    }

    private static ContactAttempt ReadAttempt(JsonCursor cursor)
    {
        var attempt = new ContactAttempt
        {
            At = cursor.Instant("at"),
            Channel = cursor.Enum<ContactChannel>("channel"),
            Purpose = cursor.NullableEnum<AttemptPurpose>("purpose"),
            AnsweredBy = cursor.OptionalEnum("answeredBy", Responder.Nobody),
            ViaAgency = cursor.Boolean("viaAgency"),
            VoicemailLeft = cursor.Boolean("voicemailLeft"),
            Status = cursor.NullableEnum<CandidateStatus>("status"),
            DecisionExpectedBy = cursor.OptionalDate("decisionExpectedBy"),
            CallBackOnOrAfter = cursor.OptionalDate("callBackOnOrAfter"),
            InterviewerAvailableAt = cursor.OptionalDateTime("interviewerAvailableAt"),
            CallBackInAWeekAgreed = cursor.Boolean("callBackInAWeekAgreed"),
        };
        cursor.EnsureNoOtherFields(AttemptFields);
        return attempt;
    }

    private static OfficeDocument ToDocument(EmployerOffice office)
    {
        var hours = new Dictionary<string, List<string>>();
        for (var d = 0; d < 7; d++)
        {
            var ranges = office.Hours[(IsoDayOfWeek)(d + 1)];
            if (ranges.Count > 0)
            {
                hours[DayNames[d]] = ranges.Select(r => r.ToString()).ToList();
            }
        }

        return new OfficeDocument
        {
            TimeZoneId = office.TimeZoneId,
            Hours = hours,
            WeekStartsOn = office.WeekStartsOn is { } first ? JsonNames.Of(first) : null,
            HecticPeriods = office.HecticPeriods.Count == 0 ? null : office.HecticPeriods.Select(h => new HecticDocument
            {
                Days = h.Days.Count == 0 ? null : h.Days.Select(JsonNames.Of).ToList(),
                Hours = h.Hours?.ToString(),
                Dates = h.Dates is { } dates ? ToDocument(dates) : null,
                Note = h.Note,
            }).ToList(),
            Holidays = office.Holidays.Count == 0 ? null : office.Holidays.Select(d => LocalDatePattern.Iso.Format(d)).ToList(),
            HolidayRegion = office.HolidayRegion,
        };
    }

    private static DateRangeDocument ToDocument(DateInterval dates) => new()
    {
        Start = LocalDatePattern.Iso.Format(dates.Start),
        End = LocalDatePattern.Iso.Format(dates.End),
    };

    private static string KnownZone(JsonCursor cursor, string id, IDateTimeZoneProvider zones) =>
        zones.GetZoneOrNull(id) is not null
            ? id
            : throw new FollowUpJsonException(cursor.Child("timeZoneId"), JsonCursor.Quote(id) + " is not a time zone id in " + zones.VersionId + "; use one such as Europe/London");

    private static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
