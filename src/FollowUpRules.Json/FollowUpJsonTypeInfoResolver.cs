using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FollowUpRules.Simulation;
using NodaTime;

namespace FollowUpRules.Json;

/// <summary>
/// Gives <see cref="JsonSerializer"/> the documented format for the library's types, through
/// converters that use the package's own readers and writers (see <see cref="FollowUpJson.TypeInfoResolver"/>).
/// </summary>
internal sealed class FollowUpJsonTypeInfoResolver : IJsonTypeInfoResolver
{
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (type == typeof(FollowUpCase))
        {
            return JsonMetadataServices.CreateValueInfo<FollowUpCase>(options, new CaseConverter());
        }

        if (type == typeof(FollowUpProfile))
        {
            return JsonMetadataServices.CreateValueInfo<FollowUpProfile>(options, new ProfileConverter());
        }

        if (type == typeof(SimulationScript))
        {
            return JsonMetadataServices.CreateValueInfo<SimulationScript>(options, new ScriptConverter());
        }

        // Each kind of action too: a host that returns the action it got serializes its runtime type.
        return type == typeof(NextAction) ? Action<NextAction>(options)
            : type == typeof(NextAction.Wait) ? Action<NextAction.Wait>(options)
            : type == typeof(NextAction.Call) ? Action<NextAction.Call>(options)
            : type == typeof(NextAction.SendEmail) ? Action<NextAction.SendEmail>(options)
            : type == typeof(NextAction.SendThankYouNote) ? Action<NextAction.SendThankYouNote>(options)
            : type == typeof(NextAction.MessageOnLinkedIn) ? Action<NextAction.MessageOnLinkedIn>(options)
            : type == typeof(NextAction.ContactAgency) ? Action<NextAction.ContactAgency>(options)
            : type == typeof(NextAction.Stop) ? Action<NextAction.Stop>(options)
            : null;
    }

    private static JsonTypeInfo<T> Action<T>(JsonSerializerOptions options)
        where T : NextAction => JsonMetadataServices.CreateValueInfo<T>(options, new ActionConverter<T>());

    /// <summary>The value the reader is on, as an element to read with the package's readers.</summary>
    private static JsonDocument Document(ref Utf8JsonReader reader)
    {
        try
        {
            return JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException error)
        {
            throw new FollowUpJsonException("$", "not valid JSON: " + error.Message);
        }
    }

    private sealed class CaseConverter : JsonConverter<FollowUpCase>
    {
        public override FollowUpCase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = Document(ref reader);
            return CaseJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
        }

        public override void Write(Utf8JsonWriter writer, FollowUpCase value, JsonSerializerOptions options) => FollowUpJson.WriteCase(writer, value);
    }

    private sealed class ProfileConverter : JsonConverter<FollowUpProfile>
    {
        public override FollowUpProfile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = Document(ref reader);
            return ProfileJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
        }

        public override void Write(Utf8JsonWriter writer, FollowUpProfile value, JsonSerializerOptions options) => FollowUpJson.WriteProfile(writer, value);
    }

    private sealed class ScriptConverter : JsonConverter<SimulationScript>
    {
        public override SimulationScript Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = Document(ref reader);
            return SimulationScriptJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
        }

        public override void Write(Utf8JsonWriter writer, SimulationScript value, JsonSerializerOptions options) =>
            throw new NotSupportedException("A simulation script is read, not written; the format describes the answers a person scripts.");
    }

    private sealed class ActionConverter<T> : JsonConverter<T>
        where T : NextAction
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = Document(ref reader);
            var action = DecisionJson.Read(document.RootElement, new JsonReading(DateTimeZoneProviders.Tzdb));
            return action as T ?? throw new FollowUpJsonException("$.kind", JsonValues.Quote(JsonNames.Of(action.Kind)) + " is not the kind expected here (" + typeof(T).Name + ")");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => FollowUpJson.WriteDecision(writer, value);
    }
}
