namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>The options object behind one named policy: the configuration steps, then (after post-configuration) the built policy or the error that prevented it.</summary>
internal sealed class PolicyRegistration
{
    public List<Action<IServiceProvider, FollowUpPolicyBuilder>> Steps { get; } = [];

    public FollowUpPolicy? Policy { get; set; }

    public Exception? Error { get; set; }
}
