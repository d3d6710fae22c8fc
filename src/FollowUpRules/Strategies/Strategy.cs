using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// Small strategies made from a function, for the common things a host adds: keep calls off some
/// days or some hours, stop when something holds, wait until some moment. Each cites the host's own
/// reason (with the host's own rule ID, such as <c>ACME-01</c>).
/// </summary>
/// <example>
/// <code>
/// var noFridays = new FollowUpReason(RuleId.Parse("ACME-01"), "Acme never phones employers on a Friday.");
/// var policy = new FollowUpPolicyBuilder()
///     .Add(Strategy.BlockDays("NoCallsOnFridays", noFridays, day => day.DayOfWeek == IsoDayOfWeek.Friday))
///     .Build();
/// </code>
/// </example>
public static class Strategy
{
    /// <summary>A window strategy that keeps calls off every day for which <paramref name="blocks"/> is true.</summary>
    /// <param name="name">The strategy's name, as policies list it.</param>
    /// <param name="because">The reason the windows it shapes cite; its rule ID is the strategy's.</param>
    /// <param name="blocks">Whether to keep calls off the day.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException">The reason or the function is null.</exception>
    public static CallWindowStrategy BlockDays(string name, FollowUpReason because, Func<CallDay, bool> blocks)
    {
        Guard.NotNull(blocks);
        return new SpanBlock(Describe(name, "Keeps calls off some days.", because), day => blocks(day) ? TimeOfDayRange.WholeDay : null);
    }

    /// <summary>
    /// A window strategy that keeps calls out of one span of each day: the span <paramref name="span"/>
    /// gives for the day, or none when it gives <see langword="null"/>.
    /// </summary>
    /// <param name="name">The strategy's name, as policies list it.</param>
    /// <param name="because">The reason the windows it shapes cite; its rule ID is the strategy's.</param>
    /// <param name="span">The span to keep calls out of on a day, office-local, or <see langword="null"/>.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException">The reason or the function is null.</exception>
    public static CallWindowStrategy BlockSpan(string name, FollowUpReason because, Func<CallDay, TimeOfDayRange?> span) =>
        new SpanBlock(Describe(name, "Keeps calls out of part of some days.", because), Guard.NotNull(span));

    /// <summary>A decision strategy that stops the follow-up, for <paramref name="stopReason"/>, whenever <paramref name="when"/> is true.</summary>
    /// <param name="name">The strategy's name, as policies list it.</param>
    /// <param name="because">The reason the stop cites; its rule ID is the strategy's.</param>
    /// <param name="stopReason">Why the follow-up ends.</param>
    /// <param name="when">Whether to stop, given what the decision knows.</param>
    /// <returns>The strategy; add it where in the pipeline it belongs (<see cref="FollowUpPolicyBuilder.InsertBefore{TExisting}"/>).</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException">The reason or the function is null.</exception>
    public static DecisionStrategy StopWhen(string name, FollowUpReason because, StopReason stopReason, Func<DecisionContext, bool> when)
    {
        Guard.NotNull(when);
        return new DecisionStep(Describe(name, "Stops the follow-up when a condition of the host's holds.", because), (context, draft) =>
        {
            if (!draft.IsStopped && when(context))
            {
                draft.Stop(stopReason, because);
            }
        });
    }

    /// <summary>
    /// A decision strategy that holds the next contact until the instant <paramref name="until"/>
    /// gives, when it gives one later than the draft's earliest moment.
    /// </summary>
    /// <param name="name">The strategy's name, as policies list it.</param>
    /// <param name="because">The reason the wait cites; its rule ID is the strategy's.</param>
    /// <param name="until">The earliest instant the host allows, or <see langword="null"/> for no constraint.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentNullException">The reason or the function is null.</exception>
    public static DecisionStrategy WaitUntil(string name, FollowUpReason because, Func<DecisionContext, Instant?> until)
    {
        Guard.NotNull(until);
        return new DecisionStep(Describe(name, "Holds the next contact until a moment of the host's.", because), (context, draft) =>
        {
            if (!draft.IsStopped && until(context) is { } instant)
            {
                draft.NotBefore(instant, because);
            }
        });
    }

    private static StrategyDescriptor Describe(string name, string description, FollowUpReason because)
    {
        Guard.NotNull(because);
        return new StrategyDescriptor(name, description, [because.RuleId], [because]);
    }

    private sealed class SpanBlock(StrategyDescriptor descriptor, Func<CallDay, TimeOfDayRange?> span) : CallWindowStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = descriptor;

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            if (span(day) is { IsValid: true } blocked && blocked.EndsAfter(from))
            {
                block = blocked;
                return true;
            }

            block = default;
            return false;
        }
    }

    private sealed class DecisionStep(StrategyDescriptor descriptor, Action<DecisionContext, DecisionDraft> apply) : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = descriptor;

        public override void Apply(DecisionContext context, DecisionDraft draft) => apply(context, draft);
    }
}
