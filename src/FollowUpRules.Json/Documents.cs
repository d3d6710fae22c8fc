using System.Text.Json.Serialization;

namespace FollowUpRules.Json;

// The shapes of the case and profile documents as written (decisions, written one per case by
// `followup decide`, are written field by field: DecisionJson.Write). Reading does not use these
// types: it walks the document with a table of fields so that every problem can name its path (see JsonShape).

#pragma warning disable CA1812 // Instantiated by the mapping code and read by the source generator.
#pragma warning disable CA2227 // Collection properties are set by the mapping code; these are serialization shapes.

internal sealed class CaseDocument
{
    public int SchemaVersion { get; set; } = FollowUpJson.SchemaVersion;

    public InterviewDocument Interview { get; set; } = new();

    public OfficeDocument Office { get; set; } = new();

    public CandidateDocument Candidate { get; set; } = new();

    public NotesDocument? Notes { get; set; }

    public List<AttemptDocument> Attempts { get; set; } = [];
}

internal sealed class InterviewDocument
{
    public string At { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public string Company { get; set; } = string.Empty;

    public List<InterviewerDocument> Interviewers { get; set; } = [];

    public string? GeneralNumber { get; set; }
}

internal sealed class InterviewerDocument
{
    public string Name { get; set; } = string.Empty;

    public string? AddressAs { get; set; }

    public string Role { get; set; } = string.Empty;

    public string? DirectLine { get; set; }

    public string? Email { get; set; }

    public List<DateRangeDocument>? OutOfOffice { get; set; }
}

internal sealed class DateRangeDocument
{
    public string Start { get; set; } = string.Empty;

    public string End { get; set; } = string.Empty;
}

internal sealed class OfficeDocument
{
    public string TimeZoneId { get; set; } = string.Empty;

    public Dictionary<string, List<string>> Hours { get; set; } = [];

    public string? WeekStartsOn { get; set; }

    public List<HecticDocument>? HecticPeriods { get; set; }

    public List<string>? Holidays { get; set; }

    public string? HolidayRegion { get; set; }
}

internal sealed class HecticDocument
{
    public List<string>? Days { get; set; }

    public string? Hours { get; set; }

    public DateRangeDocument? Dates { get; set; }

    public string? Note { get; set; }
}

internal sealed class CandidateDocument
{
    public string Name { get; set; } = string.Empty;

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? TimeZoneId { get; set; }

    public AgencyDocument? Agency { get; set; }

    public string? LinkedInContact { get; set; }

    public bool PrefersWrittenContact { get; set; }
}

internal sealed class AgencyDocument
{
    public string Name { get; set; } = string.Empty;

    public string? AgencyName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }
}

internal sealed class NotesDocument
{
    public string? DecisionExpectedBy { get; set; }

    public string? CallBackOn { get; set; }

    public int? CallBackWithinDays { get; set; }

    public string? TopicToMention { get; set; }

    public string? SelectionProcess { get; set; }

    public int? CandidatesRemaining { get; set; }
}

internal sealed class AttemptDocument
{
    public string At { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string? Purpose { get; set; }

    public string AnsweredBy { get; set; } = string.Empty;

    public bool ViaAgency { get; set; }

    public string? Gatekeeper { get; set; }

    public bool VoicemailLeft { get; set; }

    public string? Status { get; set; }

    public string? DecisionExpectedBy { get; set; }

    public string? CallBackOnOrAfter { get; set; }

    public string? InterviewerAvailableAt { get; set; }

    public bool CallBackInAWeekAgreed { get; set; }
}

internal sealed class ProfileDocument
{
    public int SchemaVersion { get; set; } = FollowUpJson.SchemaVersion;

    public string Name { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public List<string> Channels { get; set; } = [];

    public bool OfferWrittenAlternatives { get; set; }

    public string ThankYouMessage { get; set; } = string.Empty;

    public int FirstCallDelayDays { get; set; }

    public string DayCounting { get; set; } = string.Empty;

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? AgencyUpdateDelayDays { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? WeekOpeningBlackout { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? PreWeekendBlackout { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? LunchBlackout { get; set; }

    public bool AvoidHecticPeriods { get; set; }

    public bool AvoidOutOfOffice { get; set; }

    public bool CallAtStartOrEndOfDay { get; set; }

    public string StartOfDaySpan { get; set; } = string.Empty;

    public string EndOfDaySpan { get; set; } = string.Empty;

    public string MinimumCallWindow { get; set; } = string.Empty;

    public string InvitedCallLength { get; set; } = string.Empty;

    public int MaxVoicemails { get; set; }

    public int VoicemailSpacingDays { get; set; }

    public string Gatekeeper { get; set; } = string.Empty;

    public bool DeclineUnfamiliarStaff { get; set; }

    public bool AvoidGeneralNumber { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? MaxFollowUpRounds { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? FinalCallAfterSilence { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? GiveUpAfterSilence { get; set; }

    public string RoundInterval { get; set; } = string.Empty;

    public int AttemptsPerRound { get; set; }

    public int RedialAfterDays { get; set; }

    public int MaxAttempts { get; set; }

    public string WhenNoDateGiven { get; set; } = string.Empty;

    public List<string> Sources { get; set; } = [];

    public int CallWindowSearchDays { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(CaseDocument))]
[JsonSerializable(typeof(ProfileDocument))]
internal sealed partial class FollowUpJsonContext : JsonSerializerContext
{
}
#pragma warning restore CA2227
#pragma warning restore CA1812
