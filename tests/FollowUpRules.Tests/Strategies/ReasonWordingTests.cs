using System.Text.RegularExpressions;
using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies;

/// <summary>A reason that states a number states the profile's value, not an article's figure or the default's.</summary>
public sealed partial class ReasonWordingTests
{
    /// <summary>Every number a reason may state, changed from every built-in profile's value and from each other.</summary>
    private static FollowUpProfile Altered(FollowUpProfile profile) => profile with
    {
        Name = profile.Name + "-altered",
        FirstCallDelayDays = 5,
        AgencyUpdateDelayDays = profile.AgencyUpdateDelayDays is null ? null : 4,
        WeekOpeningBlackout = profile.WeekOpeningBlackout is null ? null : Duration.FromMinutes(50),
        PreWeekendBlackout = profile.PreWeekendBlackout is null ? null : Duration.FromMinutes(80),
        LunchBlackout = profile.LunchBlackout is null ? null : new TimeOfDayRange(new LocalTime(12, 15), new LocalTime(13, 45)),
        StartOfDaySpan = Duration.FromMinutes(45),
        EndOfDaySpan = Duration.FromMinutes(75),
        MinimumCallWindow = Duration.FromMinutes(20),
        MaxVoicemails = profile.MaxVoicemails == 0 ? 0 : 3,
        VoicemailSpacingDays = 6,
        MaxFollowUpRounds = profile.MaxFollowUpRounds is null ? null : 2,
        FinalCallAfterSilence = profile.FinalCallAfterSilence is null ? null : Period.FromWeeks(8),
        GiveUpAfterSilence = profile.GiveUpAfterSilence is null ? null : Period.FromWeeks(9),
        RoundInterval = Period.FromDays(10),
        RedialAfterDays = 2,
        MaxAttempts = 11,
        CallWindowSearchDays = 40,
    };

    /// <summary>The numbers the altered profile sets, as a reason may write them.</summary>
    private static readonly HashSet<string> AlteredNumbers = ["0", "5", "4", "50", "80", "12:15", "13:45", "45", "75", "20", "3", "6", "2", "8", "9", "10", "11", "40"];

    public static TheoryData<string> Profiles() => new(FollowUpProfiles.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Reasons_UnderAnAlteredProfile_StateOnlyItsNumbers(string name)
    {
        var profile = Altered(FollowUpProfiles.All.Single(p => p.Name == name));
        var reasons = FollowUpPolicy.Create(profile).Strategies.Reasons;

        // "No one", "one more call" and "the next one" name no figure a profile sets.
        var figuresInWords = reasons.Where(r => NumberWords().IsMatch(NotFigures().Replace(r.Explanation, string.Empty))).Select(r => r.ToString());
        var otherNumbers = reasons.Where(r => Numbers().Matches(r.Explanation).Any(m => !AlteredNumbers.Contains(m.Value))).Select(r => r.ToString());

        figuresInWords.Should().BeEmpty("a figure in words is not the profile's value");
        otherNumbers.Should().BeEmpty("every number a reason states must be one the altered profile sets");
    }

    [Theory]
    [InlineData(5, DayCounting.CalendarDays, "5 days")]
    [InlineData(14, DayCounting.CalendarDays, "2 weeks")]
    [InlineData(1, DayCounting.BusinessDays, "1 business day")]
    [Trait("Rule", "RCR-02")]
    public void Decide_RcrWithItsOwnDelay_TheWaitsReasonStatesThatDelay(int days, DayCounting counting, string stated)
    {
        var policy = FollowUpPolicy.Create(FollowUpProfiles.Rcr with { Name = "host", FirstCallDelayDays = days, DayCounting = counting });
        var builder = CaseBuilder.London();

        var action = policy.Decide(builder.Build(), builder.At(L(2026, 3, 5, 12, 0)));

        var reason = action.Should().BeOfType<NextAction.Wait>().Subject.Reasons.Should().ContainSingle(r => r.RuleId == RuleIds.Rcr02).Subject;
        reason.Explanation.Should().Contain("first call comes " + stated + " after the interview").And.NotContain("one to two weeks");
        reason.Declared.Should().BeSameAs(FirstCallDelay.RcrWait);
    }

    [Fact]
    public void Reason_WordedForTheDefault_StatesTheDefaultsValues()
    {
        FirstCallDelay.LibraryWait.Explanation.Should().Contain("3 business days");
        FollowUpPolicy.Create(FollowUpProfiles.Default).Strategies.Reasons.Should().Contain(r => r.RuleId == RuleIds.Etq06 && r.Explanation.Contains("11:00 to 13:00", StringComparison.Ordinal));
        FollowUpPolicy.Create(FollowUpProfiles.Rcr).Strategies.Reasons.Should().Contain(r => r.RuleId == RuleIds.Rcr02 && r.Explanation.Contains("1 week after", StringComparison.Ordinal));
        FollowUpPolicy.Create(FollowUpProfiles.Phn).Strategies.Reasons.Should().Contain(r => r.RuleId == RuleIds.Phn05 && r.Explanation.Contains("at most 2 voicemails, 2 business days apart", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(one|two|three|four|five|six|seven|eight|nine|ten|couple|few|several)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWords();

    [GeneratedRegex(@"\b(no one|one more|next one)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotFigures();

    [GeneratedRegex(@"\d+(:\d\d)?")]
    private static partial Regex Numbers();
}
