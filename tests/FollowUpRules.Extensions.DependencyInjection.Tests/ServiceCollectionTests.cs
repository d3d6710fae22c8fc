using FluentAssertions;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Strategies.Windows;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace FollowUpRules.Extensions.DependencyInjection.Tests;

public sealed class ServiceCollectionTests
{
    private static readonly CaseBuilder Builder = CaseBuilder.London();
    private static readonly Instant Tuesday8 = Builder.At(2026, 3, 24, 8, 0);

    /// <summary>A host service the custom rule depends on: the agency's own no-call days.</summary>
    public sealed class AgencyCalendar
    {
        public IsoDayOfWeek NoCallDay { get; init; } = IsoDayOfWeek.Tuesday;
    }

    /// <summary>A host's window rule whose setting comes from the container.</summary>
    public sealed class AgencyNoCallDay(AgencyCalendar calendar) : CallWindowStrategy
    {
        public static readonly FollowUpReason NoCalls = new(RuleId.Parse("AGY-01"), "The agency asks candidates not to call on its no-call day.");

        public override StrategyDescriptor Descriptor { get; } = new(nameof(AgencyNoCallDay), "Keeps calls off the agency's no-call day.", [RuleId.Parse("AGY-01")], [NoCalls]);

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            block = TimeOfDayRange.WholeDay;
            return day.DayOfWeek == calendar.NoCallDay;
        }
    }

    /// <summary>Holidays from the host: every 24 March.</summary>
    public sealed class MarchHoliday : IHolidayCalendar
    {
        public bool IsHoliday(EmployerOffice office, LocalDate day) => day.Month == 3 && day.Day == 24;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private static ServiceProvider Build(Action<IServiceCollection> register) =>
        Build(register, validate: true);

    private static ServiceProvider Build(Action<IServiceCollection> register, bool validate)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = validate, ValidateScopes = validate });
    }

    [Fact]
    public void AddFollowUpRules_NoConfiguration_ResolvesTheDefaultProfile()
    {
        using var provider = Build(s => s.AddFollowUpRules());

        var policy = provider.GetRequiredService<IFollowUpPolicy>();

        policy.Profile.Should().Be(FollowUpProfiles.Default);
        policy.Decide(Builder.Build(), Tuesday8).Should().Be(FollowUpPolicy.Create(FollowUpProfiles.Default).Decide(Builder.Build(), Tuesday8));
    }

    [Fact]
    public void AddFollowUpRules_ResolvedTwice_GivesTheSameInstance()
    {
        using var provider = Build(s => s.AddFollowUpRules());

        provider.GetRequiredService<IFollowUpPolicy>().Should().BeSameAs(provider.GetRequiredService<IFollowUpPolicy>());
        provider.GetRequiredService<IFollowUpPolicyProvider>().DefaultPolicy.Should().BeSameAs(provider.GetRequiredService<IFollowUpPolicy>());
    }

    [Fact]
    public void AddFollowUpRules_ProfileAndSetting_AreApplied()
    {
        using var provider = Build(s => s.AddFollowUpRules(p => p.UseProfile("phn").ConfigureProfile(profile => profile with { MaxAttempts = 2 })));

        var profile = provider.GetRequiredService<IFollowUpPolicy>().Profile;

        profile.Name.Should().Be("phn");
        profile.MaxAttempts.Should().Be(2);
    }

    [Fact]
    public void AddFollowUpRules_ProfileInstance_IsUsed()
    {
        var custom = FollowUpProfiles.Rcr with { Name = "agency-house-style" };
        using var provider = Build(s => s.AddFollowUpRules(p => p.UseProfile(custom)));

        provider.GetRequiredService<IFollowUpPolicy>().Profile.Should().Be(custom);
    }

    [Fact]
    public void AddFollowUpRules_CustomRuleWithInjectedDependency_IsBuiltFromTheContainer()
    {
        using var provider = Build(s => s
            .AddSingleton(new AgencyCalendar { NoCallDay = IsoDayOfWeek.Tuesday })
            .AddFollowUpRules(p => p.Add<AgencyNoCallDay>()));

        var policy = provider.GetRequiredService<IFollowUpPolicy>();
        var windows = policy.FindCallWindows(Builder.Build(), Tuesday8, 5);

        policy.Strategies.Windows.Select(r => r.Name).Should().Contain(nameof(AgencyNoCallDay));
        windows.Should().NotBeEmpty().And.OnlyContain(w => w.LocalStart.DayOfWeek != IsoDayOfWeek.Tuesday);
    }

    [Fact]
    public void AddFollowUpRules_RemoveReplaceAndInsert_ChangeTheStrategies()
    {
        using var provider = Build(s => s
            .AddSingleton(new AgencyCalendar())
            .AddFollowUpRules(p => p
                .Remove<LunchBlackout>()
                .Replace<ThankYouFirst, StopOnOutcome>()
                .InsertAfter<StopOnOutcome, AgencyCallDayShim>()));

        var rules = provider.GetRequiredService<IFollowUpPolicy>().Strategies;

        rules.Windows.Select(r => r.Name).Should().NotContain(nameof(LunchBlackout));
        var decisions = rules.Decisions.Select(r => r.Name).ToList();
        decisions.Should().NotContain(nameof(ThankYouFirst));
        decisions.IndexOf(nameof(AgencyCallDayShim)).Should().Be(decisions.IndexOf(nameof(StopOnOutcome)) + 1);
    }

    /// <summary>A decision rule with a dependency, to insert next to a standard one.</summary>
    public sealed class AgencyCallDayShim(AgencyCalendar calendar) : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(AgencyCallDayShim), "Does nothing; proves the container built it with " + nameof(AgencyCalendar) + ".", [RuleId.Parse("AGY-02")]);

        public AgencyCalendar Calendar => calendar;

        public override void Apply(DecisionContext context, DecisionDraft draft)
        {
        }
    }

    [Fact]
    public void AddFollowUpRules_HolidayCalendarFromTheContainer_KeepsCallsOffItsDays()
    {
        using var provider = Build(s => s.AddFollowUpRules(p => p.UseHolidayCalendar<MarchHoliday>()));

        var windows = provider.GetRequiredService<IFollowUpPolicy>().FindCallWindows(Builder.Build(), Tuesday8, 3);

        windows.Should().OnlyContain(w => w.LocalStart.Date != new LocalDate(2026, 3, 24));
    }

    [Fact]
    public void AddFollowUpRules_CalledTwice_RegistersOnceAndAppliesBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddFollowUpRules(p => p.UseProfile("etq"));
        services.AddFollowUpRules(p => p.ConfigureProfile(profile => profile with { MaxAttempts = 4 }));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        services.Count(d => d.ServiceType == typeof(IFollowUpPolicy) && !d.IsKeyedService).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IFollowUpPolicyProvider)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(IClock)).Should().Be(1);
        var profile = provider.GetRequiredService<IFollowUpPolicy>().Profile;
        profile.Name.Should().Be("etq");
        profile.MaxAttempts.Should().Be(4);
    }

    [Fact]
    public void AddFollowUpRules_HostRegisteredPolicyFirst_KeepsTheHosts()
    {
        var mine = FollowUpPolicy.Create(FollowUpProfiles.Cbr);
        using var provider = Build(s => s.AddSingleton<IFollowUpPolicy>(mine).AddFollowUpRules());

        provider.GetRequiredService<IFollowUpPolicy>().Should().BeSameAs(mine);
    }

    [Fact]
    public void AddFollowUpPolicy_Named_ResolvesByKeyAndByProvider()
    {
        using var provider = Build(s => s
            .AddFollowUpRules()
            .AddFollowUpPolicy("agency-x", p => p.UseProfile("rcr"))
            .AddFollowUpPolicy("agency-y", p => p.UseProfile("cbr")));

        var x = provider.GetRequiredKeyedService<IFollowUpPolicy>("agency-x");
        var policies = provider.GetRequiredService<IFollowUpPolicyProvider>();

        x.Profile.Name.Should().Be("rcr");
        policies.GetPolicy("agency-x").Should().BeSameAs(x);
        policies.GetPolicy("agency-y").Profile.Name.Should().Be("cbr");
        policies.TryGetPolicy("agency-y", out var y).Should().BeTrue();
        y!.Profile.Name.Should().Be("cbr");
        policies.Names.Should().Equal(string.Empty, "agency-x", "agency-y");
        provider.GetRequiredService<IFollowUpPolicy>().Profile.Name.Should().Be("default");
    }

    [Fact]
    public void AddFollowUpPolicy_WithoutAddFollowUpRules_StillGivesTheDefaultPolicy()
    {
        using var provider = Build(s => s.AddFollowUpPolicy("agency-x", p => p.UseProfile("rcr")));

        provider.GetRequiredService<IFollowUpPolicy>().Profile.Name.Should().Be("default");
    }

    [Fact]
    public void GetPolicy_UnknownName_SaysHowToRegisterIt()
    {
        using var provider = Build(s => s.AddFollowUpPolicy("agency-x", p => p.UseProfile("rcr")));
        var policies = provider.GetRequiredService<IFollowUpPolicyProvider>();

        var get = () => policies.GetPolicy("agency-z");

        get.Should().Throw<KeyNotFoundException>().WithMessage(
            "No follow-up policy named 'agency-z' is registered. Register it with services.AddFollowUpPolicy(\"agency-z\", policy => policy.UseProfile(\"default\")); the registered names are \"\" (the default policy), \"agency-x\".");
        policies.TryGetPolicy("agency-z", out var none).Should().BeFalse();
        none.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AddFollowUpPolicy_BlankName_Throws(string name)
    {
        var add = () => new ServiceCollection().AddFollowUpPolicy(name, p => p.UseProfile("rcr"));

        add.Should().Throw<ArgumentException>().WithParameterName(nameof(name)).WithMessage("A policy name must not be blank*");
    }

    [Fact]
    public void Resolve_InvalidProfile_ThrowsTheCoresMessageListingEveryBadSetting()
    {
        using var provider = Build(s => s.AddFollowUpRules(p => p.ConfigureProfile(profile => profile with { MaxAttempts = -1, MaxVoicemails = -2 })));

        var resolve = () => provider.GetRequiredService<IFollowUpPolicy>();

        var expected = new FollowUpPolicyBuilder().ConfigureProfile(profile => profile with { MaxAttempts = -1, MaxVoicemails = -2 });
        var coreMessage = ((Action)(() => expected.Build())).Should().Throw<InvalidProfileException>().Which.Message;
        resolve.Should().Throw<OptionsValidationException>().Which.Message.Should().Be("The default follow-up policy cannot be built: " + coreMessage);
        coreMessage.Should().Contain("maxAttempts = -1").And.Contain("maxVoicemails");
    }

    [Fact]
    public void Resolve_UnknownProfileName_NamesThePolicyAndTheProfile()
    {
        using var provider = Build(s => s.AddFollowUpPolicy("agency-x", p => p.UseProfile("nope")));

        var resolve = () => provider.GetRequiredKeyedService<IFollowUpPolicy>("agency-x");

        resolve.Should().Throw<OptionsValidationException>().WithMessage("Follow-up policy 'agency-x' cannot be built: There is no built-in profile named 'nope'*");
    }

    [Fact]
    public void Resolve_CustomRuleWhoseDependencyIsMissing_FailsNamingTheDependency()
    {
        using var provider = Build(s => s.AddFollowUpRules(p => p.Add<AgencyNoCallDay>()));

        var resolve = () => provider.GetRequiredService<IFollowUpPolicy>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*cannot be built:*" + nameof(AgencyCalendar) + "*");
    }

    [Fact]
    public void IClock_ByDefault_IsTheSystemClock()
    {
        using var provider = Build(s => s.AddFollowUpRules());

        provider.GetRequiredService<IClock>().Should().BeSameAs(SystemClock.Instance);
    }

    [Fact]
    public void IClock_ReplacedByTheHost_IsWhatTheAdvisorUses()
    {
        var now = Builder.At(2026, 3, 24, 8, 0);
        using var before = Build(s => s.AddSingleton<IClock>(new FixedClock(now)).AddFollowUpRules());
        var after = new ServiceCollection().AddFollowUpRules();
        after.AddSingleton<IClock>(new FixedClock(now));
        using var afterProvider = after.BuildServiceProvider();

        foreach (var provider in new[] { before, afterProvider })
        {
            var advisor = provider.GetRequiredService<FollowUpAdvisor>();
            advisor.Now.Should().Be(now);
            advisor.DecideNow(Builder.Build()).Should().Be(provider.GetRequiredService<IFollowUpPolicy>().Decide(Builder.Build(), now));
        }
    }

    [Fact]
    public void FollowUpAdvisor_NamedPolicy_DecidesWithIt()
    {
        using var provider = Build(s => s
            .AddSingleton<IClock>(new FixedClock(Tuesday8))
            .AddFollowUpPolicy("phone-first", p => p.UseProfile("phn")));

        var advisor = provider.GetRequiredService<FollowUpAdvisor>();

        advisor.DecideNow(Builder.Build(), "phone-first").Should().Be(FollowUpPolicy.Create(FollowUpProfiles.Phn).Decide(Builder.Build(), Tuesday8));
        var unknown = () => advisor.DecideNow(Builder.Build(), "nope");
        unknown.Should().Throw<KeyNotFoundException>();
    }
}
