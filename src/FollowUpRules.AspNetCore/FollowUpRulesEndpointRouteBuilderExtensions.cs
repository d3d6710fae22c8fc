using System.Diagnostics.CodeAnalysis;
using FollowUpRules.AspNetCore;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the FollowUpRules HTTP service.</summary>
public static class FollowUpRulesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the FollowUpRules endpoints under <paramref name="prefix"/>: <c>POST v1/decide</c>,
    /// <c>v1/windows</c>, <c>v1/script</c>, <c>v1/simulate</c>, <c>v1/validate</c>; <c>GET v1/profiles</c>,
    /// <c>v1/profiles/{name}</c>, <c>v1/rules</c>, <c>v1/rules/{id}</c>, <c>health</c>; and the page at the
    /// group's root (unless <see cref="FollowUpServiceOptions.ServePage"/> is off).
    /// </summary>
    /// <param name="endpoints">The application or another route builder.</param>
    /// <param name="prefix">The route prefix, such as <c>/followup</c>; empty for the root.</param>
    /// <returns>
    /// The route group, for the host's own conventions: <c>.RequireAuthorization()</c>,
    /// <c>.RequireRateLimiting("policy")</c>, <c>.RequireCors("policy")</c>. <c>GET health</c> allows
    /// anonymous callers, so a load balancer can probe a secured group.
    /// </returns>
    /// <exception cref="InvalidOperationException"><c>services.AddFollowUpRulesService()</c> was not called.</exception>
    /// <exception cref="FollowUpServiceOptionsException">The service's options are out of range.</exception>
    /// <remarks>Every answer is JSON, and every refusal an RFC 9457 problem (<c>application/problem+json</c>)
    /// naming each offending field by its <c>$.</c>-path, with its value: 400 for bad input, 404 for an
    /// unknown profile or rule, 413 for a body over the limit, 415 for a body that is not JSON. See
    /// docs/service.md.</remarks>
    public static RouteGroupBuilder MapFollowUpRules(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var service = endpoints.ServiceProvider.GetService<FollowUpService>()
            ?? throw new InvalidOperationException("MapFollowUpRules needs the service's registrations: call builder.Services.AddFollowUpRulesService() first.");
        var page = endpoints.ServiceProvider.GetRequiredService<PageAssets>();

        var group = endpoints.MapGroup(prefix);
        FollowUpEndpoints.Map(group, service, page);
        return group;
    }
}
