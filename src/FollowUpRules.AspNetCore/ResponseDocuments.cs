using System.Text.Json;
using System.Text.Json.Nodes;
using FollowUpRules.Json;
using FollowUpRules.Catalogue;
using FollowUpRules.Simulation;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.AspNetCore;

/// <summary>
/// The documents the service answers with besides those of the JSON format, which it embeds as
/// <see cref="FollowUpJson"/> writes them: decisions, cases and profiles keep exactly their documented form.
/// </summary>
internal static class ResponseDocuments
{
    /// <summary>Indented, escaping only what JSON requires: as the JSON package writes its documents.</summary>
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = FollowUpJson.Encoder };

    /// <summary>Writes a document the service keeps (the page, the profile and rule lists, problem details).</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Writes one request's answer into a buffer rented from the shared pool (see <see cref="ResponseBody"/>).</summary>
    public static ResponseBody Rent(Action<Utf8JsonWriter> write)
    {
        var buffer = new RentedBufferWriter();
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                write(writer);
            }

            return ResponseBody.From(buffer);
        }
        catch
        {
            buffer.Abandon();
            throw;
        }
    }

    /// <summary><c>{ "schemaVersion", "profile", "timeZoneId", "from", "windows": [window...] }</c>: windows as in a decision's <c>window</c>.</summary>
    public static ResponseBody Windows(string profile, string timeZoneId, Instant from, IReadOnlyList<CallWindow> windows) => Rent(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", FollowUpJson.SchemaVersion);
        writer.WriteString("profile", profile);
        writer.WriteString("timeZoneId", timeZoneId);
        writer.WriteString("from", InstantPattern.ExtendedIso.Format(from));
        writer.WriteStartArray("windows");
        foreach (var window in windows)
        {
            writer.WriteStartObject();
            writer.WriteString("start", InstantPattern.ExtendedIso.Format(window.Start));
            writer.WriteString("end", InstantPattern.ExtendedIso.Format(window.End));
            writer.WriteString("localStart", LocalDateTimePattern.ExtendedIso.Format(window.LocalStart));
            writer.WriteString("localEnd", LocalDateTimePattern.ExtendedIso.Format(window.LocalEnd));
            writer.WriteString("startOffset", OffsetPattern.GeneralInvariant.Format(window.StartOffset));
            writer.WriteString("endOffset", OffsetPattern.GeneralInvariant.Format(window.EndOffset));
            writer.WriteString("quality", CamelCase(window.Quality.ToString()));
            Reason(writer, "startShapedBy", window.StartShapedBy);
            Reason(writer, "endShapedBy", window.EndShapedBy);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>The <c>script</c> of a decision document, on its own: <c>{ "schemaVersion", "kind", "lines", "drafts", "text" }</c>.</summary>
    public static ResponseBody Script(NextAction action, FollowUpScript script)
    {
        var decision = JsonNode.Parse(FollowUpJson.WriteDecision(action, null, script))!.AsObject();
        return Rent(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", FollowUpJson.SchemaVersion);
            writer.WriteString("kind", decision["kind"]!.GetValue<string>());
            foreach (var (name, value) in decision["script"]!.AsObject())
            {
                writer.WritePropertyName(name);
                value!.WriteTo(writer);
            }

            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// A simulation: <c>{ "schemaVersion", "profile", "from", "stopped", "reachedStepLimit", "steps": [{ "step",
    /// "decidedAt", "decision", "recorded" }], "finalCase" }</c>; <c>recorded</c> is the attempt the step added.
    /// </summary>
    public static ResponseBody Transcript(string profile, Instant from, FollowUpTranscript transcript)
    {
        var finalCase = FollowUpJson.WriteCase(transcript.FinalCase);
        using var parsed = JsonDocument.Parse(finalCase);
        var attempts = parsed.RootElement.GetProperty("attempts");
        var recordedCount = transcript.Steps.Count(s => s.Recorded is not null);
        var next = attempts.GetArrayLength() - recordedCount;
        return Rent(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", FollowUpJson.SchemaVersion);
            writer.WriteString("profile", profile);
            writer.WriteString("from", InstantPattern.ExtendedIso.Format(from));
            writer.WriteBoolean("stopped", transcript.Stopped);
            writer.WriteBoolean("reachedStepLimit", !transcript.Stopped && !transcript.ReachedTimeLimit);
            writer.WriteStartArray("steps");
            foreach (var step in transcript.Steps)
            {
                writer.WriteStartObject();
                writer.WriteNumber("step", step.Step);
                writer.WriteString("decidedAt", InstantPattern.ExtendedIso.Format(step.DecidedAt));
                writer.WritePropertyName("decision");
                FollowUpJson.WriteDecision(writer, step.Action);
                if (step.Recorded is not null)
                {
                    writer.WritePropertyName("recorded");
                    attempts[next++].WriteTo(writer);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WritePropertyName("finalCase");
            parsed.RootElement.WriteTo(writer);
            writer.WriteEndObject();
        });
    }

    /// <summary><c>{ "kind", "valid", "problems": [{ "in", "path", "value", "message" }] }</c>.</summary>
    public static ResponseBody Validation(string? kind, IReadOnlyList<ProblemItem> problems) => Rent(writer =>
    {
        writer.WriteStartObject();
        if (kind is null)
        {
            writer.WriteNull("kind");
        }
        else
        {
            writer.WriteString("kind", kind);
        }

        writer.WriteBoolean("valid", problems.Count == 0);
        ProblemResponse.WriteItems(writer, problems);
        writer.WriteEndObject();
    });

    /// <summary><c>{ "schemaVersion", "default", "profiles": [profile...] }</c>: every profile in full, as <see cref="FollowUpJson.WriteProfile(Utf8JsonWriter, FollowUpProfile)"/> writes it.</summary>
    public static byte[] Profiles(string defaultName, IReadOnlyList<FollowUpProfile> profiles) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", FollowUpJson.SchemaVersion);
        writer.WriteString("default", defaultName);
        writer.WriteStartArray("profiles");
        foreach (var profile in profiles)
        {
            FollowUpJson.WriteProfile(writer, profile);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary><c>{ "schemaVersion", "rules": [rule...] }</c>, every catalogued rule.</summary>
    public static byte[] Rules() => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", FollowUpJson.SchemaVersion);
        writer.WriteStartArray("rules");
        foreach (var rule in SourceRules.All)
        {
            Rule(writer, rule);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>One rule: <c>{ "ruleId", "article", "title", "summary", "strategies": [{ "name", "description" }], "appliedByThePolicy", "profiles" }</c>.</summary>
    public static ResponseBody Rule(SourceRule rule) => Rent(writer => Rule(writer, rule));

    /// <summary>Finds a catalogued rule by its ID, in any case (<c>phn-05</c> is <c>PHN-05</c>).</summary>
    public static SourceRule? FindRule(string id) =>
        RuleId.TryParse(id.ToUpperInvariant(), out var ruleId) && SourceRules.TryGet(ruleId, out var rule) ? rule : null;

    private static void Rule(Utf8JsonWriter writer, SourceRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", rule.Id.Value);
        writer.WriteString("article", rule.Article.Key);
        writer.WriteString("title", rule.Article.Title);
        writer.WriteString("summary", rule.Summary);
        writer.WriteStartArray("strategies");
        foreach (var strategy in RuleUsage.Strategies(rule.Id))
        {
            writer.WriteStartObject();
            writer.WriteString("name", strategy.Name);
            writer.WriteString("description", strategy.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteBoolean("appliedByThePolicy", RuleUsage.IsAppliedByThePolicy(rule.Id));
        writer.WriteStartArray("profiles");
        foreach (var profile in RuleUsage.Profiles(rule.Id))
        {
            writer.WriteStringValue(profile.Name);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Reason(Utf8JsonWriter writer, string name, FollowUpReason? reason)
    {
        if (reason is null)
        {
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("ruleId", reason.RuleId.Value);
        writer.WriteString("explanation", reason.Explanation);
        writer.WriteEndObject();
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
