using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules.Tests.Fixtures;

/// <summary>
/// Trials of the call-planning stage as a host's unit test sets them up: the default case once the
/// thank-you is out, a draft that calls Jane Smith on her direct line, and a host strategy declaring
/// <see cref="Acme"/> so that the test may cite it.
/// </summary>
internal static class PlanTrials
{
    public static readonly FollowUpReason Acme = new(RuleId.Parse("ACME-01"), "Acme's own rule.");

    public static readonly CaseBuilder Builder = CaseBuilder.London().Emailed(new LocalDateTime(2026, 3, 5, 11, 0));

    /// <summary>Tuesday 10 March 2026, 10:00 in London: the first call is due and the office is open.</summary>
    public static readonly Instant Tuesday10 = Builder.At(new LocalDateTime(2026, 3, 10, 10, 0));

    /// <summary>A trial at <paramref name="now"/> whose draft calls Jane; <paramref name="strategies"/> join the host's <see cref="DeclaresAcme"/>.</summary>
    public static StrategyTrial CallingJane(Instant now, params FollowUpStrategy[] strategies)
    {
        var trial = new StrategyTrial(Builder.Build(), now, FollowUpProfiles.Default, [new DeclaresAcme(), .. strategies]);
        trial.Draft.CallPerson(CaseBuilder.Jane, CaseBuilder.Jane.DirectLine!, CallNumberKind.DirectLine, Acme);
        return trial;
    }

    /// <summary>A window on Tuesday 10 March 2026, office-local hours.</summary>
    public static CallWindow Window(int fromHour, int toHour) =>
        new(Builder.At(new LocalDateTime(2026, 3, 10, fromHour, 0)), Builder.At(new LocalDateTime(2026, 3, 10, toHour, 0)), Offset.Zero, Offset.Zero, CallWindowQuality.Allowed, null, null);

    private sealed class DeclaresAcme : DecisionStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(DeclaresAcme), "Declares Acme's reason; does nothing else.", [Acme.RuleId], [Acme]);

        public override void Apply(DecisionContext context, DecisionDraft draft)
        {
        }
    }
}
