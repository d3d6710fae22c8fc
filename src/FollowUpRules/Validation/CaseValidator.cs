using System.Globalization;
using NodaTime;

namespace FollowUpRules;

/// <summary>Checks a case against the rules a decision relies on, collecting every problem with its path.</summary>
internal static class CaseValidator
{
    /// <summary>The earliest instant the engine accepts (1900-01-01T00:00:00Z).</summary>
    internal static readonly Instant Earliest = Instant.FromUtc(1900, 1, 1, 0, 0);

    /// <summary>The first instant the engine no longer accepts (2200-01-01T00:00:00Z).</summary>
    internal static readonly Instant Latest = Instant.FromUtc(2200, 1, 1, 0, 0);

    private const string InstantRange = "must be between 1900-01-01T00:00:00Z and 2199-12-31T23:59:59Z";
    private const string DateRange = "must be between 1900-01-01 and 2199-12-31";

    /// <summary>Validates <paramref name="followUpCase"/> for a decision at <paramref name="now"/>; returns the office's zone when it resolves.</summary>
    public static List<ValidationProblem>? Validate(FollowUpCase? followUpCase, Instant now, IDateTimeZoneProvider zones, out DateTimeZone? zone)
    {
        zone = null;
        List<ValidationProblem>? problems = null;
        void Add(string path, string value, string message) => (problems ??= []).Add(new ValidationProblem(path, value, message));

        if (now < Earliest || now >= Latest)
        {
            Add("now", ValueText.Of(now), InstantRange);
        }

        if (followUpCase is null)
        {
            Add("$", ValueText.Null, "a case is required");
            return problems;
        }

        var interview = followUpCase.Interview;
        var interviewOk = false;
        if (interview is null)
        {
            Add("interview", ValueText.Null, "is required");
        }
        else
        {
            if (interview.At < Earliest || interview.At >= Latest)
            {
                Add("interview.at", ValueText.Of(interview.At), InstantRange);
            }
            else
            {
                interviewOk = true;
            }

            Text(ref problems, "interview.role", interview.Role);
            Text(ref problems, "interview.company", interview.Company);
            var people = interview.InterviewerArray;
            if (people.Length == 0)
            {
                Add("interview.interviewers", "[]", "must list at least one person met at the interview");
            }
            else if (people.Length > 64)
            {
                Add("interview.interviewers", people.Length.ToString(CultureInfo.InvariantCulture) + " people", "must list at most 64 people");
            }

            for (var i = 0; i < people.Length; i++)
            {
                var path = "interview.interviewers[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var person = people[i];
                if (person is null)
                {
                    Add(path, ValueText.Null, "must not be null");
                    continue;
                }

                Text(ref problems, path + ".name", person.Name);
                Defined(ref problems, path + ".role", person.Role);
                for (var j = 0; j < person.OutOfOffice.Count; j++)
                {
                    var days = person.OutOfOffice[j];
                    var dayPath = path + ".outOfOffice[" + j.ToString(CultureInfo.InvariantCulture) + "]";
                    if (days is null)
                    {
                        Add(dayPath, ValueText.Null, "must not be null");
                    }
                    else
                    {
                        DateInRange(ref problems, dayPath, days.Start);
                        DateInRange(ref problems, dayPath, days.End);
                    }
                }
            }
        }

        var office = followUpCase.Office;
        if (office is null)
        {
            Add("office", ValueText.Null, "is required");
        }
        else
        {
            zone = Zone(ref problems, "office.timeZoneId", office.TimeZoneId, zones, required: true);
            Hours(ref problems, office.Hours);
            if (office.WeekStartsOn is { } weekStart && (weekStart < IsoDayOfWeek.Monday || weekStart > IsoDayOfWeek.Sunday))
            {
                Add("office.weekStartsOn", ValueText.Of(weekStart), "must be Monday to Sunday");
            }

            for (var i = 0; i < office.HecticPeriods.Count; i++)
            {
                var path = "office.hecticPeriods[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var period = office.HecticPeriods[i];
                if (period is null)
                {
                    Add(path, ValueText.Null, "must not be null");
                    continue;
                }

                if (period.Hours is { } hours && !hours.IsValid)
                {
                    Add(path + ".hours", ValueText.Of(hours), "ends before it starts; the end must come after the start (or be 24:00)");
                }

                for (var d = 0; d < period.Days.Count; d++)
                {
                    if (period.Days[d] < IsoDayOfWeek.Monday || period.Days[d] > IsoDayOfWeek.Sunday)
                    {
                        Add(path + ".days[" + d.ToString(CultureInfo.InvariantCulture) + "]", ValueText.Of(period.Days[d]), "must be Monday to Sunday");
                    }
                }
            }

            for (var i = 0; i < office.Holidays.Count; i++)
            {
                DateInRange(ref problems, "office.holidays[" + i.ToString(CultureInfo.InvariantCulture) + "]", office.Holidays[i]);
            }
        }

        var candidate = followUpCase.Candidate;
        if (candidate is null)
        {
            Add("candidate", ValueText.Null, "is required");
        }
        else
        {
            Text(ref problems, "candidate.name", candidate.Name);
            if (candidate.TimeZoneId is not null)
            {
                Zone(ref problems, "candidate.timeZoneId", candidate.TimeZoneId, zones, required: false);
            }

            if (candidate.Agency is { } agency)
            {
                Text(ref problems, "candidate.agency.name", agency.Name);
            }
        }

        var notes = followUpCase.Notes;
        if (notes is null)
        {
            Add("notes", ValueText.Null, "must not be null; leave it out for no notes");
        }
        else
        {
            if (notes.CallBackOn is { } on && notes.CallBackWithinDays is { } within)
            {
                Add("notes.callBackWithinDays", ValueText.Of(within), "cannot be given together with notes.callBackOn (" + ValueText.Of(on) + "); give one of them");
            }

            if (notes.CallBackWithinDays is { } days && (days < 1 || days > 365))
            {
                Add("notes.callBackWithinDays", ValueText.Of(days), "must be between 1 and 365");
            }

            if (notes.CandidatesRemaining is { } remaining && remaining < 0)
            {
                Add("notes.candidatesRemaining", ValueText.Of(remaining), "must be zero or more");
            }

            DateInRange(ref problems, "notes.callBackOn", notes.CallBackOn);
            DateInRange(ref problems, "notes.decisionExpectedBy", notes.DecisionExpectedBy);
            if (zone is not null && interviewOk && notes.CallBackOn is { } callBack && callBack < interview!.At.InZone(zone).Date)
            {
                Add("notes.callBackOn", ValueText.Of(callBack), "is before the interview date (" + ValueText.Of(interview.At.InZone(zone).Date) + ")");
            }
        }

        Attempts(ref problems, followUpCase, now, interviewOk);
        return problems;
    }

    private static void Attempts(ref List<ValidationProblem>? problems, FollowUpCase followUpCase, Instant now, bool interviewOk)
    {
        var attempts = followUpCase.AttemptArray;
        for (var i = 0; i < attempts.Length; i++)
        {
            var path = "attempts[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var attempt = attempts[i];
            if (attempt is null)
            {
                (problems ??= []).Add(new ValidationProblem(path, ValueText.Null, "must not be null"));
                continue;
            }

            if (attempt.At < Earliest || attempt.At >= Latest)
            {
                (problems ??= []).Add(new ValidationProblem(path + ".at", ValueText.Of(attempt.At), InstantRange));
            }
            else if (interviewOk && attempt.At < followUpCase.Interview.At)
            {
                (problems ??= []).Add(new ValidationProblem(path + ".at", ValueText.Of(attempt.At), "is before the interview (" + ValueText.Of(followUpCase.Interview.At) + ")"));
            }
            else if (attempt.At > now)
            {
                (problems ??= []).Add(new ValidationProblem(path + ".at", ValueText.Of(attempt.At), "is after now (" + ValueText.Of(now) + ")"));
            }

            Defined(ref problems, path + ".channel", attempt.Channel);
            Defined(ref problems, path + ".answeredBy", attempt.AnsweredBy);
            if (attempt.Status is { } status)
            {
                Defined(ref problems, path + ".status", status);
            }

            if (attempt.VoicemailLeft && attempt.AnsweredBy != Responder.Voicemail)
            {
                (problems ??= []).Add(new ValidationProblem(path + ".voicemailLeft", "true", "needs answeredBy Voicemail, not " + attempt.AnsweredBy));
            }

            if (attempt.Channel != ContactChannel.Phone && attempt.AnsweredBy is Responder.Voicemail or Responder.Receptionist)
            {
                (problems ??= []).Add(new ValidationProblem(path + ".answeredBy", ValueText.Of(attempt.AnsweredBy), "only a phone call can be answered by " + attempt.AnsweredBy + ", not a " + attempt.Channel));
            }

            if ((attempt.ViaAgency || attempt.AnsweredBy == Responder.Agency) && followUpCase.Candidate is { Agency: null })
            {
                (problems ??= []).Add(new ValidationProblem(path + (attempt.ViaAgency ? ".viaAgency" : ".answeredBy"), attempt.ViaAgency ? "true" : "Agency", "the candidate has no agency (candidate.agency is missing)"));
            }

            DateInRange(ref problems, path + ".decisionExpectedBy", attempt.DecisionExpectedBy);
            DateInRange(ref problems, path + ".callBackOnOrAfter", attempt.CallBackOnOrAfter);
            if (attempt.InterviewerAvailableAt is { } available)
            {
                DateInRange(ref problems, path + ".interviewerAvailableAt", available.Date);
            }
        }
    }

    private static void Hours(ref List<ValidationProblem>? problems, OfficeHours? hours)
    {
        if (hours is null)
        {
            (problems ??= []).Add(new ValidationProblem("office.hours", ValueText.Null, "is required"));
            return;
        }

        var working = false;
        for (var d = IsoDayOfWeek.Monday; d <= IsoDayOfWeek.Sunday; d++)
        {
            var ranges = hours[d];
            working |= ranges.Count > 0;
            var dayPath = "office.hours." + d.ToString().ToLowerInvariant();
            for (var i = 0; i < ranges.Count; i++)
            {
                var path = dayPath + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var range = ranges[i];
                if (!range.IsValid)
                {
                    (problems ??= []).Add(new ValidationProblem(path, ValueText.Of(range), "ends before it starts; the end must come after the start (or be 24:00)"));
                    continue;
                }

                for (var j = 0; j < i; j++)
                {
                    if (ranges[j].IsValid && ranges[j].Overlaps(range))
                    {
                        (problems ??= []).Add(new ValidationProblem(path, ValueText.Of(range), "overlaps " + dayPath + "[" + j.ToString(CultureInfo.InvariantCulture) + "] (" + ValueText.Of(ranges[j]) + ")"));
                        break;
                    }
                }
            }
        }

        if (!working)
        {
            (problems ??= []).Add(new ValidationProblem("office.hours", ValueText.Of(hours.ToString()), "must open on at least one day of the week"));
        }
    }

    private static DateTimeZone? Zone(ref List<ValidationProblem>? problems, string path, string? id, IDateTimeZoneProvider zones, bool required)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            if (required)
            {
                (problems ??= []).Add(new ValidationProblem(path, ValueText.Of(id), "is required: a tzdb time zone id such as Europe/London"));
            }

            return null;
        }

        var zone = zones.GetZoneOrNull(id!);
        if (zone is null)
        {
            (problems ??= []).Add(new ValidationProblem(path, ValueText.Of(id), "is not a known time zone id in " + zones.VersionId + "; use one such as Europe/London or America/New_York"));
        }

        return zone;
    }

    private static void Text(ref List<ValidationProblem>? problems, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            (problems ??= []).Add(new ValidationProblem(path, ValueText.Of(value), "is required and must not be blank"));
        }
    }

    private static void Defined<TEnum>(ref List<ValidationProblem>? problems, string path, TEnum value)
        where TEnum : struct, Enum
    {
#if NET8_0_OR_GREATER
        var defined = Enum.IsDefined(value);
        var names = Enum.GetNames<TEnum>();
#else
        var defined = Enum.IsDefined(typeof(TEnum), value);
        var names = Enum.GetNames(typeof(TEnum));
#endif
        if (!defined)
        {
            (problems ??= []).Add(new ValidationProblem(path, ValueText.Of(value), "must be one of " + string.Join(", ", names)));
        }
    }

    private static void DateInRange(ref List<ValidationProblem>? problems, string path, LocalDate? date)
    {
        if (date is { } value && (value.Year < 1900 || value.Year > 2199))
        {
            (problems ??= []).Add(new ValidationProblem(path, ValueText.Of(value), DateRange));
        }
    }
}
