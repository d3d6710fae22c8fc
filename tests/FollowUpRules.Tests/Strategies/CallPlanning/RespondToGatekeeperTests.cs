using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.CallPlanning;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.CallPlanning;

/// <summary>Tests of <see cref="RespondToGatekeeper"/>: the next call answers what the receptionist did on the last one (issue 15.6).</summary>
public sealed class RespondToGatekeeperTests
{
    /// <summary>A call on Tuesday 10 March a receptionist answered, doing <paramref name="response"/>; the next call, decided at 09:00 on Wednesday when it falls due (FUR-04).</summary>
    private static NextAction.Call NextCall(FollowUpPolicy policy, GatekeeperResponse? response)
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 10, 9, 5), Responder.Receptionist, a => a with { Gatekeeper = response });
        return policy.Decide(builder.Build(), builder.At(L(2026, 3, 11, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;
    }

    [Fact]
    [Trait("Rule", "CBR-02")]
    public void Decide_DefaultAfterTheReceptionistOfferedToTakeAMessage_DeclinesItAndAsksWhenTheInterviewerIsFree()
    {
        var call = NextCall(Default, GatekeeperResponse.OfferedToTakeMessage);

        call.IfGatekeeper.Should().Be(GatekeeperPlan.AskWhenInterviewerIsFree);
        call.GatekeeperReason.Should().Be(RespondToGatekeeper.DeclineMessageAskWhenFree);
        call.Reasons.Should().NotContain(GatekeeperHandling.AskWhenFreeCbr, "the plan has one reason, the one that answers the receptionist");
        call.DeclineUnfamiliarStaff.Should().BeTrue("GatekeeperHandling still adds the rest of the plan");
    }

    [Fact]
    [Trait("Rule", "ETQ-11")]
    public void Decide_EtqAfterTheReceptionistOfferedToTakeAMessage_LeavesNoneAndAsksAgainToBeConnected()
    {
        var call = NextCall(Etq, GatekeeperResponse.OfferedToTakeMessage);

        call.IfGatekeeper.Should().Be(GatekeeperPlan.AskToBePutThrough);
        call.GatekeeperReason.Should().Be(RespondToGatekeeper.DeclineMessageAskAgain);
        call.Reasons.Should().NotContain(GatekeeperHandling.PutThrough);
    }

    [Fact]
    [Trait("Rule", "ETQ-11")]
    public void Decide_EtqAfterTheReceptionistWouldNotPutTheCallThrough_AsksWhenTheInterviewerIsFreeInstead()
    {
        var call = NextCall(Etq, GatekeeperResponse.WouldNotPutThrough);

        call.IfGatekeeper.Should().Be(GatekeeperPlan.AskWhenInterviewerIsFree);
        call.GatekeeperReason.Should().Be(RespondToGatekeeper.RefusedNotIn);
        call.Reasons.Contains(RuleIds.Etq11).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-04")]
    public void Decide_PhnAfterTheReceptionistWouldNotPutTheCallThrough_AsksWhenTheInterviewerIsFree()
    {
        var call = NextCall(Phn, GatekeeperResponse.WouldNotPutThrough);

        call.IfGatekeeper.Should().Be(GatekeeperPlan.AskWhenInterviewerIsFree);
        call.GatekeeperReason.Should().Be(RespondToGatekeeper.RefusedAskWhenFree);
    }

    [Fact]
    [Trait("Rule", "CBR-02")]
    public void Decide_CbrAfterTheReceptionistWouldNotPutTheCallThrough_DoesNotLeaveItWithThem()
    {
        var call = NextCall(Cbr, GatekeeperResponse.WouldNotPutThrough);

        call.IfGatekeeper.Should().Be(GatekeeperPlan.AskWhenInterviewerIsFree);
        call.GatekeeperReason.Should().Be(RespondToGatekeeper.RefusedAskWhenFreeCbr);
    }

    [Fact]
    [Trait("Rule", "FUR-15")]
    public void Decide_AfterAReceptionistWithNothingRecorded_KeepsTheProfilesOwnPlan()
    {
        NextCall(Etq, null).GatekeeperReason.Should().Be(GatekeeperHandling.PutThrough);
        NextCall(Default, null).GatekeeperReason.Should().Be(GatekeeperHandling.AskWhenFree);
    }

    [Fact]
    [Trait("Rule", "FUR-04")]
    public void Decide_RightAfterTheReceptionistWouldNotPutTheCallThrough_CallsAgainOnALaterDay()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 10, 9, 5), Responder.Receptionist, a => a with { Gatekeeper = GatekeeperResponse.WouldNotPutThrough });

        var action = Default.Decide(builder.Build(), builder.At(L(2026, 3, 10, 9, 10)));

        action.Should().BeOfType<NextAction.Wait>().Which.Until.Should().Be(builder.At(L(2026, 3, 11, 9, 0)));
    }

    [Theory]
    [InlineData(GatekeeperResponse.Unspecified, Responder.Receptionist, "attempts[0].gatekeeper = Unspecified: must be one of OfferedToTakeMessage, WouldNotPutThrough, or left out when no receptionist stood in the way")]
    [InlineData((GatekeeperResponse)7, Responder.Receptionist, "attempts[0].gatekeeper = 7: must be one of*")]
    [InlineData(GatekeeperResponse.WouldNotPutThrough, Responder.Voicemail, "attempts[0].gatekeeper = WouldNotPutThrough: needs answeredBy Receptionist, not Voicemail")]
    public void Decide_GatekeeperThatCannotBe_IsRejectedWithItsPathAndValue(GatekeeperResponse response, Responder answeredBy, string expected)
    {
        var builder = CaseBuilder.London().Called(L(2026, 3, 10, 9, 5), answeredBy, a => a with { Gatekeeper = response });

        var decide = () => Default.Decide(builder.Build(), builder.At(L(2026, 3, 10, 10, 0)));

        decide.Should().Throw<InvalidCaseException>().Which.Problems.Should().ContainSingle(p => p.ToString().Contains("gatekeeper"))
            .Which.ToString().Should().Match("*" + expected);
    }
}
