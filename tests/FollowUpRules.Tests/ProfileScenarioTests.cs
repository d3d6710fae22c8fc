using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests;

/// <summary>
/// The six profiles decide the same scenarios; their differences are pinned here, one test per
/// disagreement of the catalogue (D1–D7). The interview is on Thursday 5 March 2026 in London.
/// </summary>
public sealed class ProfileScenarioTests
{
    private static readonly string[] All = ["default", "etq", "eml", "phn", "rcr", "cbr"];

    private static Dictionary<string, string> DecideAll(CaseBuilder builder, LocalDateTime now, Func<NextAction, string>? show = null) =>
        All.ToDictionary(p => p, p => (show ?? Show)(For(p).Decide(builder.Build(), builder.At(now))));

    private static string Show(NextAction action) => action switch
    {
        NextAction.Wait wait => "wait " + wait.Until.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).LocalDateTime.ToString("ddd dd HH:mm", null),
        NextAction.Call call => "call " + call.Window.LocalStart.ToString("ddd dd HH:mm", null) + "-" + call.Window.LocalEnd.ToString("HH:mm", null) + " " + call.Window.Quality,
        NextAction.SendEmail email => "email " + email.Purpose,
        NextAction.SendThankYouNote => "note",
        NextAction.Stop stop => "stop " + stop.Reason,
        _ => action.Kind.ToString(),
    };

    private static CaseBuilder Thanked() => CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0));

    [Fact]
    [Trait("Disagreement", "D1")]
    [Trait("Disagreement", "D2")]
    public void Decide_RightAfterTheInterview_ChannelAndFirstStepDifferByProfile()
    {
        DecideAll(CaseBuilder.London(), L(2026, 3, 5, 11, 0)).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "email ThankYou",
            ["etq"] = "wait Tue 10 09:00",
            ["eml"] = "email ThankYou",
            ["phn"] = "note",
            ["rcr"] = "wait Thu 12 09:00",
            ["cbr"] = "wait Tue 10 09:00",
        });
    }

    [Fact]
    [Trait("Disagreement", "D1")]
    [Trait("Disagreement", "D2")]
    public void Decide_TheDayAfterTheThankYou_EachProfileWaitsItsOwnDelayOrNeverCalls()
    {
        DecideAll(Thanked(), L(2026, 3, 6, 9, 0)).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "wait Tue 10 09:00",
            ["etq"] = "wait Tue 10 09:00",
            ["eml"] = "stop LimitReached",
            ["phn"] = "wait Mon 09 09:00",
            ["rcr"] = "wait Thu 12 09:00",
            ["cbr"] = "wait Tue 10 09:00",
        });
    }

    [Fact]
    [Trait("Disagreement", "D3")]
    public void Decide_ThursdayMorning_TimeOfDayDiffersByProfile()
    {
        DecideAll(Thanked(), L(2026, 3, 12, 9, 0)).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "call Thu 12 09:00-10:30 Preferred",
            ["etq"] = "call Thu 12 09:00-11:00 Allowed",
            ["eml"] = "stop LimitReached",
            ["phn"] = "call Thu 12 09:00-17:00 Allowed",
            ["rcr"] = "call Thu 12 09:00-10:30 Preferred",
            ["cbr"] = "call Thu 12 09:00-17:00 Allowed",
        });
    }

    [Fact]
    [Trait("Disagreement", "D3")]
    public void Decide_MondayMorning_OnlyEtqAndTheDefaultKeepClearOfTheWeekOpening()
    {
        DecideAll(Thanked(), L(2026, 3, 16, 8, 0)).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "call Mon 16 15:30-17:00 Preferred",
            ["etq"] = "call Mon 16 13:00-17:00 Allowed",
            ["eml"] = "stop LimitReached",
            ["phn"] = "call Mon 16 09:00-17:00 Allowed",
            ["rcr"] = "call Mon 16 09:00-10:30 Preferred",
            ["cbr"] = "call Mon 16 09:00-17:00 Allowed",
        });
    }

    [Fact]
    [Trait("Disagreement", "D3")]
    public void Decide_FridayNoon_OnlyEtqAndTheDefaultKeepClearOfTheWeekendEve()
    {
        DecideAll(Thanked(), L(2026, 3, 13, 12, 0)).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "call Mon 16 15:30-17:00 Preferred",
            ["etq"] = "call Fri 13 13:00-14:00 Allowed",
            ["eml"] = "stop LimitReached",
            ["phn"] = "call Fri 13 12:00-17:00 Allowed",
            ["rcr"] = "call Fri 13 15:30-17:00 Preferred",
            ["cbr"] = "call Fri 13 12:00-17:00 Allowed",
        });
    }

    [Fact]
    [Trait("Disagreement", "D4")]
    public void Decide_FirstCall_WhetherToLeaveAVoicemailDiffersByProfile()
    {
        DecideAll(Thanked(), L(2026, 3, 16, 8, 0), a => (a as NextAction.Call)?.IfVoicemail.ToString() ?? "no call").Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "LeaveMessage",
            ["etq"] = "HangUpAndCallAgain",
            ["eml"] = "no call",
            ["phn"] = "LeaveMessage",
            ["rcr"] = "LeaveMessage",
            ["cbr"] = "HangUpAndCallAgain",
        });
    }

    [Fact]
    [Trait("Disagreement", "D5")]
    public void Decide_FirstCall_WhatToDoWithAGatekeeperDiffersByProfile()
    {
        DecideAll(Thanked(), L(2026, 3, 16, 8, 0), a => a is NextAction.Call c ? c.IfGatekeeper + (c.DeclineUnfamiliarStaff ? "+decline" : string.Empty) : "no call").Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "AskWhenInterviewerIsFree+decline",
            ["etq"] = "AskToBePutThrough",
            ["eml"] = "no call",
            ["phn"] = "AskWhenInterviewerIsFree",
            ["rcr"] = "AskWhenInterviewerIsFree",
            ["cbr"] = "AskWhenInterviewerIsFree+decline",
        });
    }

    [Fact]
    [Trait("Disagreement", "D5")]
    public void Decide_OnlyTheGeneralNumberKnown_RcrAndTheDefaultWriteInsteadOfCallingIt()
    {
        var builder = Thanked().WithPeople(CaseBuilder.Jane with { DirectLine = null }, CaseBuilder.Raj);

        DecideAll(builder, L(2026, 3, 16, 8, 0), a => a is NextAction.Call c ? "call " + c.NumberKind : a.Kind.ToString()).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "SendEmail",
            ["etq"] = "call GeneralNumber",
            ["eml"] = "Stop",
            ["phn"] = "call GeneralNumber",
            ["rcr"] = "SendEmail",
            ["cbr"] = "call GeneralNumber",
        });
    }

    [Fact]
    [Trait("Disagreement", "D6")]
    public void Decide_AWeekAfterAVoicemail_HowManyCallsDiffersByProfile()
    {
        var builder = Thanked().LeftVoicemail(L(2026, 3, 12, 9, 30));

        DecideAll(builder, L(2026, 3, 19, 8, 0)).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "wait Thu 26 09:00",
            ["etq"] = "call Thu 19 09:00-11:00 Allowed",
            ["eml"] = "stop LimitReached",
            ["phn"] = "call Thu 19 09:00-17:00 Allowed",
            ["rcr"] = "stop LimitReached",
            ["cbr"] = "wait Thu 26 09:00",
        });
    }

    [Fact]
    [Trait("Disagreement", "D6")]
    public void Decide_SixWeeksOfSilenceAfterTwoVoicemails_MostProfilesHaveStopped()
    {
        var builder = Thanked().LeftVoicemail(L(2026, 3, 12, 9, 30)).LeftVoicemail(L(2026, 3, 26, 9, 30));

        DecideAll(builder, L(2026, 4, 23, 8, 0)).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "stop LimitReached",
            ["etq"] = "call Thu 23 09:00-11:00 Allowed",
            ["eml"] = "stop LimitReached",
            ["phn"] = "stop NoResponse",
            ["rcr"] = "stop LimitReached",
            ["cbr"] = "stop LimitReached",
        });
    }

    [Fact]
    [Trait("Disagreement", "D7")]
    public void Script_NoDateGiven_WhatToAskDiffersByProfile()
    {
        var builder = Thanked();
        var followUp = builder.Build();
        string Ask(string profile)
        {
            var action = For(profile).Decide(followUp, builder.At(L(2026, 3, 16, 8, 0)));
            var timing = For(profile).Script(followUp, action).In(ScriptSection.Questions)
                .Where(l => l.RuleId == RuleIds.Phn09 || l.RuleId == RuleIds.Cbr06 || l.RuleId == RuleIds.Rcr18).Select(l => l.RuleId.Value);
            return string.Join("+", timing);
        }

        All.ToDictionary(p => p, Ask).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "PHN-09+CBR-06",
            ["etq"] = string.Empty,
            ["eml"] = string.Empty,
            ["phn"] = "PHN-09",
            ["rcr"] = "RCR-18",
            ["cbr"] = "CBR-06+CBR-06",
        });
    }

    [Fact]
    [Trait("Disagreement", "D2")]
    public void Decide_AgencyCandidate_OnlyRcrAndTheDefaultAskTheAgencyFirst()
    {
        var builder = Thanked().ThroughAgency();

        DecideAll(builder, L(2026, 3, 9, 9, 0), a => a.Kind.ToString()).Should().Equal(new Dictionary<string, string>
        {
            ["default"] = "ContactAgency",
            ["etq"] = "Wait",
            ["eml"] = "Stop",
            ["phn"] = "Call",
            ["rcr"] = "ContactAgency",
            ["cbr"] = "Wait",
        });
    }
}
