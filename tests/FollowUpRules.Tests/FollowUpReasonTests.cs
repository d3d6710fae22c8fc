using FluentAssertions;

namespace FollowUpRules.Tests;

/// <summary>
/// A host's reason as it declares it: a fixed line, or a line worded from the profile. Wording that
/// fails is the host's bug and must say which rule and which profile, not surface as a bare
/// exception from deep inside a decision.
/// </summary>
public sealed class FollowUpReasonTests
{
    private static readonly RuleId Acme = RuleId.Parse("ACME-01");
    private static readonly FollowUpProfile Acme5 = FollowUpProfiles.Rcr with { Name = "acme-5", FirstCallDelayDays = 5 };

    [Fact]
    public void Constructor_TheDefaultRuleId_ThrowsNamingIt()
    {
        var fixedText = () => new FollowUpReason(default, "Some reason.");
        var worded = () => new FollowUpReason(default, _ => "Some reason.");

        fixedText.Should().Throw<ArgumentException>().WithParameterName("ruleId").WithMessage("A reason needs a rule ID.*");
        worded.Should().Throw<ArgumentException>().WithParameterName("ruleId");
    }

    [Fact]
    public void For_AFixedReason_IsTheSameInstanceUnderAnyProfile()
    {
        var reason = new FollowUpReason(Acme, "Acme calls on Mondays.");

        reason.StatesProfileValues.Should().BeFalse();
        reason.For(Acme5).Should().BeSameAs(reason);
        reason.Declared.Should().BeSameAs(reason);
    }

    [Fact]
    public void For_AWordedReason_StatesTheProfilesValueAndRemembersTheDeclaredOne()
    {
        var reason = new FollowUpReason(Acme, p => $"Acme waits {p.FirstCallDelayDays} days.");

        var worded = reason.For(Acme5);

        reason.StatesProfileValues.Should().BeTrue();
        worded.Explanation.Should().Be("Acme waits 5 days.");
        worded.Declared.Should().BeSameAs(reason);
        worded.StatesProfileValues.Should().BeFalse("the worded copy is fixed text");
        reason.Explanation.Should().Be($"Acme waits {FollowUpProfiles.Default.FirstCallDelayDays} days.", "unworded, it reads as the default profile's");
    }

    [Fact]
    public void For_AWordingThatThrows_ThrowsNamingTheRuleAndTheProfile()
    {
        var reason = new FollowUpReason(Acme, p => p.LunchBlackout!.Value.ToString());

        var word = () => reason.For(FollowUpProfiles.Rcr);

        word.Should().Throw<InvalidOperationException>()
            .WithMessage("The wording of a reason for ACME-01 failed for profile 'rcr': *")
            .WithInnerException<InvalidOperationException>();
    }

    [Fact]
    public void For_AWordingThatGivesNothing_ThrowsNamingTheRuleAndTheProfile()
    {
        var reason = new FollowUpReason(Acme, _ => " ");

        var word = () => reason.For(FollowUpProfiles.Cbr);

        word.Should().Throw<InvalidOperationException>().WithMessage("The wording of a reason for ACME-01 gave a blank explanation for profile 'cbr'.");
    }
}
