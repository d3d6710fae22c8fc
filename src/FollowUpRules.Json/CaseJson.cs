using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json;

/// <summary>Reads and writes cases.</summary>
internal static class CaseJson
{
    // Seeds: the records are immutable, so every document can start from the same instances.
    private static readonly Interviewer PersonSeed = new() { Name = string.Empty, Role = InterviewerRole.Panelist };
    private static readonly AgencyContact AgencySeed = new() { Name = string.Empty };
    private static readonly Interview InterviewSeed = new() { At = default, Role = string.Empty, Company = string.Empty };
    private static readonly EmployerOffice OfficeSeed = new() { TimeZoneId = string.Empty };
    private static readonly Candidate CandidateSeed = new() { Name = string.Empty };
    private static readonly HecticPeriod HecticSeed = new();
    private static readonly ContactAttempt AttemptSeed = new() { At = default, Channel = ContactChannel.Unspecified };
    private static readonly FollowUpCase CaseSeed = new() { Interview = InterviewSeed, Office = OfficeSeed, Candidate = CandidateSeed };

    private static readonly string[] DayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly JsonShape<(LocalDate Start, LocalDate End)> DatesShape = new JsonShape<(LocalDate Start, LocalDate End)>()
        .Required("start", JsonValues.Date, (d, v) => (v, d.End))
        .Required("end", JsonValues.Date, (d, v) => (d.Start, v));

    /// <summary>A date range as written, both ends inclusive; "end before start" is reported by the check.</summary>
    public static readonly JsonValueReader<DateInterval> Dates = ReadDates;

    public static readonly JsonShape<PersonDraft> PersonShape = new JsonShape<PersonDraft>()
        .Required("name", JsonValues.String, (p, v) => p with { Name = v })
        .Optional("addressAs", JsonValues.String, (p, v) => p with { AddressAs = v })
        .Optional("role", JsonValues.Enum<InterviewerRole>(), (p, v) => p with { Role = v })
        .Optional("directLine", JsonValues.String, (p, v) => p with { DirectLine = v })
        .Optional("email", JsonValues.String, (p, v) => p with { Email = v })
        .Optional("outOfOffice", JsonValues.ArrayOf(Dates), (p, v) => p with { OutOfOffice = v });

    public static readonly JsonValueReader<Interviewer> Person = PersonShape.From(PersonDraft.Of(PersonSeed), d => d.ToInterviewer());

    public static readonly JsonShape<AgencyContact> AgencyShape = new JsonShape<AgencyContact>()
        .Required("name", JsonValues.String, (a, v) => a with { Name = v })
        .Optional("agencyName", JsonValues.String, (a, v) => a with { AgencyName = v })
        .Optional("phone", JsonValues.String, (a, v) => a with { Phone = v })
        .Optional("email", JsonValues.String, (a, v) => a with { Email = v });

    public static readonly JsonValueReader<AgencyContact> Agency = AgencyShape.From(() => AgencySeed);

    internal static readonly JsonShape<InterviewDraft> InterviewShape = new JsonShape<InterviewDraft>()
        .Required("at", JsonValues.Instant, (i, v) => i with { At = v })
        .Required("role", JsonValues.String, (i, v) => i with { Role = v })
        .Required("company", JsonValues.String, (i, v) => i with { Company = v })
        .Required("interviewers", JsonValues.ArrayOf(Person), (i, v) => i with { Interviewers = v })
        .Optional("generalNumber", JsonValues.String, (i, v) => i with { GeneralNumber = v });

    private static readonly JsonShape<TimeOfDayRange[][]> HoursShape = Days(new JsonShape<TimeOfDayRange[][]>());

    /// <summary>
    /// Offices already read, by their JSON text: a batch of cases from one system names a few
    /// offices again and again, and an office (its zone, hours and holidays) is immutable, so each
    /// is read once. Only offices read with the tzdb provider are kept, and at most <see cref="OfficeCache.Capacity"/>.
    /// </summary>
    private static readonly OfficeCache OfficesSeen = new();

    private static readonly JsonValueReader<OfficeHours> Hours = ReadHours;


    private static readonly JsonShape<HecticPeriod> HecticShape = new JsonShape<HecticPeriod>()
        .Optional("days", JsonValues.ArrayOf(JsonValues.Enum<IsoDayOfWeek>()), (h, v) => h with { Days = v })
        .Optional("hours", JsonValues.Range, (h, v) => h with { Hours = v })
        .Optional("dates", Dates, (h, v) => h with { Dates = v })
        .Optional("note", JsonValues.String, (h, v) => h with { Note = v });

    internal static readonly JsonShape<EmployerOffice> OfficeShape = new JsonShape<EmployerOffice>()
        .Required<string>("timeZoneId", KnownZone, (o, v) => o with { TimeZoneId = v })
        .Optional("hours", Hours, (o, v) => o with { Hours = v })
        .Optional("weekStartsOn", JsonValues.Enum<IsoDayOfWeek>(), (o, v) => o with { WeekStartsOn = v })
        .Optional("hecticPeriods", JsonValues.ArrayOf(HecticShape.From(() => HecticSeed)), (o, v) => o with { HecticPeriods = v })
        .Optional("holidays", JsonValues.ArrayOf(JsonValues.Date), (o, v) => o with { Holidays = v })
        .Optional("holidayRegion", JsonValues.String, (o, v) => o with { HolidayRegion = v });

    internal static readonly JsonShape<CandidateDraft> CandidateShape = new JsonShape<CandidateDraft>()
        .Required("name", JsonValues.String, (c, v) => c with { Name = v })
        .Optional("phone", JsonValues.String, (c, v) => c with { Phone = v })
        .Optional("email", JsonValues.String, (c, v) => c with { Email = v })
        .Optional<string>("timeZoneId", KnownZone, (c, v) => c with { TimeZoneId = v })
        .Optional("agency", Agency, (c, v) => c with { Agency = v })
        .Optional("linkedInContact", JsonValues.String, (c, v) => c with { LinkedInContact = v })
        .Optional("prefersWrittenContact", JsonValues.Boolean, (c, v) => c with { PrefersWrittenContact = v });

    private static readonly JsonShape<InterviewNotes> NotesShape = new JsonShape<InterviewNotes>()
        .Optional("decisionExpectedBy", JsonValues.Date, (n, v) => n with { DecisionExpectedBy = v })
        .Optional("callBackOn", JsonValues.Date, (n, v) => n with { CallBackOn = v })
        .Optional("callBackWithinDays", JsonValues.Integer, (n, v) => n with { CallBackWithinDays = v })
        .Optional("topicToMention", JsonValues.String, (n, v) => n with { TopicToMention = v })
        .Optional("selectionProcess", JsonValues.String, (n, v) => n with { SelectionProcess = v })
        .Optional("candidatesRemaining", JsonValues.Integer, (n, v) => n with { CandidatesRemaining = v });

    internal static readonly JsonShape<AttemptDraft> AttemptShape = new JsonShape<AttemptDraft>()
        .Required("at", JsonValues.Instant, (a, v) => a with { At = v })
        .Required("channel", JsonValues.Enum<ContactChannel>(), (a, v) => a with { Channel = v })
        .Optional("purpose", JsonValues.Enum<AttemptPurpose>(), (a, v) => a with { Purpose = v })
        .Optional("answeredBy", JsonValues.Enum<Responder>(), (a, v) => a with { AnsweredBy = v })
        .Optional("viaAgency", JsonValues.Boolean, (a, v) => a with { ViaAgency = v })
        .Optional("gatekeeper", JsonValues.Enum<GatekeeperResponse>(), (a, v) => a with { Gatekeeper = v })
        .Optional("voicemailLeft", JsonValues.Boolean, (a, v) => a with { VoicemailLeft = v })
        .Optional("status", JsonValues.Enum<CandidateStatus>(), (a, v) => a with { Status = v })
        .Optional("decisionExpectedBy", JsonValues.Date, (a, v) => a with { DecisionExpectedBy = v })
        .Optional("callBackOnOrAfter", JsonValues.Date, (a, v) => a with { CallBackOnOrAfter = v })
        .Optional("interviewerAvailableAt", JsonValues.DateTime, (a, v) => a with { InterviewerAvailableAt = v })
        .Optional("callBackInAWeekAgreed", JsonValues.Boolean, (a, v) => a with { CallBackInAWeekAgreed = v });

    /// <summary>The case document: the top-level fields.</summary>
    public static readonly JsonShape<CaseDraft> Shape = FollowUpJson.Versioned(new JsonShape<CaseDraft>())
        .Required("interview", InterviewShape.From(InterviewDraft.Of(InterviewSeed), d => d.ToInterview()), (c, v) => c with { Interview = v })
        .Required<EmployerOffice>("office", ReadOffice, (c, v) => c with { Office = v })
        .Required("candidate", CandidateShape.From(CandidateDraft.Of(CandidateSeed), d => d.ToCandidate()), (c, v) => c with { Candidate = v })
        .Optional("notes", NotesShape.From(() => InterviewNotes.None), (c, v) => c with { Notes = v })
        .Optional("attempts", JsonValues.ArrayOf(AttemptShape.From(AttemptDraft.Of(AttemptSeed), d => d.ToAttempt())), (c, v) => c with { Attempts = v });

    public static FollowUpCase Read(JsonElement root, JsonReading reading)
    {
        var read = Shape.TryRead(root, reading, CaseDraft.Of(CaseSeed), out var draft);
        reading.ThrowIfFailed();
        return read ? draft.ToCase() : CaseSeed;
    }

    public static CaseDocument ToDocument(FollowUpCase followUpCase) => new()
    {
        Interview = new InterviewDocument
        {
            At = IsoText.Instant(followUpCase.Interview.At),
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
            At = IsoText.Instant(a.At),
            Channel = JsonNames.Of(a.Channel),
            Purpose = a.Purpose is { } purpose ? JsonNames.Of(purpose) : null,
            AnsweredBy = JsonNames.Of(a.AnsweredBy),
            ViaAgency = a.ViaAgency,
            Gatekeeper = a.Gatekeeper is { } gatekeeper ? JsonNames.Of(gatekeeper) : null,
            VoicemailLeft = a.VoicemailLeft,
            Status = a.Status is { } status ? JsonNames.Of(status) : null,
            DecisionExpectedBy = Date(a.DecisionExpectedBy),
            CallBackOnOrAfter = Date(a.CallBackOnOrAfter),
            InterviewerAvailableAt = a.InterviewerAvailableAt is { } time ? IsoText.LocalDateTime(time) : null,
            CallBackInAWeekAgreed = a.CallBackInAWeekAgreed,
        }).ToList(),
    };

    public static InterviewerDocument ToDocument(Interviewer person) => new()
    {
        Name = person.Name,
        AddressAs = person.AddressAs,
        Role = JsonNames.Of(person.Role),
        DirectLine = person.DirectLine,
        Email = person.Email,
        OutOfOffice = person.OutOfOffice.Count == 0 ? null : person.OutOfOffice.Select(ToDocument).ToList(),
    };

    public static AgencyDocument ToDocument(AgencyContact agency) => new()
    {
        Name = agency.Name,
        AgencyName = agency.AgencyName,
        Phone = agency.Phone,
        Email = agency.Email,
    };

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

    private static JsonShape<TimeOfDayRange[][]> Days(JsonShape<TimeOfDayRange[][]> shape)
    {
        for (var d = 0; d < 7; d++)
        {
            var day = d;
            shape.Optional(DayNames[d], JsonValues.ArrayOf(JsonValues.Range), (h, ranges) =>
            {
                h[day] = [.. ranges];
                return h;
            });
        }

        return shape;
    }

    /// <summary>The week's hours, built once per distinct set: days with the same ranges share one <see cref="OfficeHours.Create"/>.</summary>
    private static bool ReadHours(JsonElement element, JsonReading reading, out OfficeHours value)
    {
        value = OfficeHours.Closed;
        var days = new TimeOfDayRange[7][];
        for (var d = 0; d < 7; d++)
        {
            days[d] = [];
        }

        if (!HoursShape.TryRead(element, reading, days, out days))
        {
            return false;
        }

        var hours = OfficeHours.Closed;
        foreach (var group in Enumerable.Range(0, 7).Where(d => days[d].Length > 0).GroupBy(d => string.Join(",", days[d].Select(r => r.ToString()))))
        {
            hours = hours == OfficeHours.Closed
                ? OfficeHours.Create(group.Select(d => (IsoDayOfWeek)(d + 1)), days[group.First()])
                : group.Aggregate(hours, (h, d) => h.With((IsoDayOfWeek)(d + 1), days[d]));
        }

        value = hours;
        return true;
    }

    private static bool ReadOffice(JsonElement element, JsonReading reading, out EmployerOffice value)
    {
        var cacheable = element.ValueKind == JsonValueKind.Object && ReferenceEquals(reading.Zones, DateTimeZoneProviders.Tzdb);
        if (cacheable && OfficesSeen.TryGet(element, out value))
        {
            return true;
        }

        if (!OfficeShape.TryRead(element, reading, OfficeSeed, out value))
        {
            return false;
        }

        if (cacheable)
        {
            OfficesSeen.Add(element, value);
        }

        return true;
    }

    private static bool ReadDates(JsonElement element, JsonReading reading, out DateInterval value)
    {
        value = null!;
        if (!DatesShape.TryRead(element, reading, default, out var dates))
        {
            return false;
        }

        if (dates.End < dates.Start)
        {
            return reading.Problem("end", JsonValues.Quote(LocalDatePattern.Iso.Format(dates.End)) + " is before start " + JsonValues.Quote(LocalDatePattern.Iso.Format(dates.Start)) + "; both ends are inclusive");
        }

        value = new DateInterval(dates.Start, dates.End);
        return true;
    }

    /// <summary>A tzdb id the provider knows; the message names the provider's data version without NodaTime's internal mapping number.</summary>
    private static bool KnownZone(JsonElement element, JsonReading reading, out string value)
    {
        if (!JsonValues.String(element, reading, out value))
        {
            return false;
        }

        return reading.Zones.GetZoneOrNull(value) is not null
            || reading.Problem(JsonValues.Quote(value) + " is not a time zone id in " + ZoneData(reading.Zones) + "; use one such as Europe/London");
    }

    /// <summary>Names a zone provider's data for people: "tzdb 2026f" rather than "TZDB: 2026f (mapping: 49)".</summary>
    internal static string ZoneData(IDateTimeZoneProvider zones)
    {
        var id = zones.VersionId;
        var mapping = id.IndexOf(" (mapping:", StringComparison.Ordinal);
        id = mapping < 0 ? id : id.Substring(0, mapping);
        return id.StartsWith("TZDB: ", StringComparison.Ordinal) ? id.Replace("TZDB: ", "tzdb ") : id;
    }

    private static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    // Drafts: the case's objects as mutable structs, so that the reader sets a field without copying
    // an immutable record each time (a case used to allocate some 2 KB in such copies). Each starts
    // from its record's seed (so the records' defaults hold) and builds the record once, at the end.

    /// <summary>An <see cref="Interviewer"/> being read.</summary>
    internal record struct PersonDraft(string Name, string? AddressAs, InterviewerRole Role, string? DirectLine, string? Email, IReadOnlyList<DateInterval> OutOfOffice)
    {
        public static PersonDraft Of(Interviewer p) => new(p.Name, p.AddressAs, p.Role, p.DirectLine, p.Email, p.OutOfOffice);

        public readonly Interviewer ToInterviewer() => new()
        {
            Name = Name, AddressAs = AddressAs, Role = Role, DirectLine = DirectLine, Email = Email, OutOfOffice = OutOfOffice,
        };
    }

    /// <summary>An <see cref="Interview"/> being read.</summary>
    internal record struct InterviewDraft(Instant At, string Role, string Company, IReadOnlyList<Interviewer> Interviewers, string? GeneralNumber)
    {
        public static InterviewDraft Of(Interview i) => new(i.At, i.Role, i.Company, i.Interviewers, i.GeneralNumber);

        public readonly Interview ToInterview() => new()
        {
            At = At, Role = Role, Company = Company, Interviewers = Interviewers, GeneralNumber = GeneralNumber,
        };
    }

    /// <summary>A <see cref="Candidate"/> being read.</summary>
    internal record struct CandidateDraft(string Name, string? Phone, string? Email, string? TimeZoneId, AgencyContact? Agency, string? LinkedInContact, bool PrefersWrittenContact)
    {
        public static CandidateDraft Of(Candidate c) => new(c.Name, c.Phone, c.Email, c.TimeZoneId, c.Agency, c.LinkedInContact, c.PrefersWrittenContact);

        public readonly Candidate ToCandidate() => new()
        {
            Name = Name, Phone = Phone, Email = Email, TimeZoneId = TimeZoneId, Agency = Agency, LinkedInContact = LinkedInContact, PrefersWrittenContact = PrefersWrittenContact,
        };
    }

    /// <summary>A <see cref="ContactAttempt"/> being read.</summary>
    internal record struct AttemptDraft(
        Instant At,
        ContactChannel Channel,
        AttemptPurpose? Purpose,
        Responder AnsweredBy,
        bool ViaAgency,
        GatekeeperResponse? Gatekeeper,
        bool VoicemailLeft,
        CandidateStatus? Status,
        LocalDate? DecisionExpectedBy,
        LocalDate? CallBackOnOrAfter,
        LocalDateTime? InterviewerAvailableAt,
        bool CallBackInAWeekAgreed)
    {
        public static AttemptDraft Of(ContactAttempt a) => new(
            a.At, a.Channel, a.Purpose, a.AnsweredBy, a.ViaAgency, a.Gatekeeper, a.VoicemailLeft, a.Status, a.DecisionExpectedBy, a.CallBackOnOrAfter, a.InterviewerAvailableAt, a.CallBackInAWeekAgreed);

        public readonly ContactAttempt ToAttempt() => new()
        {
            At = At,
            Channel = Channel,
            Purpose = Purpose,
            AnsweredBy = AnsweredBy,
            ViaAgency = ViaAgency,
            Gatekeeper = Gatekeeper,
            VoicemailLeft = VoicemailLeft,
            Status = Status,
            DecisionExpectedBy = DecisionExpectedBy,
            CallBackOnOrAfter = CallBackOnOrAfter,
            InterviewerAvailableAt = InterviewerAvailableAt,
            CallBackInAWeekAgreed = CallBackInAWeekAgreed,
        };
    }

    /// <summary>A <see cref="FollowUpCase"/> being read.</summary>
    internal record struct CaseDraft(Interview Interview, EmployerOffice Office, Candidate Candidate, InterviewNotes Notes, IReadOnlyList<ContactAttempt> Attempts)
    {
        public static CaseDraft Of(FollowUpCase c) => new(c.Interview, c.Office, c.Candidate, c.Notes, c.Attempts);

        public readonly FollowUpCase ToCase() => new()
        {
            Interview = Interview, Office = Office, Candidate = Candidate, Notes = Notes, Attempts = Attempts,
        };
    }
}
