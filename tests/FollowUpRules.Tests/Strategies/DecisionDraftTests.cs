using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;

namespace FollowUpRules.Tests.Strategies;

/// <summary>
/// What a host's decision strategy may ask of the draft when it chooses a written action: a
/// purpose a message can have, recipients that exist and, for email, an address to write to.
/// A wrong request is the host's bug, so it throws naming what was wrong.
/// </summary>
public sealed class DecisionDraftTests
{
    private static readonly FollowUpReason Acme = PlanTrials.Acme;

    private static DecisionDraft Draft() => PlanTrials.CallingJane(PlanTrials.Tuesday10).Draft;

    [Theory]
    [InlineData(AttemptPurpose.AgencyUpdate)]
    [InlineData(AttemptPurpose.RequestedCall)]
    public void Email_APurposeNoMessageHas_ThrowsNamingIt(AttemptPurpose purpose)
    {
        var draft = Draft();

        var email = () => draft.EmailPerson(CaseBuilder.Jane, purpose, Acme);
        var note = () => draft.WriteNoteTo(CaseBuilder.Jane, purpose, Acme);

        email.Should().Throw<ArgumentException>().WithParameterName(nameof(purpose)).WithMessage($"A written message is a ThankYou or a FollowUp, not {purpose}.*");
        note.Should().Throw<ArgumentException>().WithParameterName(nameof(purpose)).WithMessage($"A written message is a ThankYou or a FollowUp, not {purpose}.*");
    }

    [Fact]
    public void Email_SomeoneWithoutAnAddress_ThrowsNamingThem()
    {
        var draft = Draft();
        var noAddress = CaseBuilder.Raj with { Email = null };

        var email = () => draft.Email([CaseBuilder.Jane, noAddress], AttemptPurpose.FollowUp, Acme);

        email.Should().Throw<ArgumentException>().WithParameterName("people").WithMessage("Raj Patel has no email address to write to.*");
    }

    [Fact]
    public void WriteNote_SomeoneWithoutAnAddress_IsFine()
    {
        var draft = Draft();

        draft.WriteNoteTo(CaseBuilder.Raj with { Email = null }, AttemptPurpose.ThankYou, Acme);

        draft.Kind.Should().Be(NextActionKind.SendThankYouNote);
        draft.Recipients.Select(p => p.Name).Should().Equal("Raj Patel");
    }

    [Fact]
    public void Email_NoRecipientsOrANullOne_Throws()
    {
        var draft = Draft();

        var none = () => draft.Email([], AttemptPurpose.FollowUp, Acme);
        var nullOne = () => draft.WriteNote([CaseBuilder.Jane, null!], AttemptPurpose.FollowUp, Acme);

        none.Should().Throw<ArgumentException>().WithParameterName("people").WithMessage("A message needs at least one recipient.*");
        nullOne.Should().Throw<ArgumentException>().WithParameterName("people").WithMessage("A recipient is null.*");
    }

    [Fact]
    public void Email_TwoPeople_WritesToBothAndCallsNobody()
    {
        var draft = Draft();

        draft.Email([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.FollowUp, Acme);

        draft.Kind.Should().Be(NextActionKind.SendEmail);
        draft.Recipients.Should().Equal(CaseBuilder.Jane, CaseBuilder.Raj);
        draft.Reasons.Should().Contain(Acme);
        draft.ChosenBecause.Should().Be(Acme);
    }
}
