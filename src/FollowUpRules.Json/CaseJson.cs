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

    public static readonly JsonShape<Interviewer> PersonShape = new JsonShape<Interviewer>()
        .Required("name", JsonValues.String, (p, v) => p with { Name = v })
        .Optional("addressAs", JsonValues.String, (p, v) => p with { AddressAs = v })
        .Optional("role", JsonValues.Enum<InterviewerRole>(), (p, v) => p with { Role = v })
        .Optional("directLine", JsonValues.String, (p, v) => p with { DirectLine = v })
        .Optional("email", JsonValues.String, (p, v) => p with { Email = v })
        .Optional("outOfOffice", JsonValues.ArrayOf(Dates), (p, v) => p with { OutOfOffice = v });

    public static readonly JsonValueReader<Interviewer> Person = PersonShape.From(() => PersonSeed);

    public static readonly JsonShape<AgencyContact> AgencyShape = new JsonShape<AgencyContact>()
        .Required("name", JsonValues.String, (a, v) => a with { Name = v })
        .Optional("agencyName", JsonValues.String, (a, v) => a with { AgencyName = v })
        .Optional("phone", JsonValues.String, (a, v) => a with { Phone = v })
        .Optional("email", JsonValues.String, (a, v) => a with { Email = v });

    public static readonly JsonValueReader<AgencyContact> Agency = AgencyShape.From(() => AgencySeed);

    internal static readonly JsonShape<Interview> InterviewShape = new JsonShape<Interview>()
        .Required("at", JsonValues.Instant, (i, v) => i with { At = v })
        .Required("role", JsonValues.String, (i, v) => i with { Role = v })
        .Required("company", JsonValues.String, (i, v) => i with { Company = v })
        .Required("interviewers", JsonValues.ArrayOf(Person), (i, v) => i with { Interviewers = v })
        .Optional("generalNumber", JsonValues.String, (i, v) => i with { GeneralNumber = v });

    private static readonly JsonShape<TimeOfDayRange[][]> HoursShape = Days(new JsonShape<TimeOfDayRange[][]>());

    /// <summary>
    /// Offices already read, by their JSON text: a batch of cases from one system names a few
    /// offices again and again, and an office (its zone, hours and holidays) is immutable, so each
    /// is read once. Only offices read with the tzdb provider are kept, and at most <see cref="MostOfficesKept"/>.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, EmployerOffice> OfficesSeen = new(StringComparer.Ordinal);

    private static readonly JsonValueReader<OfficeHours> Hours = ReadHours;

    private const int MostOfficesKept = 64;


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

    internal static readonly JsonShape<Candidate> CandidateShape = new JsonShape<Candidate>()
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

    internal static readonly JsonShape<ContactAttempt> AttemptShape = new JsonShape<ContactAttempt>()
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
    public static readonly JsonShape<FollowUpCase> Shape = FollowUpJson.Versioned(new JsonShape<FollowUpCase>())
        .Required("interview", InterviewShape.From(() => InterviewSeed), (c, v) => c with { Interview = v })
        .Required<EmployerOffice>("office", ReadOffice, (c, v) => c with { Office = v })
        .Required("candidate", CandidateShape.From(() => CandidateSeed), (c, v) => c with { Candidate = v })
        .Optional("notes", NotesShape.From(() => InterviewNotes.None), (c, v) => c with { Notes = v })
        .Optional("attempts", JsonValues.ArrayOf(AttemptShape.From(() => AttemptSeed)), (c, v) => c with { Attempts = v });

    public static FollowUpCase Read(JsonElement root, JsonReading reading)
    {
        Shape.TryRead(root, reading, CaseSeed, out var followUpCase);
        reading.ThrowIfFailed();
        return followUpCase;
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
        var key = element.ValueKind == JsonValueKind.Object && ReferenceEquals(reading.Zones, DateTimeZoneProviders.Tzdb) ? RawText(element) : null;
        var cacheable = key is not null;
        if (cacheable && OfficesSeen.TryGetValue(key!, out var seen))
        {
            value = seen;
            return true;
        }

        if (!OfficeShape.TryRead(element, reading, OfficeSeed, out value))
        {
            return false;
        }

        if (cacheable && OfficesSeen.Count < MostOfficesKept)
        {
            OfficesSeen.TryAdd(key!, value);
        }

        return true;
    }

    /// <summary>The element's JSON text, or <see langword="null"/> when it is not valid UTF-8 (the readers report that).</summary>
    private static string? RawText(JsonElement element)
    {
        try
        {
            return element.GetRawText();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
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
}
