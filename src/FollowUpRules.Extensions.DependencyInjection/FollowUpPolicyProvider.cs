using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>Resolves policies through the options cache, so each is built and validated once.</summary>
internal sealed class FollowUpPolicyProvider(IOptionsMonitor<PolicyRegistration> registrations, PolicyNames names) : IFollowUpPolicyProvider
{
    public IReadOnlyList<string> Names => names.Names;

    public IFollowUpPolicy DefaultPolicy => GetPolicy(string.Empty);

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
        if (!names.Contains(name))
        {
            policy = null;
            return false;
        }

        // Options validation has already run (and thrown) if the policy could not be built.
        policy = registrations.Get(name).Policy!;
        return true;
    }
}
