using FollowUpRules.Extensions.DependencyInjection;
using FollowUpRules;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers FollowUpRules with a service collection.</summary>
/// <remarks>
/// <para>What is registered, all with <c>TryAdd</c> so a host's own registration wins:</para>
/// <list type="bullet">
/// <item><see cref="IFollowUpPolicyProvider"/>, singleton: every registered policy by name.</item>
/// <item><see cref="IFollowUpPolicy"/>, singleton: the default policy (the default profile unless configured).
/// A host that registers its own <see cref="IFollowUpPolicy"/> (before or after this call) replaces it
/// everywhere: <see cref="IFollowUpPolicyProvider.DefaultPolicy"/>, <c>GetPolicy("")</c> and
/// <see cref="FollowUpAdvisor"/> use the container's <see cref="IFollowUpPolicy"/>, so there is one default.</item>
/// <item><see cref="IFollowUpPolicy"/> keyed by each name given to <c>AddFollowUpPolicy</c>, singleton.</item>
/// <item><see cref="IClock"/>, singleton: <see cref="SystemClock.Instance"/>.</item>
/// <item><see cref="FollowUpAdvisor"/>, singleton: decides "now" with that clock.</item>
/// </list>
/// <para>Every registered policy is built and validated when the host starts (options
/// <c>ValidateOnStart</c>); without a host, on first resolution. An invalid configuration throws
/// <see cref="OptionsValidationException"/> whose message is the core's: one message listing
/// every bad setting with its value.</para>
/// </remarks>
public static class FollowUpRulesServiceCollectionExtensions
{
    /// <summary>Registers FollowUpRules and configures the default policy. Safe to call more than once: later steps follow earlier ones.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the default policy; leave out for the default profile with every built-in strategy.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddFollowUpRules(this IServiceCollection services, Action<FollowUpPolicyConfiguration>? configure = null)
    {
        AddCore(services);
        if (configure is not null)
        {
            AddSteps(services, Options.Options.DefaultName, configure);
        }

        return services;
    }

    /// <summary>Registers a named policy, for hosts serving several clients or agencies; resolve it with <see cref="IFollowUpPolicyProvider.GetPolicy"/> or as a keyed <see cref="IFollowUpPolicy"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The policy's name: not empty, compared ordinally.</param>
    /// <param name="configure">Configures the policy; it starts from the default profile.</param>
    /// <returns>The services.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or blank.</exception>
    public static IServiceCollection AddFollowUpPolicy(this IServiceCollection services, string name, Action<FollowUpPolicyConfiguration> configure)
    {
        Guard.NotNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"A policy name must not be blank; got \"{name}\". The default policy is configured with AddFollowUpRules.", nameof(name));
        }

        Guard.NotNull(configure);
        AddCore(services);
        AddSteps(services, name, configure);
        services.TryAddKeyedSingleton<IFollowUpPolicy>(name, (provider, _) => provider.GetRequiredService<IFollowUpPolicyProvider>().GetPolicy(name));
        return services;
    }

    private static void AddCore(IServiceCollection services)
    {
        Guard.NotNull(services);
        services.AddOptions();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<IFollowUpPolicyProvider, FollowUpPolicyProvider>();
        // The configured default, unless the host registered its own IFollowUpPolicy (before or after):
        // the provider and the advisor take whichever the container resolves, so there is one default.
        services.TryAddSingleton<IFollowUpPolicy>(provider => FollowUpPolicyProvider.Built(provider.GetRequiredService<IOptionsMonitor<PolicyRegistration>>(), Options.Options.DefaultName));
        services.TryAddSingleton<FollowUpAdvisor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<PolicyRegistration>, PolicyAssembly>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PolicyRegistration>, PolicyValidation>());
        if (Names(services) is null)
        {
            services.AddSingleton(new PolicyNames());
            services.AddOptions<PolicyRegistration>(Options.Options.DefaultName).ValidateOnStart();
        }
    }

    private static void AddSteps(IServiceCollection services, string name, Action<FollowUpPolicyConfiguration> configure)
    {
        var names = Names(services)!;
        if (!names.Contains(name))
        {
            names.Add(name);
            services.AddOptions<PolicyRegistration>(name).ValidateOnStart();
        }

        var steps = new List<Action<IServiceProvider, FollowUpPolicyBuilder>>();
        configure(new FollowUpPolicyConfiguration(name, steps));
        services.Configure<PolicyRegistration>(name, registration => registration.Steps.AddRange(steps));
    }

    private static PolicyNames? Names(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(PolicyNames) && !descriptor.IsKeyedService && descriptor.ImplementationInstance is PolicyNames names)
            {
                return names;
            }
        }

        return null;
    }
}
