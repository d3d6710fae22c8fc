using System.Runtime.CompilerServices;
using System.Globalization;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// Checks a case against the rules a decision relies on, collecting every problem with its path.
/// A valid case costs no allocation: paths and messages are only built for problems found.
/// </summary>
internal static class CaseValidator
{
    /// <summary>The earliest instant the engine accepts (1900-01-01T00:00:00Z).</summary>
    internal static readonly Instant Earliest = Instant.FromUtc(1900, 1, 1, 0, 0);

    /// <summary>The first instant the engine no longer accepts (2200-01-01T00:00:00Z).</summary>
    internal static readonly Instant Latest = Instant.FromUtc(2200, 1, 1, 0, 0);

    private const string InstantRange = "must be between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z";
    private const string DateRange = "must be between 1900-01-01 and 2199-12-31";
    private const string Blank = "is required and must not be blank";
    private const string Reversed = "ends before it starts; the end must come after the start (or be 24:00)";
    private const string Empty = "is empty; the end must come after the start (or be 24:00)";
    private const string EveryHourOfEveryDay = "covers every hour of every day with no dates to end it, so no call could ever be made; give the days, hours or dates the interviewer called hectic";

    /// <summary>Validates <paramref name="followUpCase"/> for a decision at <paramref name="now"/>; returns the office's zone when it resolves.</summary>
    public static List<ValidationProblem>? Validate(FollowUpCase? followUpCase, Instant now, ZoneLookup zones, out DateTimeZone? zone)
    {
        zone = null;
        var problems = new Problems();
        if (!InRange(now))
        {
            problems.Add("now", ValueText.Of(now), InstantRange);
        }

        if (followUpCase is null)
        {
            problems.Add("$", ValueText.Null, "a case is required");
            return problems.List;
        }

        var interviewOk = Interview(ref problems, followUpCase.Interview);
        zone = Office(ref problems, followUpCase.Office, zones);
        Candidate(ref problems, followUpCase.Candidate, zones);
        Notes(ref problems, followUpCase, zone, interviewOk);
        Attempts(ref problems, followUpCase, now, interviewOk);
        return problems.List;
    }

    private static bool Interview(ref Problems problems, Interview? interview)
    {
        if (interview is null)
        {
            problems.Add("interview", ValueText.Null, "is required");
            return false;
        }

        var ok = InRange(interview.At);
        if (!ok)
        {
            problems.Add("interview.at", ValueText.Of(interview.At), InstantRange);
        }

        if (IsBlank(interview.Role))
        {
            problems.Add("interview.role", ValueText.Of(interview.Role), Blank);
        }

        if (IsBlank(interview.Company))
        {
            problems.Add("interview.company", ValueText.Of(interview.Company), Blank);
        }

        var people = interview.InterviewerArray;
        if (people.Length == 0)
        {
            problems.Add("interview.interviewers", "[]", "must list at least one person met at the interview");
        }

        for (var i = 0; i < people.Length; i++)
        {
            var person = people[i];
            if (person is null)
            {
                problems.Add(Person(i, null), ValueText.Null, "must not be null");
                continue;
            }

            if (IsBlank(person.Name))
            {
                problems.Add(Person(i, ".name"), ValueText.Of(person.Name), Blank);
            }

            if (person.AddressAs is { } addressAs && IsBlank(addressAs))
            {
                problems.Add(Person(i, ".addressAs"), ValueText.Of(addressAs), "must not be blank when given; leave it out to address them by their first name");
            }

            if (!IsDefined(person.Role))
            {
                problems.Add(Person(i, ".role"), ValueText.Of(person.Role), OneOf(person.Role));
            }

            var away = person.OutOfOfficeArray;
            for (var j = 0; j < away.Length; j++)
            {
                var days = away[j];
                if (days is null)
                {
                    problems.Add(Person(i, ".outOfOffice[" + Index(j) + "]"), ValueText.Null, "must not be null");
                }
                else if ((DateIssue(days.Start) ?? DateIssue(days.End)) is { } issue)
                {
                    problems.Add(Person(i, ".outOfOffice[" + Index(j) + "]"), ValueText.Of(days), issue);
                }
            }
        }

        return ok;
    }

    private static DateTimeZone? Office(ref Problems problems, EmployerOffice? office, ZoneLookup zones)
    {
        if (office is null)
        {
            problems.Add("office", ValueText.Null, "is required");
            return null;
        }

        var zone = Zone(ref problems, "office.timeZoneId", office.TimeZoneId, zones, required: true);
        Hours(ref problems, office.Hours);
        if (office.WeekStartsOn is { } weekStart && !IsDay(weekStart))
        {
            problems.Add("office.weekStartsOn", ValueText.Of(weekStart), "must be Monday to Sunday");
        }

        var hectic = office.HecticPeriodArray;
        for (var i = 0; i < hectic.Length; i++)
        {
            var period = hectic[i];
            if (period is null)
            {
                problems.Add("office.hecticPeriods[" + Index(i) + "]", ValueText.Null, "must not be null");
                continue;
            }

            if (period.Dates is { } dates && (DateIssue(dates.Start) ?? DateIssue(dates.End)) is { } issue)
            {
                problems.Add("office.hecticPeriods[" + Index(i) + "].dates", ValueText.Of(dates), issue);
            }

            if (period.Hours is { } hours && !hours.IsValid)
            {
                problems.Add("office.hecticPeriods[" + Index(i) + "].hours", ValueText.Of(hours), RangeIssue(hours));
            }

            if (CoversEveryHourOfEveryDay(period))
            {
                problems.Add("office.hecticPeriods[" + Index(i) + "]", ValueText.Of(period), EveryHourOfEveryDay);
            }

            for (var d = 0; d < period.Days.Count; d++)
            {
                if (!IsDay(period.Days[d]))
                {
                    problems.Add("office.hecticPeriods[" + Index(i) + "].days[" + Index(d) + "]", ValueText.Of(period.Days[d]), "must be Monday to Sunday");
                }
            }
        }

        var holidays = office.HolidayArray;
        for (var i = 0; i < holidays.Length; i++)
        {
            if (DateIssue(holidays[i]) is { } issue)
            {
                problems.Add("office.holidays[" + Index(i) + "]", ValueText.Of(holidays[i]), issue);
            }
        }

        return zone;
    }

    private static void Hours(ref Problems problems, OfficeHours? hours)
    {
        if (hours is null)
        {
            problems.Add("office.hours", ValueText.Null, "is required");
            return;
        }

        if (hours.IsWellFormed)
        {
            return;
        }

        var working = false;
        for (var d = IsoDayOfWeek.Monday; d <= IsoDayOfWeek.Sunday; d++)
        {
            var ranges = hours[d];
            working |= ranges.Count > 0;
            for (var i = 0; i < ranges.Count; i++)
            {
                var range = ranges[i];
                if (!range.IsValid)
                {
                    problems.Add(Day(d, i), ValueText.Of(range), RangeIssue(range));
                    continue;
                }

                for (var j = 0; j < i; j++)
                {
                    if (ranges[j].IsValid && ranges[j].Overlaps(range))
                    {
                        problems.Add(Day(d, i), ValueText.Of(range), "overlaps " + Day(d, j) + " (" + ValueText.Of(ranges[j]) + ")");
                        break;
                    }
                }
            }
        }

        if (!working)
        {
            problems.Add("office.hours", ValueText.Of(hours.ToString()), "must open on at least one day of the week");
        }
    }

    private static void Candidate(ref Problems problems, Candidate? candidate, ZoneLookup zones)
    {
        if (candidate is null)
        {
            problems.Add("candidate", ValueText.Null, "is required");
            return;
        }

        if (IsBlank(candidate.Name))
        {
            problems.Add("candidate.name", ValueText.Of(candidate.Name), Blank);
        }

        if (candidate.TimeZoneId is not null)
        {
            Zone(ref problems, "candidate.timeZoneId", candidate.TimeZoneId, zones, required: false);
        }

        if (candidate.Agency is { } agency && IsBlank(agency.Name))
        {
            problems.Add("candidate.agency.name", ValueText.Of(agency.Name), Blank);
        }
    }

    private static void Notes(ref Problems problems, FollowUpCase followUpCase, DateTimeZone? zone, bool interviewOk)
    {
        var notes = followUpCase.Notes;
        if (notes is null)
        {
            problems.Add("notes", ValueText.Null, "must not be null; leave it out for no notes");
            return;
        }

        if (notes.CallBackOn is { } on && notes.CallBackWithinDays is { } within)
        {
            problems.Add("notes.callBackWithinDays", ValueText.Of(within), "cannot be given together with notes.callBackOn (" + ValueText.Of(on) + "); give one of them");
        }

        if (notes.CallBackWithinDays is { } days && (days < 1 || days > 365))
        {
            problems.Add("notes.callBackWithinDays", ValueText.Of(days), "must be between 1 and 365");
        }

        if (notes.CandidatesRemaining is { } remaining && remaining < 0)
        {
            problems.Add("notes.candidatesRemaining", ValueText.Of(remaining), "must be zero or more");
        }

        if (notes.CallBackOn is { } callBackOn && DateIssue(callBackOn) is { } issue)
        {
            problems.Add("notes.callBackOn", ValueText.Of(callBackOn), issue);
        }
        else if (zone is not null && interviewOk && notes.CallBackOn is { } callBack && callBack < followUpCase.Interview.At.InZone(zone).Date)
        {
            problems.Add("notes.callBackOn", ValueText.Of(callBack), "is before the interview date (" + ValueText.Of(followUpCase.Interview.At.InZone(zone).Date) + ")");
        }

        if (notes.DecisionExpectedBy is { } decision && DateIssue(decision) is { } decisionIssue)
        {
            problems.Add("notes.decisionExpectedBy", ValueText.Of(decision), decisionIssue);
        }
    }

    private static void Attempts(ref Problems problems, FollowUpCase followUpCase, Instant now, bool interviewOk)
    {
        var attempts = followUpCase.AttemptArray;
        var hasAgency = followUpCase.Candidate?.Agency is not null;
        for (var i = 0; i < attempts.Length; i++)
        {
            var attempt = attempts[i];
            if (attempt is null)
            {
                problems.Add(Attempt(i, null), ValueText.Null, "must not be null");
                continue;
            }

            if (!InRange(attempt.At))
            {
                problems.Add(Attempt(i, ".at"), ValueText.Of(attempt.At), InstantRange);
            }
            else if (interviewOk && attempt.At < followUpCase.Interview.At)
            {
                problems.Add(Attempt(i, ".at"), ValueText.Of(attempt.At), "is before the interview (" + ValueText.Of(followUpCase.Interview.At) + ")");
            }
            else if (attempt.At > now)
            {
                problems.Add(Attempt(i, ".at"), ValueText.Of(attempt.At), "is after now (" + ValueText.Of(now) + ")");
            }

            if (!IsDefined(attempt.Channel))
            {
                problems.Add(Attempt(i, ".channel"), ValueText.Of(attempt.Channel), OneOf(attempt.Channel));
            }

            if (!IsDefined(attempt.AnsweredBy))
            {
                problems.Add(Attempt(i, ".answeredBy"), ValueText.Of(attempt.AnsweredBy), OneOf(attempt.AnsweredBy));
            }

            if (attempt.Purpose is { } purpose && !DefinedEnums.IsDefined(purpose))
            {
                problems.Add(Attempt(i, ".purpose"), ValueText.Of(purpose), "must be one of ThankYou, FollowUp, AgencyUpdate, RequestedCall, or left out to be inferred");
            }

            if (attempt.Gatekeeper is { } gatekeeper)
            {
                if (!DefinedEnums.IsDefined(gatekeeper))
                {
                    problems.Add(Attempt(i, ".gatekeeper"), ValueText.Of(gatekeeper), "must be one of OfferedToTakeMessage, WouldNotPutThrough, or left out when no receptionist stood in the way");
                }
                else if (attempt.AnsweredBy != Responder.Receptionist)
                {
                    problems.Add(Attempt(i, ".gatekeeper"), ValueText.Of(gatekeeper), "needs answeredBy Receptionist, not " + attempt.AnsweredBy);
                }
            }

            if (attempt.Status is { } status && !IsDefined(status))
            {
                problems.Add(Attempt(i, ".status"), ValueText.Of(status), OneOf(status));
            }

            if (attempt.VoicemailLeft && attempt.AnsweredBy != Responder.Voicemail)
            {
                problems.Add(Attempt(i, ".voicemailLeft"), "true", "needs answeredBy Voicemail, not " + attempt.AnsweredBy);
            }

            if (attempt.Channel != ContactChannel.Phone && attempt.AnsweredBy is Responder.Voicemail or Responder.Receptionist)
            {
                problems.Add(Attempt(i, ".answeredBy"), ValueText.Of(attempt.AnsweredBy), "only a phone call can be answered by " + attempt.AnsweredBy + ", not a " + attempt.Channel);
            }

            if ((attempt.ViaAgency || attempt.AnsweredBy == Responder.Agency) && !hasAgency && followUpCase.Candidate is not null)
            {
                problems.Add(Attempt(i, attempt.ViaAgency ? ".viaAgency" : ".answeredBy"), attempt.ViaAgency ? "true" : "Agency", "the candidate has no agency (candidate.agency is missing)");
            }

            if (attempt.DecisionExpectedBy is { } decision && DateIssue(decision) is { } decisionIssue)
            {
                problems.Add(Attempt(i, ".decisionExpectedBy"), ValueText.Of(decision), decisionIssue);
            }

            if (attempt.CallBackOnOrAfter is { } callBack && DateIssue(callBack) is { } callBackIssue)
            {
                problems.Add(Attempt(i, ".callBackOnOrAfter"), ValueText.Of(callBack), callBackIssue);
            }

            if (attempt.InterviewerAvailableAt is { } available && DateIssue(available.Date) is { } availableIssue)
            {
                problems.Add(Attempt(i, ".interviewerAvailableAt"), ValueText.Of(available), availableIssue);
            }
        }
    }

    private static DateTimeZone? Zone(ref Problems problems, string path, string? id, ZoneLookup zones, bool required)
    {
        if (IsBlank(id))
        {
            if (required)
            {
                problems.Add(path, ValueText.Of(id), "is required: a tzdb time zone id such as Europe/London");
            }

            return null;
        }

        var zone = zones.GetZoneOrNull(id!);
        if (zone is null)
        {
            problems.Add(path, ValueText.Of(id), "is not a known time zone id in " + zones.VersionId + "; use one such as Europe/London or America/New_York");
        }

        return zone;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool InRange(Instant instant) => instant >= Earliest && instant < Latest;

    /// <summary>
    /// What is wrong with a date, or <see langword="null"/>: it must be in the ISO calendar (dates in
    /// another calendar cannot be compared with the office's days) and within the supported years.
    /// </summary>
    private static string? DateIssue(LocalDate date) =>
        !HolidayKeys.IsIso(date) ? "must be a date in the ISO calendar, not " + date.Calendar.Id
        : date.Year is >= 1900 and <= 2199 ? null
        : DateRange;

    /// <summary>What is wrong with a range that is not valid: empty (it ends where it starts) or reversed.</summary>
    internal static string RangeIssue(TimeOfDayRange range) => range.Start == range.End ? Empty : Reversed;

    /// <summary>
    /// Whether a hectic period leaves no time to call: no dates to end it, the whole day, and every
    /// day of the week (none named, or all seven). An empty period reads this way, so it is rejected
    /// rather than silently blocking every call.
    /// </summary>
    private static bool CoversEveryHourOfEveryDay(HecticPeriod period)
    {
        if (period.Dates is not null || (period.Hours is { } hours && hours != TimeOfDayRange.WholeDay))
        {
            return false;
        }

        var days = 0;
        foreach (var day in period.Days)
        {
            days |= IsDay(day) ? 1 << (int)day : 0;
        }

        return period.Days.Count == 0 || days == AllDays;
    }

    /// <summary>The bits of Monday (1) to Sunday (7).</summary>
    private const int AllDays = 0b1111_1110;

    private static bool IsDay(IsoDayOfWeek day) => day >= IsoDayOfWeek.Monday && day <= IsoDayOfWeek.Sunday;

    private static bool IsDefined(InterviewerRole value) => DefinedEnums.IsDefined(value);

    private static bool IsDefined(ContactChannel value) => DefinedEnums.IsDefined(value);

    private static bool IsDefined(Responder value) => DefinedEnums.IsDefined(value);

    private static bool IsDefined(CandidateStatus value) => DefinedEnums.IsDefined(value);

    private static string OneOf<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var required = value.ToString() == "Unspecified" ? "is required (it was never set): " : "";
#if NET8_0_OR_GREATER
        var names = Enum.GetNames<TEnum>();
#else
        var names = Enum.GetNames(typeof(TEnum));
#endif

        // Unspecified is the zero a forgotten assignment leaves: required, never a choice to offer.
        return required + "must be one of " + string.Join(", ", names.Where(name => name != "Unspecified"));
    }

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);

    private static string Person(int i, string? field) => "interview.interviewers[" + Index(i) + "]" + field;

    private static string Attempt(int i, string? field) => "attempts[" + Index(i) + "]" + field;

    private static string Day(IsoDayOfWeek day, int i) => "office.hours." + ValueText.DayName(day) + "[" + Index(i) + "]";

    /// <summary>The problems found so far; the list exists only once there is one.</summary>
    private struct Problems
    {
        public List<ValidationProblem>? List;

        public void Add(string path, string value, string message) => (List ??= []).Add(new ValidationProblem(path, value, message));
    }
}
