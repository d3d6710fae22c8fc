using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace FollowUpRules.AspNetCore;

/// <summary>
/// The policies the service answers with, by profile name: those added to the options, the built-in
/// profiles, and keyed <see cref="IFollowUpPolicy"/> registrations of the container. Each built-in
/// policy is built once, on first use.
/// </summary>
internal sealed class PolicyCatalog
{
    private readonly IServiceProvider _services;
    private readonly Dictionary<string, IFollowUpPolicy> _added;
    private readonly Dictionary<string, Lazy<IFollowUpPolicy>> _builtIn;
    private readonly Lazy<IFollowUpPolicy> _default;

    public PolicyCatalog(FollowUpServiceOptions options, IServiceProvider services)
    {
        _services = services;
        _added = new Dictionary<string, IFollowUpPolicy>(options.Policies, StringComparer.Ordinal);
        _builtIn = FollowUpProfiles.All.ToDictionary(
            p => p.Name,
            p => new Lazy<IFollowUpPolicy>(() => FollowUpPolicy.Create(p), LazyThreadSafetyMode.ExecutionAndPublication),
            StringComparer.Ordinal);
        _default = new Lazy<IFollowUpPolicy>(
            () => services.GetService<IFollowUpPolicy>() ?? (_added.TryGetValue("default", out var added) ? added : FollowUpPolicy.Default),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the policy for requests that name no profile.</summary>
    public IFollowUpPolicy Default => _default.Value;

    /// <summary>Gets the profiles <c>GET /v1/profiles</c> lists: the built-in ones (or the added policy replacing each), then the other added ones, and the default policy's if it is none of these.</summary>
    public IReadOnlyList<FollowUpProfile> Listed()
    {
        var listed = new List<FollowUpProfile>();
        foreach (var profile in FollowUpProfiles.All)
        {
            listed.Add(_added.TryGetValue(profile.Name, out var replaced) ? replaced.Profile : profile);
        }

        foreach (var (name, policy) in _added)
        {
            if (!_builtIn.ContainsKey(name))
            {
                listed.Add(policy.Profile);
            }
        }

        return listed;
    }

    /// <summary>Finds the policy for a profile name.</summary>
    public bool TryGet(string name, [NotNullWhen(true)] out IFollowUpPolicy? policy)
    {
        if (_added.TryGetValue(name, out policy))
        {
            return true;
        }

        if (_builtIn.TryGetValue(name, out var builtIn))
        {
            policy = builtIn.Value;
            return true;
        }

        policy = _services is IKeyedServiceProvider keyed ? keyed.GetKeyedService(typeof(IFollowUpPolicy), name) as IFollowUpPolicy : null;
        return policy is not null;
    }

    /// <summary>The names a request may use, for the message of an unknown one.</summary>
    public string KnownNames() => string.Join(", ", Listed().Select(p => p.Name));
}
