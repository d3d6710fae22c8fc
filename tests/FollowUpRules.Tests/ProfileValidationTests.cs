using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Tests;

public sealed class ProfileValidationTests
{
    private static InvalidProfileException BuildFails(FollowUpProfile profile)
    {
        var build = () => FollowUpPolicy.Create(profile);
        return build.Should().Throw<InvalidProfileException>().Subject.Single();
    }

    [Fact]
    public void Build_EveryBuiltInProfile_IsValid()
    {
        foreach (var profile in FollowUpProfiles.All)
        {
            var build = () => FollowUpPolicy.Create(profile);
            build.Should().NotThrow(profile.Name);
        }
    }

    [Fact]
    public void Build_SeveralBadSettings_ListsEveryOneInOneException()
    {
        var profile = FollowUpProfiles.Default with
        {
            Name = "acme",
            FirstCallDelayDays = -1,
            LunchBlackout = new TimeOfDayRange(new LocalTime(13, 0), new LocalTime(11, 0)),
            MaxVoicemails = -2,
            StartOfDaySpan = Duration.Zero,
            EndOfDaySpan = Duration.Zero,
        };

        var error = BuildFails(profile);

        error.ProfileName.Should().Be("acme");
        error.Message.Should().Be(
            "Profile 'acme' is invalid (4 problems):\n"
            + "- firstCallDelayDays = -1: must be between 0 and 365\n"
            + "- lunchBlackout = 13:00-11:00: ends before it starts; the end must come after the start (or be 24:00)\n"
            + "- callAtStartOrEndOfDay = true: needs a start-of-day or end-of-day span longer than zero, or every call window has zero length\n"
            + "- maxVoicemails = -2: must be between 0 and 10");
        error.Problems.Select(p => p.Path).Should().Equal("firstCallDelayDays", "lunchBlackout", "callAtStartOrEndOfDay", "maxVoicemails");
    }

    [Theory]
    [InlineData("agencyUpdateDelayDays = 400: must be between 0 and 365")]
    public void Build_AgencyDelayOutOfRange_SaysTheAllowedRange(string expected)
    {
        BuildFails(FollowUpProfiles.Default with { AgencyUpdateDelayDays = 400 }).Problems.Single().ToString().Should().Be(expected);
    }

    public static TheoryData<FollowUpProfile, string> SingleProblems => new()
    {
        { FollowUpProfiles.Default with { Name = "" }, "name = \"\": must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" },
        { FollowUpProfiles.Default with { Name = "has space" }, "name = \"has space\": must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" },
        { FollowUpProfiles.Default with { Channels = AllowedChannels.None }, "channels = None: must allow at least one channel" },
        { FollowUpProfiles.Default with { Channels = AllowedChannels.LinkedInMessage, ThankYouMessage = ThankYouMessage.None, OfferWrittenAlternatives = false, MaxVoicemails = 0 }, "channels = LinkedInMessage: must allow Phone, Email or HandwrittenNote: LinkedIn is only for work already discussed there (RCR-20), so it cannot carry a follow-up alone" },
        { FollowUpProfiles.Cbr with { ThankYouMessage = ThankYouMessage.Email }, "thankYouMessage = Email: contradicts channels Phone, which do not allow Email" },
        { FollowUpProfiles.Eml with { MaxVoicemails = 1 }, "maxVoicemails = 1: contradicts channels Email: voicemails need phone calls; set it to 0 or allow Phone" },
        { FollowUpProfiles.Eml with { ThankYouMessage = ThankYouMessage.None }, "thankYouMessage = None: contradicts channels Email: without Phone the thank-you is the whole follow-up, so it cannot be None" },
        { FollowUpProfiles.Cbr with { OfferWrittenAlternatives = true }, "offerWrittenAlternatives = true: contradicts channels Phone: a written alternative needs Email or HandwrittenNote" },
        { FollowUpProfiles.Default with { WeekOpeningBlackout = Duration.Zero }, "weekOpeningBlackout = PT0S: must be longer than zero and at most PT24H, or null for no blackout" },
        { FollowUpProfiles.Default with { PreWeekendBlackout = Duration.FromHours(25) }, "preWeekendBlackout = P1DT1H: must be longer than zero and at most PT24H, or null for no blackout" },
        { FollowUpProfiles.Default with { LunchBlackout = TimeOfDayRange.WholeDay }, "lunchBlackout = 00:00-24:00: covers the whole day, which would block every call; use a shorter range or remove the phone channel" },
        { FollowUpProfiles.Default with { LunchBlackout = new TimeOfDayRange(new LocalTime(12, 0), new LocalTime(12, 0)) }, "lunchBlackout = 12:00-12:00: is empty; the end must come after the start (or be 24:00)" },
        { FollowUpProfiles.Default with { StartOfDaySpan = Duration.FromHours(-1) }, "startOfDaySpan = PT-1H: must be between PT0S and PT24H" },
        { FollowUpProfiles.Default with { MinimumCallWindow = Duration.Zero }, "minimumCallWindow = PT0S: must be between PT1M and PT8H" },
        { FollowUpProfiles.Default with { InvitedCallLength = Duration.FromMinutes(2) }, "invitedCallLength = PT2M: must be between PT5M and PT4H" },
        { FollowUpProfiles.Default with { MaxFollowUpRounds = 0 }, "maxFollowUpRounds = 0: must be between 1 and 20, or null for no limit; to never call, leave Phone out of channels" },
        { FollowUpProfiles.Default with { MaxFollowUpRounds = 21 }, "maxFollowUpRounds = 21: must be between 1 and 20" },
        { FollowUpProfiles.Default with { MaxFollowUpRounds = null }, "finalCallAfterSilence = P3W: contradicts maxFollowUpRounds = null: a final call after silence only follows a limited number of rounds" },
        { FollowUpProfiles.Default with { GiveUpAfterSilence = Period.FromHours(5) }, "giveUpAfterSilence = PT5H: must be whole days, weeks, months or years (no hours or smaller)" },
        { FollowUpProfiles.Default with { GiveUpAfterSilence = Period.FromYears(2) }, "giveUpAfterSilence = P2Y: must be longer than zero and at most a year" },
        { FollowUpProfiles.Default with { RoundInterval = Period.Zero }, "roundInterval = P0D: must be longer than zero and at most a year" },
        { FollowUpProfiles.Default with { AttemptsPerRound = 0 }, "attemptsPerRound = 0: must be between 1 and 10" },
        { FollowUpProfiles.Default with { RedialAfterDays = 31 }, "redialAfterDays = 31: must be between 0 and 30" },
        { FollowUpProfiles.Default with { MaxAttempts = 0 }, "maxAttempts = 0: must be between 1 and 50" },
        { FollowUpProfiles.Default with { CallWindowSearchDays = 3 }, "callWindowSearchDays = 3: must be between 7 and 732" },
        { FollowUpProfiles.Default with { DayCounting = (DayCounting)9 }, "dayCounting = 9: must be one of BusinessDays, CalendarDays" },
        { FollowUpProfiles.Default with { Gatekeeper = (GatekeeperPlan)9 }, "gatekeeper = 9: must be one of AskToBePutThrough, AskWhenInterviewerIsFree" },
        { FollowUpProfiles.Default with { Sources = (FollowUpRules.Catalogue.ArticleSet)64 }, "sources = 64: must combine Etq, Eml, Phn, Rcr and Cbr" },
        { FollowUpProfiles.Default with { Channels = (AllowedChannels)16 }, "channels = 16: must combine Phone, Email, HandwrittenNote and LinkedInMessage" },
        { FollowUpProfiles.Default with { ThankYouMessage = (ThankYouMessage)7 }, "thankYouMessage = 7: must be one of None, Email, HandwrittenNote" },
        { FollowUpProfiles.Cbr with { ThankYouMessage = ThankYouMessage.HandwrittenNote }, "thankYouMessage = HandwrittenNote: contradicts channels Phone, which do not allow HandwrittenNote" },
        { FollowUpProfiles.Default with { EndOfDaySpan = Duration.FromHours(25) }, "endOfDaySpan = P1DT1H: must be between PT0S and PT24H" },
        { FollowUpProfiles.Default with { StartOfDaySpan = Duration.Zero, EndOfDaySpan = Duration.Zero }, "callAtStartOrEndOfDay = true: needs a start-of-day or end-of-day span longer than zero, or every call window has zero length" },
        { FollowUpProfiles.Default with { VoicemailSpacingDays = 366 }, "voicemailSpacingDays = 366: must be between 0 and 365" },
        { FollowUpProfiles.Default with { FinalCallAfterSilence = Period.FromDays(400) }, "finalCallAfterSilence = P400D: must be longer than zero and at most a year" },
        { FollowUpProfiles.Default with { WhenNoDateGiven = (NoDateGivenApproach)9 }, "whenNoDateGiven = 9: must be one of NotAddressed, AskForTimeline, AskToCallBackInAWeek" },
        { FollowUpProfiles.Default with { Name = new string('a', 65) }, "name = \"" + new string('a', 65) + "\": must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" },
        { FollowUpProfiles.Default with { Name = "acme/x" }, "name = \"acme/x\": must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" },
        { FollowUpProfiles.Default with { Name = "acme@" }, "name = \"acme@\": must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" },
        { FollowUpProfiles.Default with { Name = "acme[" }, "name = \"acme[\": must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" },
        { FollowUpProfiles.Default with { Name = "acme:" }, "name = \"acme:\": must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" },
    };

    /// <summary>Settings at the very edge of their allowed range, which must build.</summary>
    public static TheoryData<string, FollowUpProfile> EdgesThatAreValid => new()
    {
        { "name of 64 characters", FollowUpProfiles.Default with { Name = new string('a', 64) } },
        { "name using every allowed kind of character", FollowUpProfiles.Default with { Name = "AZaz09.acme_x-y" } },
        { "name starting with Z", FollowUpProfiles.Default with { Name = "Z" } },
        { "name starting with 9", FollowUpProfiles.Default with { Name = "9" } },
        { "voicemail spacing of 365 days", FollowUpProfiles.Default with { VoicemailSpacingDays = 365 } },
        { "50 attempts", FollowUpProfiles.Default with { MaxAttempts = 50 } },
        { "invited call of 4 hours", FollowUpProfiles.Default with { InvitedCallLength = Duration.FromHours(4) } },
        { "pre-weekend blackout of 24 hours", FollowUpProfiles.Default with { PreWeekendBlackout = Duration.FromHours(24) } },
        { "give up after 366 days", FollowUpProfiles.Default with { GiveUpAfterSilence = Period.FromDays(366) } },
        { "give up after a month", FollowUpProfiles.Default with { GiveUpAfterSilence = Period.FromMonths(1) } },
        { "give up after a year", FollowUpProfiles.Default with { GiveUpAfterSilence = Period.FromYears(1) } },
        { "start-of-day span of 24 hours", FollowUpProfiles.Default with { StartOfDaySpan = Duration.FromHours(24) } },
        { "end-of-day span only", FollowUpProfiles.Default with { StartOfDaySpan = Duration.Zero } },
        { "start-of-day span only", FollowUpProfiles.Default with { EndOfDaySpan = Duration.Zero } },
        { "no spans when not calling at start or end of day", FollowUpProfiles.Default with { CallAtStartOrEndOfDay = false, StartOfDaySpan = Duration.Zero, EndOfDaySpan = Duration.Zero } },
    };

    [Theory]
    [MemberData(nameof(EdgesThatAreValid))]
    public void Build_SettingAtTheEdgeOfItsRange_IsValid(string scenario, FollowUpProfile profile)
    {
        var build = () => FollowUpPolicy.Create(profile);

        build.Should().NotThrow(scenario);
    }

    [Theory]
    [MemberData(nameof(SingleProblems))]
    public void Build_OneBadSetting_ReportsItsPathValueAndAllowedValues(FollowUpProfile profile, string expected)
    {
        var error = BuildFails(profile);

        error.Problems.Should().ContainSingle().Which.ToString().Should().Be(expected);
        error.Message.Should().Be($"Profile '{profile.Name}' is invalid (1 problem):\n- {expected}");
    }

    [Fact]
    public void Build_RoundIntervalMissing_SaysItIsRequired()
    {
        BuildFails(FollowUpProfiles.Default with { RoundInterval = null! }).Problems.Single().ToString()
            .Should().Be("roundInterval = null: is required: a period of whole days up to a year, such as P1W");
    }
}
