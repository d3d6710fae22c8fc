using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace FollowUpRules.Json;

/// <summary>
/// The JSON format of FollowUpRules, schema version 1: cases (with their attempts), profiles (all
/// settings, or a built-in profile to start from and the settings to change) and decisions.
/// </summary>
/// <remarks>
/// <para>Instants are written in UTC with a Z (<c>2026-03-05T10:00:00Z</c>), dates as
/// <c>yyyy-MM-dd</c>, local times as <c>HH:mm</c>, time ranges as <c>09:00-17:00</c>, durations and
/// periods in ISO-8601 (<c>PT2H</c>, <c>P3W</c>), time zones as tzdb ids, enum values in camelCase.
/// See docs/json.md for every field.</para>
/// <para>Readers reject malformed JSON, unknown and duplicate fields, missing required fields, wrong
/// JSON types, unknown time zones, unparsable instants, dates and times, numbers too large, unknown
/// profile names and unsupported schema versions, each with one <see cref="FollowUpJsonException"/>
/// naming the JSON path. Reading what was written gives an equal object. The rules a decision
/// checks (attempts after "now", ranges of settings and so on) are checked by the policy, which
/// reports them all at once.</para>
/// </remarks>
public static class FollowUpJson
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Reads a case.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">The time zone provider that must know the office's zone; <see cref="DateTimeZoneProviders.Tzdb"/> when null.</param>
    /// <returns>The case.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read; the exception names the JSON path.</exception>
    public static FollowUpCase ReadCase(string json, IDateTimeZoneProvider? zones = null)
    {
        using var document = JsonCursor.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return CaseJson.Read(document.RootElement, zones ?? DateTimeZoneProviders.Tzdb);
    }

    /// <summary>Reads a case from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <param name="zones">The time zone provider; <see cref="DateTimeZoneProviders.Tzdb"/> when null.</param>
    /// <returns>The case.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read, including invalid UTF-8.</exception>
    public static FollowUpCase ReadCase(ReadOnlyMemory<byte> utf8Json, IDateTimeZoneProvider? zones = null)
    {
        using var document = JsonCursor.Parse(utf8Json);
        return CaseJson.Read(document.RootElement, zones ?? DateTimeZoneProviders.Tzdb);
    }

    /// <summary>Writes a case.</summary>
    /// <param name="followUpCase">The case.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteCase(FollowUpCase followUpCase) =>
        JsonSerializer.Serialize(CaseJson.ToDocument(followUpCase ?? throw new ArgumentNullException(nameof(followUpCase))), FollowUpJsonContext.Default.CaseDocument);

    /// <summary>Reads a profile, starting from the built-in profile named by <c>basedOn</c> (or the library defaults).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profile; its settings are validated when a policy is built from it.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read.</exception>
    public static FollowUpProfile ReadProfile(string json)
    {
        using var document = JsonCursor.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return ProfileJson.Read(document.RootElement);
    }

    /// <summary>Writes every setting of a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteProfile(FollowUpProfile profile) =>
        JsonSerializer.Serialize(ProfileJson.ToDocument(profile ?? throw new ArgumentNullException(nameof(profile))), FollowUpJsonContext.Default.ProfileDocument);

    /// <summary>Writes a decision: the action, its windows and reasons, and optionally when it was decided and its script.</summary>
    /// <param name="action">The action.</param>
    /// <param name="decidedAt">The instant it was decided for, if it should be recorded.</param>
    /// <param name="script">The rendered script, if it should be included.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteDecision(NextAction action, Instant? decidedAt = null, FollowUpScript? script = null) =>
        JsonSerializer.Serialize(DecisionJson.ToDocument(action ?? throw new ArgumentNullException(nameof(action)), decidedAt, script), FollowUpJsonContext.Default.DecisionDocument);

    /// <summary>Reads a decision. The script and <c>decidedAt</c>, when present, are not part of the action and are not returned.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The action.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read.</exception>
    public static NextAction ReadDecision(string json)
    {
        using var document = JsonCursor.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return DecisionJson.Read(document.RootElement);
    }

    /// <summary>Reads the scripted answers of a simulation: <c>default</c>, <c>byKind</c> and <c>steps</c> (see docs/json.md).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The script.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read.</exception>
    public static Simulation.SimulationScript ReadSimulationScript(string json)
    {
        using var document = JsonCursor.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return SimulationScriptJson.Read(document.RootElement);
    }

    /// <summary>Tells what a document is: a case (it has an <c>interview</c>), a profile (a <c>name</c>) or a decision (a <c>kind</c>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The kind of document.</returns>
    /// <exception cref="FollowUpJsonException">The text is not JSON, not an object, or none of the three.</exception>
    public static FollowUpDocumentKind Detect(string json)
    {
        using var document = JsonCursor.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FollowUpJsonException("$", "expected an object: a case, a profile or a decision");
        }

        // The cursor reads every field name once, so a name that is not valid text (an escaped lone
        // surrogate, say) or a duplicate is reported with its path rather than thrown by the parser.
        var fields = new JsonCursor(root, "$");
        if (fields.Has("interview"))
        {
            return FollowUpDocumentKind.Case;
        }

        if (fields.Has("kind"))
        {
            return FollowUpDocumentKind.Decision;
        }

        if (fields.Has("name") || fields.Has("basedOn"))
        {
            return FollowUpDocumentKind.Profile;
        }

        throw new FollowUpJsonException("$", "not a case (no \"interview\"), a profile (no \"name\") or a decision (no \"kind\")");
    }

    internal static void CheckSchemaVersion(JsonCursor document)
    {
        var version = document.Integer("schemaVersion");
        if (version != SchemaVersion)
        {
            throw new FollowUpJsonException(document.Child("schemaVersion"), version.ToString(CultureInfo.InvariantCulture) + " is not supported; this version reads schemaVersion 1");
        }
    }
}

/// <summary>The kinds of FollowUpRules JSON document.</summary>
public enum FollowUpDocumentKind
{
    /// <summary>A case.</summary>
    Case = 0,

    /// <summary>A profile.</summary>
    Profile = 1,

    /// <summary>A decision.</summary>
    Decision = 2,
}
