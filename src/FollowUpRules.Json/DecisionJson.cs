using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json;

/// <summary>Reads and writes decisions: the action, its window(s), its reasons, and the rendered script when asked.</summary>
internal static class DecisionJson
{
    private static readonly OffsetPattern OffsetIso = OffsetPattern.GeneralInvariant;

    private static readonly JsonEncodedText SchemaVersionName = JsonEncodedText.Encode("schemaVersion");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText DecidedAtName = JsonEncodedText.Encode("decidedAt");
    private static readonly JsonEncodedText UntilName = JsonEncodedText.Encode("until");
    private static readonly JsonEncodedText LocalUntilName = JsonEncodedText.Encode("localUntil");
    private static readonly JsonEncodedText UntilOffsetName = JsonEncodedText.Encode("untilOffset");
    private static readonly JsonEncodedText WhomName = JsonEncodedText.Encode("whom");
    private static readonly JsonEncodedText NumberName = JsonEncodedText.Encode("number");
    private static readonly JsonEncodedText NumberKindName = JsonEncodedText.Encode("numberKind");
    private static readonly JsonEncodedText WindowName = JsonEncodedText.Encode("window");
    private static readonly JsonEncodedText AlternativesName = JsonEncodedText.Encode("alternatives");
    private static readonly JsonEncodedText IfVoicemailName = JsonEncodedText.Encode("ifVoicemail");
    private static readonly JsonEncodedText VoicemailReasonName = JsonEncodedText.Encode("voicemailReason");
    private static readonly JsonEncodedText IfGatekeeperName = JsonEncodedText.Encode("ifGatekeeper");
    private static readonly JsonEncodedText GatekeeperReasonName = JsonEncodedText.Encode("gatekeeperReason");
    private static readonly JsonEncodedText DeclineUnfamiliarStaffName = JsonEncodedText.Encode("declineUnfamiliarStaff");
    private static readonly JsonEncodedText DeclineUnfamiliarStaffReasonName = JsonEncodedText.Encode("declineUnfamiliarStaffReason");
    private static readonly JsonEncodedText RequestedByEmployerName = JsonEncodedText.Encode("requestedByEmployer");
    private static readonly JsonEncodedText IsFinalCallName = JsonEncodedText.Encode("isFinalCall");
    private static readonly JsonEncodedText ToName = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText PurposeName = JsonEncodedText.Encode("purpose");
    private static readonly JsonEncodedText ChosenBecauseName = JsonEncodedText.Encode("chosenBecause");
    private static readonly JsonEncodedText RecipientName = JsonEncodedText.Encode("recipient");
    private static readonly JsonEncodedText AgencyName = JsonEncodedText.Encode("agency");
    private static readonly JsonEncodedText RequestName = JsonEncodedText.Encode("request");
    private static readonly JsonEncodedText ChannelName = JsonEncodedText.Encode("channel");
    private static readonly JsonEncodedText ReasonName = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText ReasonsName = JsonEncodedText.Encode("reasons");
    private static readonly JsonEncodedText ScriptName = JsonEncodedText.Encode("script");
    private static readonly JsonEncodedText LinesName = JsonEncodedText.Encode("lines");
    private static readonly JsonEncodedText SectionName = JsonEncodedText.Encode("section");
    private static readonly JsonEncodedText RuleIdName = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText DraftsName = JsonEncodedText.Encode("drafts");
    private static readonly JsonEncodedText AddressName = JsonEncodedText.Encode("address");
    private static readonly JsonEncodedText SubjectName = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText BodyName = JsonEncodedText.Encode("body");
    private static readonly JsonEncodedText ExplanationName = JsonEncodedText.Encode("explanation");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText LocalStartName = JsonEncodedText.Encode("localStart");
    private static readonly JsonEncodedText LocalEndName = JsonEncodedText.Encode("localEnd");
    private static readonly JsonEncodedText StartOffsetName = JsonEncodedText.Encode("startOffset");
    private static readonly JsonEncodedText EndOffsetName = JsonEncodedText.Encode("endOffset");
    private static readonly JsonEncodedText QualityName = JsonEncodedText.Encode("quality");
    private static readonly JsonEncodedText StartShapedByName = JsonEncodedText.Encode("startShapedBy");
    private static readonly JsonEncodedText EndShapedByName = JsonEncodedText.Encode("endShapedBy");

    /// <summary>
    /// Writes a decision straight to the writer, field by field: <c>followup decide</c> writes one per
    /// case, and building a document object first (with a string per instant) cost most of the 1.9 KB
    /// a decision's writing allocated. The fields are in the documented order (json.md), and a field
    /// with no value is left out. People and agencies are written as the case writes them.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, NextAction action, Instant? decidedAt, FollowUpScript? script)
    {
        writer.WriteStartObject();
        writer.WriteNumber(SchemaVersionName, FollowUpJson.SchemaVersion);
        writer.WriteString(KindName, JsonNames.Of(action.Kind));
        if (decidedAt is { } at)
        {
            IsoText.WriteInstant(writer, DecidedAtName, at);
        }

        switch (action)
        {
            case NextAction.Wait wait:
                IsoText.WriteInstant(writer, UntilName, wait.Until);
                IsoText.WriteLocalDateTime(writer, LocalUntilName, wait.LocalUntil);
                writer.WriteString(UntilOffsetName, IsoText.Offset(wait.UntilOffset));
                break;
            case NextAction.Call call:
                writer.WritePropertyName(WhomName);
                JsonSerializer.Serialize(writer, CaseJson.ToDocument(call.Whom), FollowUpJsonContext.Default.InterviewerDocument);
                writer.WriteString(NumberName, call.Number);
                writer.WriteString(NumberKindName, JsonNames.Of(call.NumberKind));
                writer.WritePropertyName(WindowName);
                Write(writer, call.Window);
                writer.WriteStartArray(AlternativesName);
                foreach (var alternative in call.Alternatives)
                {
                    Write(writer, alternative);
                }

                writer.WriteEndArray();
                writer.WriteString(IfVoicemailName, JsonNames.Of(call.IfVoicemail));
                Write(writer, VoicemailReasonName, call.VoicemailReason);
                writer.WriteString(IfGatekeeperName, JsonNames.Of(call.IfGatekeeper));
                Write(writer, GatekeeperReasonName, call.GatekeeperReason);
                writer.WriteBoolean(DeclineUnfamiliarStaffName, call.DeclineUnfamiliarStaff);
                Write(writer, DeclineUnfamiliarStaffReasonName, call.DeclineUnfamiliarStaffReason);
                writer.WriteBoolean(RequestedByEmployerName, call.RequestedByEmployer);
                writer.WriteBoolean(IsFinalCallName, call.IsFinalCall);
                break;
            case NextAction.SendEmail email:
                WriteMessage(writer, email.To, email.Purpose, email.ChosenBecause);
                break;
            case NextAction.SendThankYouNote note:
                WriteMessage(writer, note.To, note.Purpose, note.ChosenBecause);
                break;
            case NextAction.MessageOnLinkedIn message:
                writer.WriteString(RecipientName, message.Recipient);
                break;
            case NextAction.ContactAgency agency:
                writer.WriteString(PurposeName, JsonNames.Of(agency.Purpose));
                writer.WritePropertyName(AgencyName);
                JsonSerializer.Serialize(writer, CaseJson.ToDocument(agency.Agency), FollowUpJsonContext.Default.AgencyDocument);
                writer.WriteString(RequestName, JsonNames.Of(agency.Request));
                writer.WriteString(ChannelName, JsonNames.Of(agency.Channel));
                break;
            case NextAction.Stop stop:
                writer.WriteString(ReasonName, JsonNames.Of(stop.Reason));
                break;
        }

        writer.WriteStartArray(ReasonsName);
        foreach (var reason in action.Reasons)
        {
            Write(writer, reason);
        }

        writer.WriteEndArray();
        if (script is not null)
        {
            WriteScript(writer, script);
        }

        writer.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter writer, IReadOnlyList<Interviewer> to, AttemptPurpose purpose, FollowUpReason? chosenBecause)
    {
        writer.WriteStartArray(ToName);
        foreach (var person in to)
        {
            JsonSerializer.Serialize(writer, CaseJson.ToDocument(person), FollowUpJsonContext.Default.InterviewerDocument);
        }

        writer.WriteEndArray();
        writer.WriteString(PurposeName, JsonNames.Of(purpose));
        Write(writer, ChosenBecauseName, chosenBecause);
    }

    private static void WriteScript(Utf8JsonWriter writer, FollowUpScript script)
    {
        writer.WriteStartObject(ScriptName);
        writer.WriteStartArray(LinesName);
        foreach (var line in script.Lines)
        {
            writer.WriteStartObject();
            writer.WriteString(SectionName, JsonNames.Of(line.Section));
            writer.WriteString(RuleIdName, line.RuleId.Value);
            writer.WriteString(TextName, line.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(DraftsName);
        foreach (var draft in script.Drafts)
        {
            writer.WriteStartObject();
            writer.WriteString(ChannelName, JsonNames.Of(draft.Channel));
            writer.WriteString(ToName, draft.To);
            WriteIfAny(writer, AddressName, draft.Address);
            WriteIfAny(writer, SubjectName, draft.Subject);
            writer.WriteString(BodyName, draft.Body);
            writer.WriteString(RuleIdName, draft.RuleId.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString(TextName, script.ToText());
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, CallWindow window)
    {
        writer.WriteStartObject();
        IsoText.WriteInstant(writer, StartName, window.Start);
        IsoText.WriteInstant(writer, EndName, window.End);
        IsoText.WriteLocalDateTime(writer, LocalStartName, window.LocalStart);
        IsoText.WriteLocalDateTime(writer, LocalEndName, window.LocalEnd);
        writer.WriteString(StartOffsetName, IsoText.Offset(window.StartOffset));
        writer.WriteString(EndOffsetName, IsoText.Offset(window.EndOffset));
        writer.WriteString(QualityName, JsonNames.Of(window.Quality));
        Write(writer, StartShapedByName, window.StartShapedBy);
        Write(writer, EndShapedByName, window.EndShapedBy);
        writer.WriteEndObject();
    }

    /// <summary>Writes an optional reason under its name, or nothing when there is none.</summary>
    private static void Write(Utf8JsonWriter writer, JsonEncodedText name, FollowUpReason? reason)
    {
        if (reason is not null)
        {
            writer.WritePropertyName(name);
            Write(writer, reason);
        }
    }

    private static void Write(Utf8JsonWriter writer, FollowUpReason reason)
    {
        writer.WriteStartObject();
        writer.WriteString(RuleIdName, reason.RuleId.Value);
        writer.WriteString(ExplanationName, reason.Explanation);
        writer.WriteEndObject();
    }

    private static void WriteIfAny(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static readonly JsonValueReader<FollowUpReason> Reason = ReadReason;

    private static readonly JsonShape<(string RuleId, string Explanation)> ReasonShape = new JsonShape<(string RuleId, string Explanation)>()
        .Required("ruleId", JsonValues.String, (r, v) => (v, r.Explanation))
        .Required("explanation", JsonValues.String, (r, v) => (r.RuleId, v));

    private static readonly JsonShape<WindowDraft> WindowShape = new JsonShape<WindowDraft>()
        .Required("start", JsonValues.Instant, (w, v) => w with { Start = v })
        .Required("end", JsonValues.Instant, (w, v) => w with { End = v })
        .Ignored("localStart")
        .Ignored("localEnd")
        .Required<Offset>("startOffset", Offset, (w, v) => w with { StartOffset = v })
        .Required<Offset>("endOffset", Offset, (w, v) => w with { EndOffset = v })
        .Required("quality", JsonValues.Enum<CallWindowQuality>(), (w, v) => w with { Quality = v })
        .Optional("startShapedBy", Reason, (w, v) => w with { StartShapedBy = v })
        .Optional("endShapedBy", Reason, (w, v) => w with { EndShapedBy = v });

    private static readonly JsonValueReader<CallWindow> Window = ReadWindow;

    private static readonly JsonValueReader<List<Interviewer>> People = JsonValues.ArrayOf(CaseJson.Person);

    /// <summary>The fields of a decision of each kind: the common ones, then the kind's own.</summary>
    private static readonly Dictionary<NextActionKind, JsonShape<DecisionDraft>> Shapes = new()
    {
        [NextActionKind.Wait] = Common()
            .Required("until", JsonValues.Instant, (d, v) => d with { Until = v })
            .Ignored("localUntil")
            .Required<Offset>("untilOffset", Offset, (d, v) => d with { UntilOffset = v }),
        [NextActionKind.Call] = Common()
            .Required("whom", CaseJson.Person, (d, v) => d with { Whom = v })
            .Required("number", JsonValues.String, (d, v) => d with { Number = v })
            .Required("numberKind", JsonValues.Enum<CallNumberKind>(), (d, v) => d with { NumberKind = v })
            .Required("window", Window, (d, v) => d with { Window = v })
            .Optional("alternatives", JsonValues.ArrayOf(Window), (d, v) => d with { Alternatives = v })
            .Required("ifVoicemail", JsonValues.Enum<VoicemailPlan>(), (d, v) => d with { IfVoicemail = v })
            .Optional("voicemailReason", Reason, (d, v) => d with { VoicemailReason = v })
            .Required("ifGatekeeper", JsonValues.Enum<GatekeeperPlan>(), (d, v) => d with { IfGatekeeper = v })
            .Optional("gatekeeperReason", Reason, (d, v) => d with { GatekeeperReason = v })
            .Optional("declineUnfamiliarStaff", JsonValues.Boolean, (d, v) => d with { DeclineUnfamiliarStaff = v })
            .Optional("declineUnfamiliarStaffReason", Reason, (d, v) => d with { DeclineUnfamiliarStaffReason = v })
            .Optional("requestedByEmployer", JsonValues.Boolean, (d, v) => d with { RequestedByEmployer = v })
            .Optional("isFinalCall", JsonValues.Boolean, (d, v) => d with { IsFinalCall = v }),
        [NextActionKind.SendEmail] = Common()
            .Required("to", People, (d, v) => d with { To = v })
            .Required<AttemptPurpose>("purpose", WrittenPurpose, (d, v) => d with { Purpose = v })
            .Optional("chosenBecause", Reason, (d, v) => d with { ChosenBecause = v }),
        [NextActionKind.SendThankYouNote] = Common()
            .Required("to", People, (d, v) => d with { To = v })
            .Required<AttemptPurpose>("purpose", WrittenPurpose, (d, v) => d with { Purpose = v })
            .Optional("chosenBecause", Reason, (d, v) => d with { ChosenBecause = v }),
        [NextActionKind.MessageOnLinkedIn] = Common()
            .Required("recipient", JsonValues.String, (d, v) => d with { Recipient = v }),
        [NextActionKind.ContactAgency] = Common()
            .Required("agency", CaseJson.Agency, (d, v) => d with { Agency = v })
            .Required("request", JsonValues.Enum<AgencyRequest>(), (d, v) => d with { Request = v })
            .Required("channel", JsonValues.Enum<ContactChannel>(), (d, v) => d with { Channel = v })
            .Optional<AttemptPurpose>("purpose", AgencyPurpose, (d, v) => d with { Purpose = v }),
        [NextActionKind.Stop] = Common()
            .Required("reason", JsonValues.Enum<StopReason>(), (d, v) => d with { Reason = v }),
    };

    public static NextAction Read(JsonElement root, JsonReading reading)
    {
        // The kind decides which fields belong, so it is read first.
        var kind = NextActionKind.Stop;
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (JsonValues.TryGetField(root, "kind", out var kindElement) && kindElement.ValueKind != JsonValueKind.Null)
            {
                reading.Enter("kind");
                JsonValues.Enum<NextActionKind>()(kindElement, reading, out kind);
                reading.Leave();
            }
            else
            {
                reading.Problem("kind", "missing; it is required: one of " + JsonNames.List<NextActionKind>());
            }

            reading.ThrowIfFailed();
        }

        Shapes[kind].TryRead(root, reading, new DecisionDraft { Kind = kind }, out var draft);
        if (draft.Kind is NextActionKind.SendEmail or NextActionKind.SendThankYouNote && draft.To.Count == 0)
        {
            reading.Problem("to", "[]; a message goes to at least one person");
        }

        reading.ThrowIfFailed();
        try
        {
            return Build(draft);
        }
        catch (ArgumentException error)
        {
            // The action checks what the JSON cannot express (alternatives in order after the window,
            // a reason to decline staff only when declining); the path names the field.
            reading.Problem(error.ParamName switch { "recipients" => "to", "untilOffset" => "untilOffset", "declineUnfamiliarStaffReason" => "declineUnfamiliarStaffReason", "alternatives" => "alternatives", "purpose" => "purpose", _ => "kind" }, WithoutParameterName(error));
            reading.ThrowIfFailed();
            throw;
        }
    }

    private static NextAction Build(DecisionDraft draft) => draft.Kind switch
    {
        NextActionKind.Wait => new NextAction.Wait(draft.Until, draft.UntilOffset, draft.Reasons),
        NextActionKind.Call => new NextAction.Call(
            draft.Whom!,
            draft.Number!,
            draft.NumberKind,
            draft.Window,
            draft.Alternatives,
            draft.IfVoicemail,
            draft.VoicemailReason,
            draft.IfGatekeeper,
            draft.GatekeeperReason,
            draft.DeclineUnfamiliarStaff,
            draft.DeclineUnfamiliarStaffReason,
            draft.RequestedByEmployer,
            draft.IsFinalCall,
            draft.Reasons),
        NextActionKind.SendEmail => new NextAction.SendEmail(draft.To, draft.Purpose, draft.ChosenBecause, draft.Reasons),
        NextActionKind.SendThankYouNote => new NextAction.SendThankYouNote(draft.To, draft.Purpose, draft.ChosenBecause, draft.Reasons),
        NextActionKind.MessageOnLinkedIn => new NextAction.MessageOnLinkedIn(draft.Recipient!, draft.Reasons),
        NextActionKind.ContactAgency => draft.Purpose == AttemptPurpose.Unspecified
            ? new NextAction.ContactAgency(draft.Agency!, draft.Request, draft.Channel, draft.Reasons)
            : new NextAction.ContactAgency(draft.Agency!, draft.Request, draft.Channel, draft.Purpose, draft.Reasons),
        _ => new NextAction.Stop(draft.Reason, draft.Reasons),
    };

    /// <summary>Reads what a written message is for: <c>thankYou</c> or <c>followUp</c>.</summary>
    private static bool WrittenPurpose(JsonElement element, JsonReading reading, out AttemptPurpose value)
    {
        if (!JsonValues.Enum<AttemptPurpose>()(element, reading, out value))
        {
            return false;
        }

        return value is AttemptPurpose.ThankYou or AttemptPurpose.FollowUp
            || reading.Problem(JsonValues.Quote(JsonNames.Of(value)) + " is not what a written message is for; use thankYou or followUp");
    }

    /// <summary>Reads what an agency contact is for: <c>thankYou</c>, <c>agencyUpdate</c> or <c>followUp</c> (whether it fits the request is the action's check).</summary>
    private static bool AgencyPurpose(JsonElement element, JsonReading reading, out AttemptPurpose value)
    {
        if (!JsonValues.Enum<AttemptPurpose>()(element, reading, out value))
        {
            return false;
        }

        return value is AttemptPurpose.ThankYou or AttemptPurpose.AgencyUpdate or AttemptPurpose.FollowUp
            || reading.Problem(JsonValues.Quote(JsonNames.Of(value)) + " is not what an agency contact is for; use thankYou, agencyUpdate or followUp");
    }

    private static JsonShape<DecisionDraft> Common() => FollowUpJson.Versioned(new JsonShape<DecisionDraft>())
        .Required("kind", JsonValues.Enum<NextActionKind>(), (d, v) => d)
        .Optional("decidedAt", JsonValues.Instant, (d, v) => d)
        .Required("reasons", JsonValues.ArrayOf(Reason), (d, v) => d with { Reasons = v })
        .Ignored("script");

    private static bool ReadReason(JsonElement element, JsonReading reading, out FollowUpReason value)
    {
        value = null!;
        if (!ReasonShape.TryRead(element, reading, (string.Empty, string.Empty), out var read))
        {
            return false;
        }

        if (!RuleId.TryParse(read.RuleId, out var id))
        {
            return reading.Problem("ruleId", JsonValues.Quote(read.RuleId) + " is not a rule ID such as PHN-02");
        }

        if (string.IsNullOrWhiteSpace(read.Explanation))
        {
            return reading.Problem("explanation", "must not be blank");
        }

        value = new FollowUpReason(id, read.Explanation);
        return true;
    }

    private static bool ReadWindow(JsonElement element, JsonReading reading, out CallWindow value)
    {
        value = default;
        if (!WindowShape.TryRead(element, reading, new WindowDraft(), out var w))
        {
            return false;
        }

        if (w.End <= w.Start)
        {
            return reading.Problem("end", "must be after start");
        }

        // The window checks the rest itself (tick precision, wall-clock times that can be shown);
        // its message names the parameter, the path names where in the document.
        try
        {
            value = new CallWindow(w.Start, w.End, w.StartOffset, w.EndOffset, w.Quality, w.StartShapedBy, w.EndShapedBy);
            return true;
        }
        catch (ArgumentException error)
        {
            return reading.Problem(WithoutParameterName(error));
        }
    }

    /// <summary>The message alone: .NET appends " (Parameter 'x')", .NET Framework a second line.</summary>
    private static string WithoutParameterName(ArgumentException error)
    {
        var message = error.Message;
        var newline = message.IndexOf('\n');
        message = newline < 0 ? message : message.Substring(0, newline).TrimEnd('\r');
        var suffix = " (Parameter '" + error.ParamName + "')";
        return message.EndsWith(suffix, StringComparison.Ordinal) ? message.Substring(0, message.Length - suffix.Length) : message;
    }

    private static bool Offset(JsonElement element, JsonReading reading, out Offset value)
    {
        value = default;
        if (!JsonValues.String(element, reading, out var text))
        {
            return false;
        }

        var parsed = OffsetIso.Parse(text);
        value = parsed.Success ? parsed.Value : default;
        return parsed.Success || reading.Problem(JsonValues.Quote(text) + " is not a UTC offset such as +01 or -05:30");
    }

    /// <summary>A decision as it is read, before the action of its kind is made.</summary>
    private sealed record DecisionDraft
    {
        public NextActionKind Kind { get; init; }

        public List<FollowUpReason> Reasons { get; init; } = [];

        public Instant Until { get; init; }

        public Offset UntilOffset { get; init; }

        public Interviewer? Whom { get; init; }

        public string? Number { get; init; }

        public CallNumberKind NumberKind { get; init; }

        public CallWindow Window { get; init; }

        public List<CallWindow> Alternatives { get; init; } = [];

        public VoicemailPlan IfVoicemail { get; init; }

        public FollowUpReason? VoicemailReason { get; init; }

        public GatekeeperPlan IfGatekeeper { get; init; }

        public FollowUpReason? GatekeeperReason { get; init; }

        public bool DeclineUnfamiliarStaff { get; init; }

        public FollowUpReason? DeclineUnfamiliarStaffReason { get; init; }

        public bool RequestedByEmployer { get; init; }

        public bool IsFinalCall { get; init; }

        public List<Interviewer> To { get; init; } = [];

        public AttemptPurpose Purpose { get; init; }

        public FollowUpReason? ChosenBecause { get; init; }

        public string? Recipient { get; init; }

        public AgencyContact? Agency { get; init; }

        public AgencyRequest Request { get; init; }

        public ContactChannel Channel { get; init; }

        public StopReason Reason { get; init; }
    }

    /// <summary>A window as it is read, before the <see cref="CallWindow"/> checks it.</summary>
    private sealed record WindowDraft
    {
        public Instant Start { get; init; }

        public Instant End { get; init; }

        public Offset StartOffset { get; init; }

        public Offset EndOffset { get; init; }

        public CallWindowQuality Quality { get; init; }

        public FollowUpReason? StartShapedBy { get; init; }

        public FollowUpReason? EndShapedBy { get; init; }
    }
}
