using FluentAssertions;
using FollowUpRules.Strategies;

namespace FollowUpRules.Tests.Strategies;

/// <summary>
/// What a host's strategy must say about itself (a name, a line of description, the rules it
/// implements), and the errors that tell a host which of these it left out.
/// </summary>
public sealed class StrategyDescriptorTests
{
    private static readonly RuleId Acme = RuleId.Parse("ACME-01");
    private static readonly FollowUpReason Reason = new(Acme, "Acme's own rule.");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankName_Throws(string name)
    {
        var create = () => new StrategyDescriptor(name, "Does something.", [Acme]);

        create.Should().Throw<ArgumentException>().WithParameterName(nameof(name)).WithMessage("A strategy needs a name.*");
    }

    [Fact]
    public void Constructor_BlankDescription_ThrowsNamingTheStrategy()
    {
        var create = () => new StrategyDescriptor("AcmeHours", " ", [Acme]);

        create.Should().Throw<ArgumentException>().WithParameterName("description").WithMessage("Strategy 'AcmeHours' needs a description.*");
    }

    [Fact]
    public void Constructor_NoRuleIds_ThrowsNamingTheStrategy()
    {
        var create = () => new StrategyDescriptor("AcmeHours", "Keeps Acme's hours.", []);
        var nullIds = () => new StrategyDescriptor("AcmeHours", "Keeps Acme's hours.", null!);

        create.Should().Throw<ArgumentException>().WithParameterName("ruleIds").WithMessage("Strategy 'AcmeHours' must name at least one rule ID it implements.*");
        nullIds.Should().Throw<ArgumentNullException>().WithParameterName("ruleIds");
    }

    [Fact]
    public void Constructor_ANullReasonOrSetting_ThrowsNamingTheStrategy()
    {
        var nullReason = () => new StrategyDescriptor("AcmeHours", "Keeps Acme's hours.", [Acme], [Reason, null!]);
        var nullSetting = () => new StrategyDescriptor("AcmeHours", "Keeps Acme's hours.", [Acme], [Reason], [ProfileSettings.LunchBlackout, null!]);

        nullReason.Should().Throw<ArgumentException>().WithParameterName("reasons").WithMessage("Strategy 'AcmeHours' declares a null reason;*static fields are initialized in order*");
        nullSetting.Should().Throw<ArgumentException>().WithParameterName("settings").WithMessage("Strategy 'AcmeHours' declares a null setting.*");
    }

    [Fact]
    public void Constructor_Valid_KeepsWhatItWasGivenAndDescribesItselfByNameAndRules()
    {
        var descriptor = new StrategyDescriptor("AcmeHours", "Keeps Acme's hours.", [Acme, RuleId.Parse("ETQ-06")], [Reason], [ProfileSettings.LunchBlackout]);

        descriptor.Name.Should().Be("AcmeHours");
        descriptor.Description.Should().Be("Keeps Acme's hours.");
        descriptor.Reasons.Should().Equal(Reason);
        descriptor.Settings.Should().Equal(ProfileSettings.LunchBlackout);
        descriptor.ToString().Should().Be("AcmeHours (ACME-01, ETQ-06)");
        new StrategyDescriptor("AcmeHours", "Keeps Acme's hours.", [Acme]).Reasons.Should().BeEmpty();
    }
}
