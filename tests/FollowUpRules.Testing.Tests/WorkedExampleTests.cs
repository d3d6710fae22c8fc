using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules.Testing.Tests;

/// <summary>The worked example of docs/testing.md, verbatim between the markers (a test keeps the two in step).</summary>
public sealed class WorkedExampleTests
{
    // begin-example
    /// <summary>The host's own rule: Acme's candidates never phone an employer on a Friday.</summary>
    public sealed class NoCallsOnFridays : CallWindowStrategy
    {
        public static readonly FollowUpReason Friday = new(RuleId.Parse("ACME-01"), "Acme never phones employers on a Friday.");

        public override StrategyDescriptor Descriptor { get; } =
            new(nameof(NoCallsOnFridays), "No calls on Fridays.", [RuleId.Parse("ACME-01")], [Friday]);

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            block = TimeOfDayRange.WholeDay;
            return day.DayOfWeek == IsoDayOfWeek.Friday;
        }
    }

    [Fact]
    public void AcmePolicy_ReceptionistThenVoicemailTwiceThenSilence_NeverCallsOnAFriday()
    {
        // Our policy plus the host's rule.
        var policy = new FollowUpPolicyBuilder().Add(new NoCallsOnFridays()).Build();

        // A Friday interview in London; a receptionist answers and says Thursday at three;
        // then voicemail twice; then silence for six weeks.
        var transcript = FollowUpScenario.For(FollowUpSamples.FridayInLondon())
            .OnCall(1, Answers.Receptionist(interviewerFreeAt: new LocalDateTime(2026, 3, 19, 15, 0)))
            .OnCall(2, Answers.Voicemail)
            .OnCall(3, Answers.Voicemail)
            .For(Period.FromWeeks(6))
            .Run(policy);

        transcript.Calls[1].Expect()
            .IsCallWithin(new LocalDateTime(2026, 3, 19, 15, 0), new LocalDateTime(2026, 3, 19, 15, 30))
            .Cites("FUR-12");
        transcript.Expect()
            .HasNoCallOn(IsoDayOfWeek.Friday)
            .HasNoCallBefore(new LocalDate(2026, 3, 11))
            .MakesAtMostCalls(8)
            .StopsWith(StopReason.LimitReached, new LocalDate(2026, 4, 6));
    }
    // end-example
}
