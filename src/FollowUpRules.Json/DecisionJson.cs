using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Json;

/// <summary>Reads and writes decisions: the action, its window(s), its reasons, and the rendered script when asked.</summary>
internal static class DecisionJson
{
    private const string Common = "schemaVersion, kind, decidedAt, reasons, script";

    private static readonly OffsetPattern OffsetIso = OffsetPattern.GeneralInvariant;

    public static DecisionDocument ToDocument(NextAction action, Instant? decidedAt, FollowUpScript? script)
    {
        var document = new DecisionDocument
        {
            Kind = JsonNames.Of(action.Kind),
            DecidedAt = decidedAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null,
            Reasons = action.Reasons.Select(ToDocument).ToList(),
            Script = script is null ? null : new ScriptDocument
            {
                Lines = script.Lines.Select(l => new ScriptLineDocument { Section = JsonNames.Of(l.Section), RuleId = l.RuleId.Value, Text = l.Text }).ToList(),
                Drafts = script.Drafts.Select(d => new DraftDocument { Channel = JsonNames.Of(d.Channel), To = d.To, Address = d.Address, Subject = d.Subject, Body = d.Body, RuleId = d.RuleId.Value }).ToList(),
                Text = script.ToText(),
            },
        };
        switch (action)
        {
            case NextAction.Wait wait:
                document.Until = InstantPattern.ExtendedIso.Format(wait.Until);
                break;
            case NextAction.Call call:
                document.Whom = CaseJson.ToDocument(call.Whom);
                document.Number = call.Number;
                document.NumberKind = JsonNames.Of(call.NumberKind);
                document.Window = ToDocument(call.Window);
                document.Alternatives = call.Alternatives.Select(ToDocument).ToList();
                document.IfVoicemail = JsonNames.Of(call.IfVoicemail);
                document.VoicemailReason = Optional(call.VoicemailReason);
                document.IfGatekeeper = JsonNames.Of(call.IfGatekeeper);
                document.GatekeeperReason = Optional(call.GatekeeperReason);
                document.DeclineUnfamiliarStaff = call.DeclineUnfamiliarStaff;
                document.DeclineUnfamiliarStaffReason = Optional(call.DeclineUnfamiliarStaffReason);
                document.RequestedByEmployer = call.RequestedByEmployer;
                document.IsFinalCall = call.IsFinalCall;
                break;
            case NextAction.SendEmail email:
                document.To = email.To.Select(CaseJson.ToDocument).ToList();
                document.Purpose = JsonNames.Of(email.Purpose);
                document.ChosenBecause = Optional(email.ChosenBecause);
                break;
            case NextAction.SendThankYouNote note:
                document.To = note.To.Select(CaseJson.ToDocument).ToList();
                document.Purpose = JsonNames.Of(note.Purpose);
                document.ChosenBecause = Optional(note.ChosenBecause);
                break;
            case NextAction.MessageOnLinkedIn message:
                document.Recipient = message.Recipient;
                break;
            case NextAction.ContactAgency agency:
                document.Agency = CaseJson.ToDocument(agency.Agency);
                document.Request = JsonNames.Of(agency.Request);
                document.Channel = JsonNames.Of(agency.Channel);
                break;
            case NextAction.Stop stop:
                document.Reason = JsonNames.Of(stop.Reason);
                break;
        }

        return document;
    }

    public static NextAction Read(JsonElement root)
    {
        var d = new JsonCursor(root, "$");
        FollowUpJson.CheckSchemaVersion(d);
        var kind = d.Enum<NextActionKind>("kind");
        d.OptionalInstant("decidedAt");
        d.TryGet("script", out _);
        var reasons = d.Array("reasons", (e, p) => ReadReason(new JsonCursor(e, p)));
        NextAction action;
        string fields;
        try
        {
            (action, fields) = Build(d, kind, reasons);
        }
        catch (ArgumentException error)
        {
            // The action checks what the JSON cannot express (alternatives in order, a reason to
            // decline staff only when declining); the path names where in the document.
            var field = error.ParamName switch
            {
                "recipients" => "to",
                null => null,
                var name => name,
            };
            throw new FollowUpJsonException(field is null ? d.Path : d.Child(field), WithoutParameterName(error));
        }

        d.EnsureNoOtherFields(Common + ", " + fields);
        return action;
    }

    private static (NextAction Action, string Fields) Build(JsonCursor d, NextActionKind kind, List<FollowUpReason> reasons)
    {
        NextAction action;
        string fields;
        switch (kind)
        {
            case NextActionKind.Wait:
                action = new NextAction.Wait(d.Instant("until"), reasons);
                fields = "until";
                break;
            case NextActionKind.Call:
                action = new NextAction.Call(
                    CaseJson.ReadInterviewer(d.Object("whom")),
                    d.String("number"),
                    d.Enum<CallNumberKind>("numberKind"),
                    ReadWindow(d.Object("window")),
                    d.Array("alternatives", (e, p) => ReadWindow(new JsonCursor(e, p))),
                    d.Enum<VoicemailPlan>("ifVoicemail"),
                    OptionalReason(d, "voicemailReason"),
                    d.Enum<GatekeeperPlan>("ifGatekeeper"),
                    OptionalReason(d, "gatekeeperReason"),
                    d.Boolean("declineUnfamiliarStaff"),
                    OptionalReason(d, "declineUnfamiliarStaffReason"),
                    d.Boolean("requestedByEmployer"),
                    d.Boolean("isFinalCall"),
                    reasons);
                fields = "whom, number, numberKind, window, alternatives, ifVoicemail, voicemailReason, ifGatekeeper, gatekeeperReason, declineUnfamiliarStaff, declineUnfamiliarStaffReason, requestedByEmployer, isFinalCall";
                break;
            case NextActionKind.SendEmail:
                action = new NextAction.SendEmail(People(d), WrittenPurpose(d), OptionalReason(d, "chosenBecause"), reasons);
                fields = "to, purpose, chosenBecause";
                break;
            case NextActionKind.SendThankYouNote:
                action = new NextAction.SendThankYouNote(People(d), WrittenPurpose(d), OptionalReason(d, "chosenBecause"), reasons);
                fields = "to, purpose, chosenBecause";
                break;
            case NextActionKind.MessageOnLinkedIn:
                action = new NextAction.MessageOnLinkedIn(d.String("recipient"), reasons);
                fields = "recipient";
                break;
            case NextActionKind.ContactAgency:
                action = new NextAction.ContactAgency(CaseJson.ReadAgency(d.Object("agency")), d.Enum<AgencyRequest>("request"), d.Enum<ContactChannel>("channel"), reasons);
                fields = "agency, request, channel";
                break;
            default:
                action = new NextAction.Stop(d.Enum<StopReason>("reason"), reasons);
                fields = "reason";
                break;
        }

        return (action, fields);
    }

    private static List<Interviewer> People(JsonCursor d)
    {
        var people = d.Array("to", (e, p) => CaseJson.ReadInterviewer(new JsonCursor(e, p)));
        return people.Count > 0 ? people : throw new FollowUpJsonException(d.Child("to"), "must name at least one recipient");
    }

    private static AttemptPurpose WrittenPurpose(JsonCursor d)
    {
        var purpose = d.Enum<AttemptPurpose>("purpose");
        return purpose is AttemptPurpose.ThankYou or AttemptPurpose.FollowUp
            ? purpose
            : throw new FollowUpJsonException(d.Child("purpose"), JsonCursor.Quote(JsonNames.Of(purpose)) + " is not a purpose of a written message; use thankYou or followUp");
    }

    private static FollowUpReason? OptionalReason(JsonCursor d, string name) => d.OptionalObject(name) is { } reason ? ReadReason(reason) : null;

    private static ReasonDocument? Optional(FollowUpReason? reason) => reason is null ? null : ToDocument(reason);

    private static ReasonDocument ToDocument(FollowUpReason reason) => new() { RuleId = reason.RuleId.Value, Explanation = reason.Explanation };

    private static WindowDocument ToDocument(CallWindow window) => new()
    {
        Start = InstantPattern.ExtendedIso.Format(window.Start),
        End = InstantPattern.ExtendedIso.Format(window.End),
        LocalStart = LocalDateTimePattern.ExtendedIso.Format(window.LocalStart),
        LocalEnd = LocalDateTimePattern.ExtendedIso.Format(window.LocalEnd),
        StartOffset = OffsetIso.Format(window.StartOffset),
        EndOffset = OffsetIso.Format(window.EndOffset),
        Quality = JsonNames.Of(window.Quality),
        StartShapedBy = window.StartShapedBy is { } start ? ToDocument(start) : null,
        EndShapedBy = window.EndShapedBy is { } end ? ToDocument(end) : null,
    };

    private static FollowUpReason ReadReason(JsonCursor cursor)
    {
        var idText = cursor.String("ruleId");
        if (!RuleId.TryParse(idText, out var id))
        {
            throw new FollowUpJsonException(cursor.Child("ruleId"), JsonCursor.Quote(idText) + " is not a rule ID such as PHN-02");
        }

        var explanation = cursor.String("explanation");
        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new FollowUpJsonException(cursor.Child("explanation"), "must not be blank");
        }

        cursor.EnsureNoOtherFields("ruleId, explanation");
        return new FollowUpReason(id, explanation);
    }

    private static CallWindow ReadWindow(JsonCursor cursor)
    {
        var start = cursor.Instant("start");
        var end = cursor.Instant("end");
        var startOffset = Offset(cursor, "startOffset");
        var endOffset = Offset(cursor, "endOffset");
        var quality = cursor.Enum<CallWindowQuality>("quality");
        var startShapedBy = cursor.OptionalObject("startShapedBy") is { } s ? ReadReason(s) : null;
        var endShapedBy = cursor.OptionalObject("endShapedBy") is { } e ? ReadReason(e) : null;
        cursor.TryGet("localStart", out _);
        cursor.TryGet("localEnd", out _);
        cursor.EnsureNoOtherFields("start, end, localStart, localEnd, startOffset, endOffset, quality, startShapedBy, endShapedBy");
        if (end <= start)
        {
            throw new FollowUpJsonException(cursor.Child("end"), "must be after start");
        }

        // The window checks the rest itself (tick precision, wall-clock times that can be shown);
        // its message names the parameter, the path names where in the document.
        try
        {
            return new CallWindow(start, end, startOffset, endOffset, quality, startShapedBy, endShapedBy);
        }
        catch (ArgumentException error)
        {
            throw new FollowUpJsonException(cursor.Path, WithoutParameterName(error));
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

    private static Offset Offset(JsonCursor cursor, string name)
    {
        var text = cursor.String(name);
        var parsed = OffsetIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new FollowUpJsonException(cursor.Child(name), JsonCursor.Quote(text) + " is not a UTC offset such as +01 or -05:30");
    }
}
