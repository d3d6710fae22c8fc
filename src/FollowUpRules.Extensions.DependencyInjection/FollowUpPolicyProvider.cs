using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>
/// Resolves policies through the options cache, so each is built and validated once. The default
/// policy is the container's <see cref="IFollowUpPolicy"/>: the configured one, or the host's own
/// when it registered one, so there is one default everywhere.
/// </summary>
internal sealed class FollowUpPolicyProvider(IOptionsMonitor<PolicyRegistration> registrations, PolicyNames names, IServiceProvider services) : IFollowUpPolicyProvider
{
    private IFollowUpPolicy? _default;

    public IReadOnlyList<string> Names => names.Names;

    // Resolved once: a host's policy is a singleton like the library's, and the advisor asks on every decision.
    public IFollowUpPolicy DefaultPolicy => _default ??= services.GetRequiredService<IFollowUpPolicy>();

    public IFollowUpPolicy GetPolicy(string name)
    {
        if (TryGetPolicy(name, out var policy))
        {
            return policy;
        }

        throw new KeyNotFoundException(
            $"No follow-up policy named '{name}' is registered. Register it with services.AddFollowUpPolicy(\"{name}\", policy => policy.UseProfile(\"default\")); "
            + $"the registered names are {string.Join(", ", names.Names.Select(n => n.Length == 0 ? "\"\" (the default policy)" : "\"" + n + "\""))}.");
    }

    public bool TryGetPolicy(string name, [NotNullWhen(true)] out IFollowUpPolicy? policy)
    {
        Guard.NotNull(name);
        if (name.Length == 0)
        {
            policy = DefaultPolicy;
            return true;
        }

        if (!names.Contains(name))
        {
            policy = null;
            return false;
        }

        policy = Built(registrations, name);
        return true;
    }

    /// <summary>The policy built from a name's configuration. Options validation has already run (and thrown) if it could not be built.</summary>
    internal static FollowUpPolicy Built(IOptionsMonitor<PolicyRegistration> registrations, string name) => registrations.Get(name).Policy!;
}
