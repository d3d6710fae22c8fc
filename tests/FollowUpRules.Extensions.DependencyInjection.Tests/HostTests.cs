using FluentAssertions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FollowUpRules.Extensions.DependencyInjection.Tests;

/// <summary>A real generic host: configuration is checked when the host starts, not on the first decision.</summary>
public sealed class HostTests
{
    private static IHost BuildHost(Action<IServiceCollection> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        register(builder.Services);
        return builder.Build();
    }

    [Fact]
    public async Task StartAsync_InvalidNamedProfile_FailsToStart()
    {
        using var host = BuildHost(s => s
            .AddFollowUpRules()
            .AddFollowUpPolicy("agency-x", p => p.ConfigureProfile(profile => profile with { MaxAttempts = -1 })));

        var start = () => host.StartAsync(TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().StartWith("Follow-up policy 'agency-x' cannot be built: ").And.Contain("maxAttempts = -1");
    }

    [Fact]
    public async Task StartAsync_InvalidDefaultProfile_FailsToStart()
    {
        using var host = BuildHost(s => s.AddFollowUpRules(p => p.ConfigureProfile(profile => profile with { MaxVoicemails = -1 })));

        var start = () => host.StartAsync(TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().StartWith("The default follow-up policy cannot be built: ");
    }

    [Fact]
    public async Task StartAsync_ValidConfiguration_StartsAndServesEveryPolicy()
    {
        using var host = BuildHost(s => s
            .AddFollowUpRules(p => p.UseProfile("etq"))
            .AddFollowUpPolicy("agency-x", p => p.UseProfile("rcr")));

        await host.StartAsync(TestContext.Current.CancellationToken);

        host.Services.GetRequiredService<IFollowUpPolicy>().Profile.Name.Should().Be("etq");
        host.Services.GetRequiredKeyedService<IFollowUpPolicy>("agency-x").Profile.Name.Should().Be("rcr");
        await host.StopAsync(TestContext.Current.CancellationToken);
    }
}
