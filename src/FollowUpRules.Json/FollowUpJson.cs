using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace FollowUpRules.Json;

/// <summary>
/// The JSON format of FollowUpRules, schema version 1: cases (with their attempts), profiles (all
/// settings, or a built-in profile to start from and the settings to change), decisions and
/// simulation scripts.
/// </summary>
/// <remarks>
/// <para>Instants are written in UTC with a Z (<c>2026-03-05T10:00:00Z</c>) and read in any ISO-8601
/// form with an offset (<c>2026-03-05T11:00+01:00</c>); dates are <c>yyyy-MM-dd</c>, local times
/// <c>HH:mm</c>, time ranges <c>09:00-17:00</c>, durations and periods ISO-8601 (<c>PT2H</c>,
/// <c>P3W</c>), time zones tzdb ids, enum values camelCase. See docs/json.md for every field, and
/// docs/schema for the JSON Schemas.</para>
/// <para>Readers reject text that is not JSON or not UTF-8, unknown and duplicate fields, missing
/// required fields, wrong JSON types, unknown time zones, values that do not parse, numbers too large,
/// unknown profile names and unsupported schema versions. Every such problem in a document is
/// reported at once, each with its JSON path, in one <see cref="FollowUpJsonException"/>. Reading
/// what was written gives an equal object. The rules a decision checks (attempts after "now", ranges
/// of settings and so on) are checked by the policy, which also reports them all at once.</para>
/// <para>Writers escape only what JSON requires, so names and telephone numbers stay readable.</para>
/// </remarks>
public static class FollowUpJson
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = MinimalJsonEscaping.Instance };

    /// <summary>
    /// Gets the encoder the writers use: it escapes only what JSON requires (the quotation mark, the
    /// backslash and control characters), so <c>+44 20 7946 0001</c>, <c>O'Brien</c> and <c>Zoë</c>
    /// are written as themselves. Give it to a <see cref="JsonWriterOptions"/> or
    /// <see cref="JsonSerializerOptions"/> to write the documents the same way.
    /// </summary>
    public static System.Text.Encodings.Web.JavaScriptEncoder Encoder => MinimalJsonEscaping.Instance;

    private static readonly JsonWriterOptions Compact = new() { Encoder = MinimalJsonEscaping.Instance };

    /// <summary>
    /// Gets a resolver that lets <see cref="JsonSerializer"/> read and write <see cref="FollowUpCase"/>,
    /// <see cref="FollowUpProfile"/>, <see cref="NextAction"/> (and each kind of action) and
    /// <see cref="Simulation.SimulationScript"/> (read only) in exactly the documented format.
    /// </summary>
    /// <remarks>
    /// <para>Add it first to the options' resolver chain, for example in ASP.NET Core:
    /// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; o.SerializerOptions.TypeInfoResolverChain.Insert(0, FollowUpJson.TypeInfoResolver));</c>.
    /// A minimal API can then take a <see cref="FollowUpCase"/> from the request body and return
    /// <c>Results.Ok(action)</c>. It uses no reflection, so it is trim- and AOT-safe.</para>
    /// <para>A document that cannot be read throws <see cref="FollowUpJsonException"/> (a
    /// <see cref="FollowUpInputException"/>), listing every problem with its path from the start of
    /// the case, profile, decision or script; map it to a 400 response. Written values follow the
    /// writer's indentation and escaping settings.</para>
    /// </remarks>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = new FollowUpJsonTypeInfoResolver();

    /// <summary>Reads a case.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="zones">The time zone provider that must know the office's zone; <see cref="DateTimeZoneProviders.Tzdb"/> when null.</param>
    /// <returns>The case.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read; the exception lists every problem with its JSON path.</exception>
    public static FollowUpCase ReadCase(string json, IDateTimeZoneProvider? zones = null)
    {
        using var document = JsonSyntax.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return CaseJson.Read(document.RootElement, new JsonReading(zones ?? DateTimeZoneProviders.Tzdb));
    }

    /// <summary>Reads a case from UTF-8 bytes (a byte order mark at the start is allowed).</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <param name="zones">The time zone provider; <see cref="DateTimeZoneProviders.Tzdb"/> when null.</param>
    /// <returns>The case.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read, including bytes that are not UTF-8.</exception>
    public static FollowUpCase ReadCase(ReadOnlyMemory<byte> utf8Json, IDateTimeZoneProvider? zones = null)
    {
        using var document = JsonSyntax.Parse(utf8Json);
        return CaseJson.Read(document.RootElement, new JsonReading(zones ?? DateTimeZoneProviders.Tzdb));
    }

    /// <summary>Writes a case.</summary>
    /// <param name="followUpCase">The case.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteCase(FollowUpCase followUpCase) =>
        Write(Indented, w => WriteCase(w, followUpCase));

    /// <summary>Writes a case to a writer, with the writer's indentation and escaping.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="followUpCase">The case.</param>
    public static void WriteCase(Utf8JsonWriter writer, FollowUpCase followUpCase) =>
        JsonSerializer.Serialize(
            writer ?? throw new ArgumentNullException(nameof(writer)),
            CaseJson.ToDocument(followUpCase ?? throw new ArgumentNullException(nameof(followUpCase))),
            FollowUpJsonContext.Default.CaseDocument);

    /// <summary>Reads a profile, starting from the built-in profile named by <c>basedOn</c> (or the library defaults).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profile; its settings are validated when a policy is built from it.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read.</exception>
    public static FollowUpProfile ReadProfile(string json)
    {
        using var document = JsonSyntax.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return ProfileJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
    }

    /// <summary>Reads a profile from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The profile; its settings are validated when a policy is built from it.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read.</exception>
    public static FollowUpProfile ReadProfile(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonSyntax.Parse(utf8Json);
        return ProfileJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
    }

    /// <summary>Writes every setting of a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteProfile(FollowUpProfile profile) =>
        Write(Indented, w => WriteProfile(w, profile));

    /// <summary>Writes every setting of a profile to a writer, with the writer's indentation and escaping.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="profile">The profile.</param>
    public static void WriteProfile(Utf8JsonWriter writer, FollowUpProfile profile) =>
        JsonSerializer.Serialize(
            writer ?? throw new ArgumentNullException(nameof(writer)),
            ProfileJson.ToDocument(profile ?? throw new ArgumentNullException(nameof(profile))),
            FollowUpJsonContext.Default.ProfileDocument);

    /// <summary>Writes a decision: the action, its windows and reasons, and optionally when it was decided and its script.</summary>
    /// <param name="action">The action.</param>
    /// <param name="decidedAt">The instant it was decided for, if it should be recorded.</param>
    /// <param name="script">The rendered script, if it should be included.</param>
    /// <returns>Indented JSON.</returns>
    public static string WriteDecision(NextAction action, Instant? decidedAt = null, FollowUpScript? script = null) =>
        Write(Indented, w => WriteDecision(w, action, decidedAt, script));

    /// <summary>Writes a decision to a writer, with the writer's indentation and escaping (a JSON-lines stream writes one per line).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="action">The action.</param>
    /// <param name="decidedAt">The instant it was decided for, if it should be recorded.</param>
    /// <param name="script">The rendered script, if it should be included.</param>
    public static void WriteDecision(Utf8JsonWriter writer, NextAction action, Instant? decidedAt = null, FollowUpScript? script = null) =>
        DecisionJson.Write(
            writer ?? throw new ArgumentNullException(nameof(writer)),
            action ?? throw new ArgumentNullException(nameof(action)),
            decidedAt,
            script);

    /// <summary>Reads a decision. The script and <c>decidedAt</c>, when present, are not part of the action and are not returned.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The action.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read.</exception>
    public static NextAction ReadDecision(string json)
    {
        using var document = JsonSyntax.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return DecisionJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
    }

    /// <summary>Reads a decision from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The action.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read.</exception>
    public static NextAction ReadDecision(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonSyntax.Parse(utf8Json);
        return DecisionJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
    }

    /// <summary>Reads the scripted answers of a simulation: <c>default</c>, <c>byKind</c> and <c>steps</c> (see docs/json.md).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The script.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read, or an answer cannot happen (a voicemail that tells a status, say).</exception>
    public static Simulation.SimulationScript ReadSimulationScript(string json)
    {
        using var document = JsonSyntax.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return SimulationScriptJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
    }

    /// <summary>Reads the scripted answers of a simulation from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The script.</returns>
    /// <exception cref="FollowUpJsonException">The document cannot be read, or an answer cannot happen.</exception>
    public static Simulation.SimulationScript ReadSimulationScript(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonSyntax.Parse(utf8Json);
        return SimulationScriptJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
    }

    /// <summary>
    /// Tells what a document is: a case (it has an <c>interview</c>), a decision (a <c>kind</c>), a
    /// profile (a <c>name</c> or <c>basedOn</c>) or a simulation script (<c>steps</c>, <c>byKind</c> or <c>default</c>).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The kind of document.</returns>
    /// <exception cref="FollowUpJsonException">The text is not JSON, not an object, or none of the four.</exception>
    public static FollowUpDocumentKind Detect(string json)
    {
        using var document = JsonSyntax.Parse(json ?? throw new ArgumentNullException(nameof(json)));
        return Detect(document.RootElement);
    }

    /// <summary>Tells what a document in UTF-8 bytes is (see <see cref="Detect(string)"/>).</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The kind of document.</returns>
    /// <exception cref="FollowUpJsonException">The text is not JSON, not an object, or none of the four.</exception>
    public static FollowUpDocumentKind Detect(ReadOnlyMemory<byte> utf8Json)
    {
        using var document = JsonSyntax.Parse(utf8Json);
        return Detect(document.RootElement);
    }

    /// <summary>
    /// Parses an instant the way the documents accept one: ISO-8601 with <c>Z</c> or an offset, with
    /// or without seconds, such as <c>2026-03-10T09:00:00Z</c>, <c>2026-03-10T09:00Z</c> or
    /// <c>2026-03-10T10:00+01:00</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="instant">The instant, when the text is one.</param>
    /// <returns>Whether the text is an instant.</returns>
    public static bool TryParseInstant(string? text, out Instant instant) => JsonValues.TryParseInstant(text, out instant);

    /// <summary>Adds the fields every document has: <c>schemaVersion</c>, and <c>$schema</c> (for editors; not read).</summary>
    internal static JsonShape<T> Versioned<T>(JsonShape<T> shape) => shape
        .Ignored("$schema", listed: false)
        .Required<int>("schemaVersion", Version, (t, _) => t);

    /// <summary>Writes with the given options into a string.</summary>
    internal static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

#if NETSTANDARD2_0
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
#else
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
#endif
    }

    /// <summary>Writes compact JSON (no indentation, minimal escaping) into a string.</summary>
    internal static string WriteCompact(Action<Utf8JsonWriter> write) => Write(Compact, write);

    private static bool Version(JsonElement element, JsonReading reading, out int version) =>
        JsonValues.Integer(element, reading, out version)
        && (version == SchemaVersion || reading.Problem(version.ToString(CultureInfo.InvariantCulture) + " is not supported; this version reads schemaVersion 1"));

    private static FollowUpDocumentKind Detect(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FollowUpJsonException("$", "expected an object: a case, a profile, a decision or a simulation script");
        }

        bool interview = false, kind = false, name = false, script = false;
        foreach (var property in root.EnumerateObject())
        {
            // A name that is not valid text (an escaped lone surrogate) throws when compared: reported, not thrown.
            if (!JsonValues.HasValidName(property))
            {
                throw new FollowUpJsonException("$", "a field name is not valid UTF-8");
            }

            interview |= property.NameEquals("interview"u8);
            kind |= property.NameEquals("kind"u8);
            name |= property.NameEquals("name"u8) || property.NameEquals("basedOn"u8);
            script |= property.NameEquals("steps"u8) || property.NameEquals("byKind"u8) || property.NameEquals("default"u8);
        }

        return interview ? FollowUpDocumentKind.Case
            : kind ? FollowUpDocumentKind.Decision
            : name ? FollowUpDocumentKind.Profile
            : script ? FollowUpDocumentKind.SimulationScript
            : throw new FollowUpJsonException("$", "not a case (no \"interview\"), a profile (no \"name\"), a decision (no \"kind\") or a simulation script (no \"steps\", \"byKind\" or \"default\")");
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

    /// <summary>A simulation script: the answers <c>followup simulate --outcomes</c> plays.</summary>
    SimulationScript = 3,
}
