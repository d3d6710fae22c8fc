using Microsoft.Extensions.Options;

namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>Fails the options of a policy that could not be built, with the builder's own message (for an invalid profile, one message listing every bad setting).</summary>
internal sealed class PolicyValidation : IValidateOptions<PolicyRegistration>
{
    public ValidateOptionsResult Validate(string? name, PolicyRegistration options) =>
        options.Error is { } error
            ? ValidateOptionsResult.Fail(PolicyNames.Describe(name ?? string.Empty) + " cannot be built: " + error.Message)
            : ValidateOptionsResult.Success;
}
