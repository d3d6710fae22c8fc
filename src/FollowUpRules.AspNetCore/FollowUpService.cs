using System.Globalization;
using System.Text.Json;
using FollowUpRules.Json;
using FollowUpRules.Simulation;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace FollowUpRules.AspNetCore;

/// <summary>
/// What each endpoint does, between reading the request and writing the answer. Stateless apart from
/// the policies, which are immutable: any number of requests run at once, and any number of
/// instances serve the same clients.
/// </summary>
internal sealed class FollowUpService
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private readonly FollowUpServiceOptions _options;
    private readonly IClock _clock;
    private readonly Lazy<byte[]> _profiles;
    private readonly Lazy<byte[]> _rules = new(ResponseDocuments.Rules);

    public FollowUpService(FollowUpServiceOptions options, IClock clock, PolicyCatalog policies)
    {
        options.Validate();
        _options = options;
        _clock = clock;
        Policies = policies;
        _profiles = new Lazy<byte[]>(() => ResponseDocuments.Profiles(Policies.Default.Profile.Name, Policies.Listed()));
    }

    public PolicyCatalog Policies { get; }

    public FollowUpServiceOptions Options => _options;

    /// <summary><c>POST /v1/decide</c>: the decision document, with its script unless <c>script=false</c>.</summary>
    public Task Decide(HttpContext context, string? now, string? profile, string? script) => Answer(context, async () =>
    {
        var request = await ReadCaseRequest(context, profile, "profile").ConfigureAwait(false);
        var at = RequestInput.Instant("now", now) ?? _clock.GetCurrentInstant();
        var withScript = RequestInput.Boolean("script", script, fallback: true);
        var action = request.Checked(() => request.Policy.Decide(request.Case, at));
        var written = withScript ? request.Checked(() => request.Policy.Script(request.Case, action)) : null;
        return ResponseDocuments.Rent(writer => FollowUpJson.WriteDecision(writer, action, at, written));
    });

    /// <summary><c>POST /v1/windows</c>: the next call windows from <c>from</c> (default now), for the person the policy would call.</summary>
    public Task Windows(HttpContext context, string? from, string? count, string? profile) => Answer(context, async () =>
    {
        var request = await ReadCaseRequest(context, profile, "profile").ConfigureAwait(false);
        var start = RequestInput.Instant("from", from) ?? _clock.GetCurrentInstant();
        var howMany = RequestInput.Integer("count", count, fallback: 10, min: 1, max: 100);
        var windows = request.Checked(() => request.Policy.FindCallWindows(request.Case, start, howMany));
        return ResponseDocuments.Windows(request.Policy.Profile.Name, request.Case.Office.TimeZoneId, start, windows);
    });

    /// <summary><c>POST /v1/script</c>: what to say or write for the next action, or for the decision sent in the envelope.</summary>
    public Task Script(HttpContext context, string? now, string? profile) => Answer(context, async () =>
    {
        var request = await ReadCaseRequest(context, profile, "profile", "decision").ConfigureAwait(false);
        NextAction action;
        if (request.Envelope?.DecisionJson is { } decision)
        {
            try
            {
                action = FollowUpJson.ReadDecision(decision);
            }
            catch (FollowUpInputException error)
            {
                throw InputProblems.From(error, request.Body, "$.decision");
            }
        }
        else
        {
            var at = RequestInput.Instant("now", now) ?? _clock.GetCurrentInstant();
            action = request.Checked(() => request.Policy.Decide(request.Case, at));
        }

        var script = request.Checked(() => request.Policy.Script(request.Case, action));
        return ResponseDocuments.Script(action, script);
    });

    /// <summary><c>POST /v1/simulate</c>: plays the case forward from <c>now</c> with the outcome script (default: nobody answers).</summary>
    public Task Simulate(HttpContext context, string? now, string? profile, string? maxSteps) => Answer(context, async () =>
    {
        var request = await ReadCaseRequest(context, profile, "profile", "outcomes").ConfigureAwait(false);
        var steps = RequestInput.Integer("maxSteps", maxSteps, fallback: Math.Min(50, _options.MaxSimulationSteps), min: 1, max: _options.MaxSimulationSteps);
        var outcomes = SimulationScript.NoAnswer;
        if (request.Envelope?.OutcomesJson is { } json)
        {
            try
            {
                outcomes = FollowUpJson.ReadSimulationScript(json);
            }
            catch (FollowUpInputException error)
            {
                throw InputProblems.From(error, request.Body, "$.outcomes");
            }
        }

        var at = RequestInput.Instant("now", now) ?? _clock.GetCurrentInstant();
        FollowUpTranscript transcript;
        try
        {
            transcript = request.Checked(() => FollowUpSimulator.Run(request.Policy, request.Case, at, outcomes, steps));
        }
        catch (ArgumentException error) when (error.ParamName == "response")
        {
            // The simulator refuses a scripted answer that cannot happen (voicemail answering an email).
            var message = error.Message.Replace(" (Parameter 'response')", string.Empty, StringComparison.Ordinal);
            throw ServiceProblem.Body(ProblemTypes.InvalidOutcomes, "The outcome script is impossible", request.Envelope is null ? "$" : "$.outcomes", null, message);
        }

        return ResponseDocuments.Transcript(request.Policy.Profile.Name, at, transcript);
    });

    /// <summary><c>POST /v1/validate</c>: every problem of a case, profile, decision or outcome script; 200 with <c>valid</c> either way.</summary>
    public Task Validate(HttpContext context, string? now, string? profile) => Answer(context, async () =>
    {
        var body = await RequestInput.ReadJsonAsync(context, _options.MaxRequestBodyBytes).ConfigureAwait(false);
        var at = RequestInput.Instant("now", now) ?? _clock.GetCurrentInstant();
        var policy = profile is null ? Policies.Default : Named(profile, "query", "profile");
        var kind = DocumentKind(body);
        if (kind is null)
        {
            return ResponseDocuments.Validation(null, [new ProblemItem("body", "$", null, "not a case (no \"interview\"), a profile (no \"name\" or \"basedOn\"), a decision (no \"kind\") or an outcome script (no \"default\", \"byKind\" or \"steps\")")]);
        }

        try
        {
            var text = Envelope.Text(body);
            IReadOnlyList<ValidationProblem> problems;
            switch (kind)
            {
                case "case":
                    var followUp = FollowUpJson.ReadCase(body);
                    problems = followUp.Attempts.Count > _options.MaxAttempts
                        ? [new ValidationProblem("attempts", followUp.Attempts.Count.ToString(CultureInfo.InvariantCulture), AttemptLimit())]
                        : policy.Validate(followUp, at);
                    break;
                case "profile":
                    problems = FollowUpJson.ReadProfile(text).Validate();
                    break;
                case "decision":
                    FollowUpJson.ReadDecision(text);
                    problems = [];
                    break;
                default:
                    FollowUpJson.ReadSimulationScript(text);
                    problems = [];
                    break;
            }

            return ResponseDocuments.Validation(kind, problems.Select(p => new ProblemItem("body", InputProblems.Rebase(p.Path, "$"), p.Value.Length > 0 ? p.Value : null, p.Message)).ToList());
        }
        catch (FollowUpInputException error)
        {
            return ResponseDocuments.Validation(kind, InputProblems.From(error, body, "$").Problems);
        }
        catch (ServiceProblem problem) when (problem.Type == ProblemTypes.UnreadableDocument)
        {
            return ResponseDocuments.Validation(kind, problem.Problems);
        }
    });

    /// <summary><c>GET /v1/profiles</c>.</summary>
    public Task Profiles(HttpContext context) => Answer(context, () => Task.FromResult<ResponseBody>(_profiles.Value));

    /// <summary><c>GET /v1/profiles/{name}</c>: every setting of one profile.</summary>
    public Task Profile(HttpContext context, string name) => Answer(context, () =>
        Task.FromResult(ResponseDocuments.Rent(writer => FollowUpJson.WriteProfile(writer, Named(name, "route", "name").Profile))));

    /// <summary><c>GET /v1/rules</c>.</summary>
    public Task Rules(HttpContext context) => Answer(context, () => Task.FromResult<ResponseBody>(_rules.Value));

    /// <summary><c>GET /v1/rules/{id}</c>.</summary>
    public static Task Rule(HttpContext context, string id) => Answer(context, () =>
    {
        var rule = ResponseDocuments.FindRule(id)
            ?? throw ServiceProblem.NotFound(ProblemTypes.UnknownRule, "No such rule", "id", id, "'" + id + "' is not a catalogued rule; the IDs run ETQ-01..12, EML-01..05, PHN-01..11, RCR-01..20, CBR-01..08 and FUR-01..16 (GET v1/rules lists them)");
        return Task.FromResult(ResponseDocuments.Rule(rule));
    });

    /// <summary><c>GET /health</c>: the default policy decides, so a broken configuration shows.</summary>
    public Task Health(HttpContext context) => Answer(context, () =>
        Task.FromResult(ResponseDocuments.Rent(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("status", "healthy");
            writer.WriteString("defaultProfile", Policies.Default.Profile.Name);
            writer.WriteEndObject();
        })));

    private static async Task Answer(HttpContext context, Func<Task<ResponseBody>> handle)
    {
        ResponseBody body;
        try
        {
            body = await handle().ConfigureAwait(false);
        }
        catch (ServiceProblem problem)
        {
            await ProblemResponse.WriteAsync(context, problem).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        try
        {
            await response.Body.WriteAsync(body.Memory, context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            body.Release();
        }
    }

    private async Task<CaseRequest> ReadCaseRequest(HttpContext context, string? profile, params string[] envelopeFields)
    {
        var body = await RequestInput.ReadJsonAsync(context, _options.MaxRequestBodyBytes).ConfigureAwait(false);
        var envelope = Envelope.IsEnvelope(body) ? Envelope.Read(body, envelopeFields) : null;
        var casePath = envelope is null ? "$" : "$.case";
        FollowUpCase followUp;
        try
        {
            followUp = envelope is null ? FollowUpJson.ReadCase(body) : FollowUpJson.ReadCase(envelope.CaseJson);
        }
        catch (FollowUpInputException error)
        {
            throw InputProblems.From(error, body, casePath);
        }

        if (followUp.Attempts.Count > _options.MaxAttempts)
        {
            throw ServiceProblem.Body(ProblemTypes.TooManyAttempts, "The case has too many attempts", casePath + ".attempts", followUp.Attempts.Count.ToString(CultureInfo.InvariantCulture) + " attempts", AttemptLimit());
        }

        var policy = (profile, envelope?.Profile) switch
        {
            (not null, not null) => throw ServiceProblem.Parameter("query", "profile", profile, "the body's envelope names a profile too (at $.profile); give it once"),
            (not null, null) => Named(profile, "query", "profile"),
            (null, { ValueKind: JsonValueKind.String } name) => Named(name.GetString()!, "body", "$.profile"),
            (null, { } document) => FromDocument(document, body),
            _ => Policies.Default,
        };
        return new CaseRequest(body, envelope, followUp, policy, casePath);
    }

    private string AttemptLimit() => "this service accepts at most " + _options.MaxAttempts.ToString("N0", CultureInfo.InvariantCulture) + " attempts in a case";

    private IFollowUpPolicy Named(string name, string where, string path) =>
        Policies.TryGet(name, out var policy)
            ? policy
            : throw new ServiceProblem(
                StatusCodes.Status404NotFound,
                ProblemTypes.UnknownProfile,
                "No such profile",
                "'" + name + "' is not a profile of this service; use one of " + Policies.KnownNames() + ", or send a profile document",
                [new ProblemItem(where, path, name, "not a profile of this service; use one of " + Policies.KnownNames())]);

    private static FollowUpPolicy FromDocument(JsonElement document, byte[] body)
    {
        try
        {
            return FollowUpPolicy.Create(FollowUpJson.ReadProfile(document.GetRawText()));
        }
        catch (FollowUpInputException error)
        {
            throw InputProblems.From(error, body, "$.profile");
        }
    }

    /// <summary>What a document is, from its top-level field names: <c>case</c>, <c>profile</c>, <c>decision</c>, <c>outcomes</c>; null when none of these.</summary>
    private static string? DocumentKind(byte[] body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var broken = false;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                names.Add(reader.GetString()!);
                reader.Skip();
            }
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            // Unreadable JSON is reported by the reader of the kind seen so far (a case's when none), with its path.
            broken = true;
        }

        return names.Contains("interview") ? "case"
            : names.Contains("kind") ? "decision"
            : names.Contains("name") || names.Contains("basedOn") ? "profile"
            : names.Contains("default") || names.Contains("byKind") || names.Contains("steps") ? "outcomes"
            : broken ? "case" : null;
    }

    /// <summary>A request about a case: the body, its envelope if any, the case and the policy to answer with.</summary>
    private sealed record CaseRequest(byte[] Body, Envelope? Envelope, FollowUpCase Case, IFollowUpPolicy Policy, string CasePath)
    {
        /// <summary>Runs a policy call, turning an invalid case into a problem that points into the body.</summary>
        public T Checked<T>(Func<T> call)
        {
            try
            {
                return call();
            }
            catch (FollowUpInputException error)
            {
                throw InputProblems.From(error, Body, CasePath);
            }
        }
    }
}
