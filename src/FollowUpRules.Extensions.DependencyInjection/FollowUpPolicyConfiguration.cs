using FollowUpRules.Strategies;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>
/// Describes one policy for the container: its profile, its settings and its strategies. Each call
/// records a step; the steps run in order on a fresh <see cref="FollowUpPolicyBuilder"/> when the
/// policy is first needed or when the host starts, whichever comes first.
/// </summary>
/// <remarks>
/// <para>Order matters as it does on <see cref="FollowUpPolicyBuilder"/>: choose the profile before
/// changing its settings, and remove or replace a strategy before inserting next to it.</para>
/// <para>Calling <c>AddFollowUpRules</c> or <c>AddFollowUpPolicy</c> again for the same name adds
/// further steps after the earlier ones.</para>
/// </remarks>
public sealed class FollowUpPolicyConfiguration
{
    private readonly List<Action<IServiceProvider, FollowUpPolicyBuilder>> _steps;

    internal FollowUpPolicyConfiguration(string name, List<Action<IServiceProvider, FollowUpPolicyBuilder>> steps)
    {
        Name = name;
        _steps = steps;
    }

    /// <summary>Gets the name of the policy being configured (empty for the default policy).</summary>
    public string Name { get; }

    /// <summary>Starts from a built-in profile by name.</summary>
    /// <param name="profileName">One of <c>default</c>, <c>etq</c>, <c>eml</c>, <c>phn</c>, <c>rcr</c>, <c>cbr</c>.</param>
    /// <returns>This configuration.</returns>
    /// <exception cref="ArgumentException"><paramref name="profileName"/> is not a built-in profile (reported when the policy is built).</exception>
    public FollowUpPolicyConfiguration UseProfile(string profileName)
    {
        FollowUpRules.Guard.NotNull(profileName);
        return Step((_, builder) => builder.Profile = FollowUpProfiles.Get(profileName));
    }

    /// <summary>Starts from <paramref name="profile"/>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration UseProfile(FollowUpProfile profile)
    {
        FollowUpRules.Guard.NotNull(profile);
        return Step((_, builder) => builder.Profile = profile);
    }

    /// <summary>Changes settings of the profile chosen so far.</summary>
    /// <param name="change">Returns the changed profile, typically with a <c>with</c> expression.</param>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration ConfigureProfile(Func<FollowUpProfile, FollowUpProfile> change)
    {
        FollowUpRules.Guard.NotNull(change);
        return Step((_, builder) => builder.ConfigureProfile(change));
    }

    /// <summary>Adds a strategy built from the container: its constructor's parameters are resolved from the services, and a registered <typeparamref name="TStrategy"/> is used as is.</summary>
    /// <typeparam name="TStrategy">The strategy type.</typeparam>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration Add<TStrategy>()
        where TStrategy : FollowUpStrategy =>
        Step((services, builder) => builder.Add(Create<TStrategy>(services)));

    /// <summary>Adds a strategy instance.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration Add(FollowUpStrategy strategy)
    {
        FollowUpRules.Guard.NotNull(strategy);
        return Step((_, builder) => builder.Add(strategy));
    }

    /// <summary>Inserts a strategy built from the container before the first strategy of type <typeparamref name="TExisting"/>.</summary>
    /// <typeparam name="TExisting">The strategy to insert before.</typeparam>
    /// <typeparam name="TStrategy">The strategy type to build and insert.</typeparam>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration InsertBefore<TExisting, TStrategy>()
        where TExisting : FollowUpStrategy
        where TStrategy : FollowUpStrategy =>
        Step((services, builder) => builder.InsertBefore<TExisting>(Create<TStrategy>(services)));

    /// <summary>Inserts a strategy built from the container after the first strategy of type <typeparamref name="TExisting"/>.</summary>
    /// <typeparam name="TExisting">The strategy to insert after.</typeparam>
    /// <typeparam name="TStrategy">The strategy type to build and insert.</typeparam>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration InsertAfter<TExisting, TStrategy>()
        where TExisting : FollowUpStrategy
        where TStrategy : FollowUpStrategy =>
        Step((services, builder) => builder.InsertAfter<TExisting>(Create<TStrategy>(services)));

    /// <summary>Removes every strategy of type <typeparamref name="TStrategy"/>.</summary>
    /// <typeparam name="TStrategy">The strategy type.</typeparam>
    /// <returns>This configuration.</returns>
    /// <remarks>Removing a strategy the policy does not hold fails when the policy is built, with the builder's message.</remarks>
    public FollowUpPolicyConfiguration Remove<TStrategy>()
        where TStrategy : FollowUpStrategy =>
        Step((_, builder) => builder.Remove<TStrategy>());

    /// <summary>Replaces the strategy of type <typeparamref name="TExisting"/>, in its place, by one built from the container.</summary>
    /// <typeparam name="TExisting">The strategy to replace.</typeparam>
    /// <typeparam name="TStrategy">The replacement's type.</typeparam>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration Replace<TExisting, TStrategy>()
        where TExisting : FollowUpStrategy
        where TStrategy : FollowUpStrategy =>
        Step((services, builder) => builder.Replace<TExisting>(Create<TStrategy>(services)));

    /// <summary>Replaces the strategy of type <typeparamref name="TExisting"/>, in its place, by <paramref name="replacement"/>.</summary>
    /// <typeparam name="TExisting">The strategy to replace.</typeparam>
    /// <param name="replacement">The replacement.</param>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration Replace<TExisting>(FollowUpStrategy replacement)
        where TExisting : FollowUpStrategy
    {
        FollowUpRules.Guard.NotNull(replacement);
        return Step((_, builder) => builder.Replace<TExisting>(replacement));
    }

    /// <summary>Supplies public holidays from a calendar built from the container (a registered <typeparamref name="TCalendar"/> is used as is).</summary>
    /// <typeparam name="TCalendar">The calendar type.</typeparam>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration UseHolidayCalendar<TCalendar>()
        where TCalendar : class, IHolidayCalendar =>
        Step((services, builder) => builder.UseHolidayCalendar(ActivatorUtilities.GetServiceOrCreateInstance<TCalendar>(services)));

    /// <summary>Supplies public holidays from <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration UseHolidayCalendar(IHolidayCalendar calendar)
    {
        FollowUpRules.Guard.NotNull(calendar);
        return Step((_, builder) => builder.UseHolidayCalendar(calendar));
    }

    /// <summary>Uses another source of time-zone rules than tzdb.</summary>
    /// <param name="provider">The provider.</param>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration UseTimeZones(IDateTimeZoneProvider provider)
    {
        FollowUpRules.Guard.NotNull(provider);
        return Step((_, builder) => builder.UseTimeZones(provider));
    }

    /// <summary>Runs any change on the policy builder, with the container at hand.</summary>
    /// <param name="configure">The change.</param>
    /// <returns>This configuration.</returns>
    public FollowUpPolicyConfiguration Configure(Action<IServiceProvider, FollowUpPolicyBuilder> configure)
    {
        FollowUpRules.Guard.NotNull(configure);
        return Step(configure);
    }

    private static TStrategy Create<TStrategy>(IServiceProvider services)
        where TStrategy : FollowUpStrategy =>
        ActivatorUtilities.GetServiceOrCreateInstance<TStrategy>(services);

    private FollowUpPolicyConfiguration Step(Action<IServiceProvider, FollowUpPolicyBuilder> step)
    {
        _steps.Add(step);
        return this;
    }
}
