using System.Diagnostics.CodeAnalysis;

namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>Gives the policies registered with <c>AddFollowUpRules</c> and <c>AddFollowUpPolicy</c>, by name.</summary>
/// <remarks>Each policy is built once, on first use or when the host starts, and then shared: policies are immutable and thread-safe.</remarks>
public interface IFollowUpPolicyProvider
{
    /// <summary>Gets the names of the registered policies; the default policy's name is the empty string.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>
    /// Gets the default policy: the container's <see cref="IFollowUpPolicy"/>, which is the one
    /// <c>AddFollowUpRules</c> configures (the default profile when nothing configured it), or the
    /// host's own when it registered an <see cref="IFollowUpPolicy"/>, before or after <c>AddFollowUpRules</c>.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">Its configuration is invalid.</exception>
    IFollowUpPolicy DefaultPolicy { get; }

    /// <summary>Gets a named policy.</summary>
    /// <param name="name">The name given to <c>AddFollowUpPolicy</c>; the empty string for the default policy.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="KeyNotFoundException">No policy of that name is registered; the message says how to register one.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">Its configuration is invalid.</exception>
    IFollowUpPolicy GetPolicy(string name);

    /// <summary>Gets a named policy if one is registered.</summary>
    /// <param name="name">The name given to <c>AddFollowUpPolicy</c>.</param>
    /// <param name="policy">The policy, when registered.</param>
    /// <returns><see langword="true"/> when a policy of that name is registered.</returns>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">It is registered but its configuration is invalid.</exception>
    bool TryGetPolicy(string name, [NotNullWhen(true)] out IFollowUpPolicy? policy);
}
