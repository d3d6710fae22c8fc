using Microsoft.Extensions.Options;

namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>Builds each named policy once, from its configuration steps, when its options are first created.</summary>
/// <remarks>A configuration error (an invalid profile, a strategy that is not there to replace, a
/// dependency the container cannot supply) is kept, not thrown, so that <see cref="PolicyValidation"/>
/// reports it through the options validation a host runs on start.</remarks>
internal sealed class PolicyAssembly(IServiceProvider services) : IPostConfigureOptions<PolicyRegistration>
{
    public void PostConfigure(string? name, PolicyRegistration options)
    {
        var builder = new FollowUpPolicyBuilder();
        try
        {
            foreach (var step in options.Steps)
            {
                step(services, builder);
            }

            options.Policy = builder.Build();
        }
        catch (Exception error) when (error is InvalidProfileException or InvalidOperationException or ArgumentException)
        {
            options.Error = error;
        }
    }
}
