using System.Text.Json.Serialization;

namespace FollowUpRules.Json;

// The shapes of the JSON documents as written. Reading does not use these types: it walks the
// document by hand so that every problem can name its path (see JsonCursor).

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

internal sealed class DecisionDocument
{
    public int SchemaVersion { get; set; } = FollowUpJson.SchemaVersion;

    public string Kind { get; set; } = string.Empty;

    public string? DecidedAt { get; set; }

    public string? Until { get; set; }

    public string? LocalUntil { get; set; }

    public string? UntilOffset { get; set; }

    public InterviewerDocument? Whom { get; set; }

    public string? Number { get; set; }

    public string? NumberKind { get; set; }

    public WindowDocument? Window { get; set; }

    public List<WindowDocument>? Alternatives { get; set; }

    public string? IfVoicemail { get; set; }

    public ReasonDocument? VoicemailReason { get; set; }

    public string? IfGatekeeper { get; set; }

    public ReasonDocument? GatekeeperReason { get; set; }

    public bool? DeclineUnfamiliarStaff { get; set; }

    public ReasonDocument? DeclineUnfamiliarStaffReason { get; set; }

    public bool? RequestedByEmployer { get; set; }

    public bool? IsFinalCall { get; set; }

    public List<InterviewerDocument>? To { get; set; }

    public string? Purpose { get; set; }

    public ReasonDocument? ChosenBecause { get; set; }

    public string? Recipient { get; set; }

    public AgencyDocument? Agency { get; set; }

    public string? Request { get; set; }

    public string? Channel { get; set; }

    public string? Reason { get; set; }

    public List<ReasonDocument> Reasons { get; set; } = [];

    public ScriptDocument? Script { get; set; }
}

internal sealed class WindowDocument
{
    public string Start { get; set; } = string.Empty;

    public string End { get; set; } = string.Empty;

    public string LocalStart { get; set; } = string.Empty;

    public string LocalEnd { get; set; } = string.Empty;

    public string StartOffset { get; set; } = string.Empty;

    public string EndOffset { get; set; } = string.Empty;

    public string Quality { get; set; } = string.Empty;

    public ReasonDocument? StartShapedBy { get; set; }

    public ReasonDocument? EndShapedBy { get; set; }
}

internal sealed class ReasonDocument
{
    public string RuleId { get; set; } = string.Empty;

    public string Explanation { get; set; } = string.Empty;
}

internal sealed class ScriptDocument
{
    public List<ScriptLineDocument> Lines { get; set; } = [];

    public List<DraftDocument> Drafts { get; set; } = [];

    public string Text { get; set; } = string.Empty;
}

internal sealed class ScriptLineDocument
{
    public string Section { get; set; } = string.Empty;

    public string RuleId { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;
}

internal sealed class DraftDocument
{
    public string Channel { get; set; } = string.Empty;

    public string To { get; set; } = string.Empty;

    public string? Address { get; set; }

    public string? Subject { get; set; }

    public string Body { get; set; } = string.Empty;

    public string RuleId { get; set; } = string.Empty;
}

/// <summary>The source-generated serializer for the documents this package writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(CaseDocument))]
[JsonSerializable(typeof(ProfileDocument))]
[JsonSerializable(typeof(DecisionDocument))]
internal sealed partial class FollowUpJsonContext : JsonSerializerContext
{
}
#pragma warning restore CA2227
#pragma warning restore CA1812
