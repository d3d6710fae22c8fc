using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.CallPlanning;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.CallPlanning;

/// <summary>Tests of <see cref="VoicemailLimit"/> and <see cref="GatekeeperHandling"/>.</summary>
public sealed class CallHandlingTests
{
    private static NextAction.Call FirstCall(FollowUpPolicy policy, CaseBuilder? builder = null)
    {
        builder ??= CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0));
        return policy.Decide(builder.Build(), builder.At(L(2026, 3, 24, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;
    }

    [Fact]
    [Trait("Rule", "PHN-05")]
    public void Decide_PhnFirstCall_MayLeaveAVoicemail()
    {
        var call = FirstCall(Phn);

        call.IfVoicemail.Should().Be(VoicemailPlan.LeaveMessage);
        call.Reasons.Contains(RuleIds.Phn05).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-05")]
    public void Decide_PhnAfterTwoVoicemails_LeavesNoMore()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .LeftVoicemail(L(2026, 3, 9, 9, 30))
            .LeftVoicemail(L(2026, 3, 11, 9, 30));

        var call = FirstCall(Phn, builder);

        call.IfVoicemail.Should().Be(VoicemailPlan.HangUpAndCallAgain);
        call.Reasons.Contains(RuleIds.Phn05).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-05")]
    public void Decide_PhnNextVoicemailTooSoon_HangsUpUntilACoupleOfDaysHavePassed()
    {
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .LeftVoicemail(L(2026, 3, 9, 9, 30))
            .Called(L(2026, 3, 9, 15, 0), Responder.Interviewer);
        var policy = With(p => p with { RoundInterval = NodaTime.Period.FromDays(1) }, FollowUpProfiles.Phn);
        var followUp = builder.Build();

        var tuesday = policy.Decide(followUp, builder.At(L(2026, 3, 10, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;
        tuesday.IfVoicemail.Should().Be(VoicemailPlan.HangUpAndCallAgain, "the last voicemail was left on Monday");

        var wednesday = policy.Decide(followUp, builder.At(L(2026, 3, 11, 9, 0))).Should().BeOfType<NextAction.Call>().Subject;
        wednesday.IfVoicemail.Should().Be(VoicemailPlan.LeaveMessage, "two business days after Monday is Wednesday");
    }

    [Fact]
    [Trait("Rule", "RCR-10")]
    public void Decide_RcrFirstCall_AVoicemailIsFine()
    {
        var call = FirstCall(Rcr);

        call.IfVoicemail.Should().Be(VoicemailPlan.LeaveMessage);
        call.Reasons.Contains(RuleIds.Rcr10).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "ETQ-11")]
    public void Decide_EtqFirstCall_NeverLeavesAMessageAndAsksToBePutThrough()
    {
        var call = FirstCall(Etq);

        call.IfVoicemail.Should().Be(VoicemailPlan.HangUpAndCallAgain);
        call.IfGatekeeper.Should().Be(GatekeeperPlan.AskToBePutThrough);
        call.DeclineUnfamiliarStaff.Should().BeFalse();
        call.Reasons.Contains(RuleIds.Etq11).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "PHN-04")]
    public void Decide_PhnFirstCall_AsksTheReceptionistWhenTheInterviewerIsFree()
    {
        var call = FirstCall(Phn);

        call.IfGatekeeper.Should().Be(GatekeeperPlan.AskWhenInterviewerIsFree);
        call.Reasons.Contains(RuleIds.Phn04).Should().BeTrue();
    }

    [Fact]
    [Trait("Rule", "CBR-02")]
    public void Decide_CbrFirstCall_KeepsItAwayFromGatekeepersAndUnfamiliarStaff()
    {
        var call = FirstCall(Cbr);

        call.IfGatekeeper.Should().Be(GatekeeperPlan.AskWhenInterviewerIsFree);
        call.DeclineUnfamiliarStaff.Should().BeTrue();
        call.IfVoicemail.Should().Be(VoicemailPlan.HangUpAndCallAgain);
        call.Reasons.Contains(RuleIds.Cbr02).Should().BeTrue();
    }
}
