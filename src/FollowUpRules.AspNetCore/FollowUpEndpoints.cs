using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FollowUpRules.AspNetCore;

/// <summary>
/// Describes one endpoint for the OpenAPI description: its operation id, the schema of its body (if
/// any) and of its answer, named as in the package's schemas.
/// </summary>
/// <param name="OperationId">The operation's id, such as <c>decide</c>.</param>
/// <param name="RequestSchema">The body's schema, or null when the endpoint takes no body.</param>
/// <param name="ResponseSchema">The schema of the 200 answer.</param>
internal sealed record FollowUpOperation(string OperationId, string? RequestSchema, string ResponseSchema);

/// <summary>The endpoints and their metadata.</summary>
internal static class FollowUpEndpoints
{
    public const string Tag = "FollowUpRules";

    public static void Map(RouteGroupBuilder group, FollowUpService service, PageAssets page)
    {
        Post(group, "/v1/decide", (HttpContext context, string? now, string? profile, string? script) => service.Decide(context, now, profile, script))
            .Describe(new("decide", "CaseRequest", "Decision"), "Decide the next action for a case", "The body is a case document (docs/json.md), or an envelope { \"case\", \"profile\" } whose profile is a name or a profile document. The answer is the decision document, with its script unless script=false. now defaults to the server's clock.");
        Post(group, "/v1/windows", (HttpContext context, string? from, string? count, string? profile) => service.Windows(context, from, count, profile))
            .Describe(new("windows", "CaseRequest", "Windows"), "Find the next call windows", "The next call windows from 'from' (default now) for the person the policy would call, in the office's time zone, at most 'count' (1 to 100, default 10).");
        Post(group, "/v1/script", (HttpContext context, string? now, string? profile) => service.Script(context, now, profile))
            .Describe(new("script", "ScriptRequest", "Script"), "Render what to say or write", "The script for the next action at 'now', or for the decision sent as \"decision\" in an envelope.");
        Post(group, "/v1/simulate", (HttpContext context, string? now, string? profile, string? maxSteps) => service.Simulate(context, now, profile, maxSteps))
            .Describe(new("simulate", "SimulateRequest", "Transcript"), "Play the follow-up forward", "Decides, moves time to the action, records the answer the outcome script gives (by default nobody answers), and decides again, until a stop or maxSteps.");
        Post(group, "/v1/validate", (HttpContext context, string? now, string? profile) => service.Validate(context, now, profile))
            .Describe(new("validate", "AnyDocument", "Validation"), "Check a document", "Reports every problem of a case, a profile, a decision or an outcome script. The answer is 200 with valid true or false; problem details only for a request that cannot be handled (not JSON, too large).");

        group.MapGet("/v1/profiles", (Delegate)((HttpContext context) => service.Profiles(context)))
            .Describe(new("listProfiles", null, "ProfileList"), "List the profiles", "Every profile this service answers with, each with all its settings.");
        group.MapGet("/v1/profiles/{name}", (HttpContext context, string name) => service.Profile(context, name))
            .Describe(new("getProfile", null, "Profile"), "Show one profile", "All settings of one profile; 404 when there is none of that name.");
        group.MapGet("/v1/rules", (Delegate)((HttpContext context) => service.Rules(context)))
            .Describe(new("listRules", null, "RuleList"), "List the catalogued rules", "Every rule of the five articles and the library's own, with the strategies implementing it and the profiles using it.");
        group.MapGet("/v1/rules/{id}", (HttpContext context, string id) => FollowUpService.Rule(context, id))
            .Describe(new("getRule", null, "Rule"), "Explain one rule", "What a rule says, which strategies implement it, which profiles use it; 404 for an unknown ID.");
        group.MapGet("/health", (Delegate)((HttpContext context) => service.Health(context)))
            .Describe(new("health", null, "Health"), "Check the service", "200 when the service answers and its default policy is built.")
            .AllowAnonymous();

        if (service.Options.ServePage)
        {
            group.MapGet("/", page.ServeIndex).ExcludeFromDescription();
            group.MapGet("/page/{*file}", (HttpContext context, string file) => page.Serve(context, file)).ExcludeFromDescription();
        }
    }

    private static RouteHandlerBuilder Post(RouteGroupBuilder group, string pattern, Delegate handler) =>
        // No Accepts metadata: routing would answer a body of another type with a bare 415 before
        // the handler could say what to send; the handler checks the media type itself.
        group.MapPost(pattern, handler)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static RouteHandlerBuilder Describe(this RouteHandlerBuilder builder, FollowUpOperation operation, string summary, string description)
    {
        builder
            .WithTags(Tag)
            .WithSummary(summary)
            .WithDescription(description)
            .WithMetadata(operation)
            .Produces(StatusCodes.Status200OK, responseType: null, contentType: "application/json");
        if (operation.RequestSchema is not null)
        {
            builder.ProducesProblem(StatusCodes.Status400BadRequest);
        }

        if (operation.OperationId is not ("listProfiles" or "listRules" or "health"))
        {
            builder.ProducesProblem(StatusCodes.Status404NotFound);
        }

        return builder;
    }
}
