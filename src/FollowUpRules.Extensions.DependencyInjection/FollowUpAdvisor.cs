using NodaTime;

namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>
/// Decides "now": the registered policies with the registered <see cref="IClock"/>. The policies
/// themselves never read a clock; this service is the one place a host's clock meets them, so a
/// test can replace <see cref="IClock"/> and get repeatable decisions.
/// </summary>
public sealed class FollowUpAdvisor
{
    private readonly IFollowUpPolicyProvider _policies;
    private readonly IClock _clock;

    /// <summary>Initializes a new instance of the <see cref="FollowUpAdvisor"/> class.</summary>
    /// <param name="policies">The registered policies.</param>
    /// <param name="clock">The clock that says what "now" is.</param>
    public FollowUpAdvisor(IFollowUpPolicyProvider policies, IClock clock)
    {
        _policies = Guard.NotNull(policies);
        _clock = Guard.NotNull(clock);
    }

    /// <summary>Gets the current instant from the registered clock.</summary>
    public Instant Now => _clock.GetCurrentInstant();

    /// <summary>Decides the next action for <paramref name="followUpCase"/> now, with the default policy.</summary>
    /// <param name="followUpCase">The case.</param>
    /// <returns>The next action.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid.</exception>
    public NextAction DecideNow(FollowUpCase followUpCase) => _policies.DefaultPolicy.Decide(followUpCase, Now);

    /// <summary>Decides the next action for <paramref name="followUpCase"/> now, with a named policy.</summary>
    /// <param name="followUpCase">The case.</param>
    /// <param name="policyName">The policy's registered name.</param>
    /// <returns>The next action.</returns>
    /// <exception cref="KeyNotFoundException">No policy of that name is registered.</exception>
    /// <exception cref="InvalidCaseException">The case is invalid.</exception>
    public NextAction DecideNow(FollowUpCase followUpCase, string policyName) => _policies.GetPolicy(policyName).Decide(followUpCase, Now);
}
