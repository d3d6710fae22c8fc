using FollowUpRules.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the FollowUpRules HTTP service.</summary>
public static class FollowUpRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <c>app.MapFollowUpRules()</c> needs: the service's options, the policies it answers
    /// with, and the clock that gives "now" when a request names none (a registered NodaTime
    /// <see cref="IClock"/>, else <see cref="SystemClock.Instance"/>). Safe to call more than once:
    /// each <paramref name="configure"/> runs, in order, as options configuration does.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes the limits or adds policies; leave out for the defaults.</param>
    /// <returns>The services.</returns>
    /// <remarks>The options are checked when the service is first resolved (at the latest when
    /// <c>MapFollowUpRules</c> runs): a <see cref="FollowUpServiceOptionsException"/> lists every bad setting.</remarks>
    public static IServiceCollection AddFollowUpRulesService(this IServiceCollection services, Action<FollowUpServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRouting();
        var options = services.AddOptions<FollowUpServiceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new PolicyCatalog(provider.GetRequiredService<IOptions<FollowUpServiceOptions>>().Value, provider));
        services.TryAddSingleton(provider => new FollowUpService(
            provider.GetRequiredService<IOptions<FollowUpServiceOptions>>().Value,
            provider.GetService<IClock>() ?? SystemClock.Instance,
            provider.GetRequiredService<PolicyCatalog>()));
        services.TryAddSingleton(_ => PageAssets.Load());
        return services;
    }
}
