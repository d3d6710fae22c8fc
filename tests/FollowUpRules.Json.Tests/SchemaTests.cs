using System.Text.Json;
using System.Text.Json.Nodes;
using FluentAssertions;
using FollowUpRules.Tests.Shared;
using Json.Schema;

namespace FollowUpRules.Json.Tests;

/// <summary>
/// The JSON Schemas in docs/schema, checked with JsonSchema.Net (draft 2020-12): every example and
/// every document the library writes validates; the malformed documents are rejected wherever a
/// schema can express the rule; each schema's fields are the reader's fields.
/// </summary>
public sealed class SchemaTests
{
    private static readonly Dictionary<string, JsonSchema> Schemas = new[] { "case", "profile", "decision", "simulation-script" }
        .ToDictionary(n => n, n => JsonSchema.FromText(File.ReadAllText(SchemaPath(n)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <summary>The malformed cases a schema cannot reject: they need a tzdb lookup, calendar arithmetic, two fields compared, or are not JSON.</summary>
    private static readonly HashSet<string> BeyondASchema = new(StringComparer.Ordinal)
    {
        "not JSON", "a trailing comma", "nesting too deep at the top", "nesting too deep inside a field", "a duplicate field",
        "an unknown zone", "month 13", "dates the wrong way round",
    };

    public static TheoryData<string> ExampleFiles => new(Directory.EnumerateFiles(Examples.Directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static TheoryData<string, string, string> Malformed => MalformedDocuments.Cases;

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Example_ValidatesAgainstItsSchema(string file)
    {
        var text = Examples.Read(file);
        var kind = FollowUpJson.Detect(text) == FollowUpDocumentKind.Profile ? "profile" : "case";

        Errors(kind, text).Should().BeEmpty();
    }

    [Fact]
    public void EveryWrittenDocument_ValidatesAgainstItsSchema()
    {
        foreach (var profile in FollowUpProfiles.All)
        {
            Errors("profile", FollowUpJson.WriteProfile(profile)).Should().BeEmpty(profile.Name);
        }

        foreach (var path in Examples.Cases)
        {
            var followUp = FollowUpJson.ReadCase(File.ReadAllText(path));
            Errors("case", FollowUpJson.WriteCase(followUp)).Should().BeEmpty(path);
            foreach (var policy in FollowUpProfiles.All.Select(FollowUpPolicy.Create))
            {
                foreach (var days in new[] { 0, 3, 10, 40 })
                {
                    var now = followUp.Attempts.Select(a => a.At).Append(followUp.Interview.At).Max() + NodaTime.Duration.FromDays(days);
                    var action = policy.Decide(followUp, now);
                    Errors("decision", FollowUpJson.WriteDecision(action, now, policy.Script(followUp, action))).Should().BeEmpty($"{path} {policy.Profile.Name} +{days}d: {action.Describe()}");
                }
            }
        }
    }

    [Fact]
    public void TheJsonMdSimulationScript_ValidatesAndMalformedScriptsDoNot()
    {
        Errors("simulation-script", """{ "schemaVersion": 1, "default": { "answeredBy": "nobody" }, "byKind": { "contactAgency": { "answeredBy": "agency", "status": "stillUnderConsideration" } }, "steps": [ { "step": 2, "answeredBy": "receptionist", "interviewerAvailableAt": "2026-03-11T15:00" } ] }""").Should().BeEmpty();
        foreach (var bad in new[]
        {
            """{ "schemaVersion": 1, "steps": [ { "step": 0 } ] }""",
            """{ "schemaVersion": 1, "steps": [ { "step": 1, "answeredBy": "voicemail", "status": "offerMade" } ] }""",
            """{ "schemaVersion": 1, "default": { "status": "offerMade" } }""",
            """{ "schemaVersion": 1, "byKind": { "wait": { } } }""",
            """{ "schemaVersion": 1, "byKind": { "call": { "answeredBy": "receptionist", "voicemailLeft": true } } }""",
        })
        {
            Errors("simulation-script", bad).Should().NotBeEmpty(bad);
            var read = () => FollowUpJson.ReadSimulationScript(bad);
            read.Should().Throw<FollowUpJsonException>(bad);
        }
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void MalformedCase_IsRejectedByTheSchemaWhereASchemaCanSayWhy(string scenario, string json, string expected)
    {
        expected.Should().NotBeEmpty();
        if (BeyondASchema.Contains(scenario))
        {
            return;
        }

        Errors("case", json).Should().NotBeEmpty(scenario);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "roundInterval": "PT5H" }""")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "maxVoicemails": null }""")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "channels": ["pigeon"] }""")]
    [InlineData("""{ "schemaVersion": 1, "basedOn": "rcr" }""")]
    [InlineData("""{ "schemaVersion": 1, "name": "x", "lunchBlackout": "12:00-00:00" }""")]
    public void MalformedProfile_IsRejectedByTheSchemaAndTheReader(string json)
    {
        Errors("profile", json).Should().NotBeEmpty();
        var read = () => FollowUpJson.ReadProfile(json);
        read.Should().Throw<FollowUpJsonException>();
    }

    [Fact]
    public void Decision_OfOneKindWithAnotherKindsField_IsRejected()
    {
        const string json = """{ "schemaVersion": 1, "kind": "stop", "reason": "offerMade", "reasons": [], "until": "2026-03-10T09:00:00Z" }""";

        Errors("decision", json).Should().NotBeEmpty();
        var read = () => FollowUpJson.ReadDecision(json);
        read.Should().Throw<FollowUpJsonException>().WithMessage("$.until: unknown field*");
    }

    [Theory]
    [InlineData("case")]
    [InlineData("profile")]
    [InlineData("decision")]
    [InlineData("simulation-script")]
    public void Schema_HasAnIdATitleAndADescriptionOnEveryField(string name)
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath(name)))!;

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["$id"]!.GetValue<string>().Should().Be("urn:followuprules:schema:1:" + name);
        schema["title"]!.GetValue<string>().Should().NotBeEmpty();
        Undescribed(schema, "#").Should().BeEmpty("editors show each field's description");
    }

    [Fact]
    public void SchemaFields_AreTheReadersFields()
    {
        Fields("case", "properties").Should().BeEquivalentTo(CaseJson.Shape.Names);
        Fields("case", "properties", "interview", "properties").Should().BeEquivalentTo(CaseJson.InterviewShape.Names);
        Fields("case", "properties", "office", "properties").Should().BeEquivalentTo(CaseJson.OfficeShape.Names);
        Fields("case", "properties", "candidate", "properties").Should().BeEquivalentTo(CaseJson.CandidateShape.Names);
        Fields("case", "properties", "attempts", "items", "properties").Should().BeEquivalentTo(CaseJson.AttemptShape.Names);
        Fields("case", "$defs", "person", "properties").Should().BeEquivalentTo(CaseJson.PersonShape.Names);
        Fields("case", "$defs", "agency", "properties").Should().BeEquivalentTo(CaseJson.AgencyShape.Names);
        Fields("profile", "properties").Should().BeEquivalentTo(ProfileJson.Shape.Names);
        Fields("simulation-script", "properties").Should().BeEquivalentTo(SimulationScriptJson.Shape.Names);
    }

    private static List<string> Fields(string schema, params string[] path)
    {
        JsonNode node = JsonNode.Parse(File.ReadAllText(SchemaPath(schema)))!;
        foreach (var step in path)
        {
            node = node[step] ?? node["anyOf"]![0]![step]!;
        }

        return node.AsObject().Select(p => p.Key).ToList();
    }

    private static IEnumerable<string> Undescribed(JsonNode node, string at)
    {
        if (node is JsonObject o)
        {
            if (o["properties"] is JsonObject properties)
            {
                foreach (var (name, field) in properties)
                {
                    if (field is JsonObject f && f["description"] is null)
                    {
                        yield return at + "/properties/" + name;
                    }
                }
            }

            foreach (var (name, child) in o.Where(p => p.Key != "if"))
            {
                foreach (var missing in child is null ? [] : Undescribed(child, at + "/" + name))
                {
                    yield return missing;
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                foreach (var missing in a[i] is null ? [] : Undescribed(a[i]!, at + "/" + i))
                {
                    yield return missing;
                }
            }
        }
    }

    private static List<string> Errors(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schemas[schema].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? [] : (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)).DefaultIfEmpty("invalid").ToList();
    }

    private static string SchemaPath(string name) => Path.Combine(Examples.Directory, "..", "schema", name + ".schema.json");
}
