using FluentAssertions;

namespace FollowUpRules.Tests;

/// <summary>
/// The catalogue of profile settings a strategy declares it reads: the names and values that
/// policy warnings and inspection show, so a host can see which setting of its profile is in play.
/// </summary>
public sealed class ProfileSettingsTests
{
    /// <summary>Each yes-or-no setting, with a way to turn it the other way and to read it.</summary>
    public static TheoryData<string, Func<FollowUpProfile, FollowUpProfile>, Func<FollowUpProfile, bool>> Switches => new()
    {
        { nameof(FollowUpProfile.OfferWrittenAlternatives), p => p with { OfferWrittenAlternatives = !p.OfferWrittenAlternatives }, p => p.OfferWrittenAlternatives },
        { nameof(FollowUpProfile.AvoidHecticPeriods), p => p with { AvoidHecticPeriods = !p.AvoidHecticPeriods }, p => p.AvoidHecticPeriods },
        { nameof(FollowUpProfile.AvoidOutOfOffice), p => p with { AvoidOutOfOffice = !p.AvoidOutOfOffice }, p => p.AvoidOutOfOffice },
        { nameof(FollowUpProfile.CallAtStartOrEndOfDay), p => p with { CallAtStartOrEndOfDay = !p.CallAtStartOrEndOfDay }, p => p.CallAtStartOrEndOfDay },
        { nameof(FollowUpProfile.DeclineUnfamiliarStaff), p => p with { DeclineUnfamiliarStaff = !p.DeclineUnfamiliarStaff }, p => p.DeclineUnfamiliarStaff },
        { nameof(FollowUpProfile.AvoidGeneralNumber), p => p with { AvoidGeneralNumber = !p.AvoidGeneralNumber }, p => p.AvoidGeneralNumber },
    };

    [Theory]
    [MemberData(nameof(Switches))]
    public void ValueIn_AYesOrNoSetting_IsTrueOrFalseAsTheProfileSetsIt(string name, Func<FollowUpProfile, FollowUpProfile> flip, Func<FollowUpProfile, bool> read)
    {
        var setting = ProfileSettings.All.Single(s => s.Name == name);
        var flipped = flip(FollowUpProfiles.Default);

        setting.ValueIn(FollowUpProfiles.Default).Should().Be(read(FollowUpProfiles.Default) ? "true" : "false");
        setting.ValueIn(flipped).Should().Be(read(flipped) ? "true" : "false");
        setting.ValueIn(flipped).Should().NotBe(setting.ValueIn(FollowUpProfiles.Default));
    }

    [Fact]
    public void All_EverySetting_HasAUniqueNameAJsonPathAndAValueInEveryBuiltInProfile()
    {
        ProfileSettings.All.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        foreach (var setting in ProfileSettings.All)
        {
            setting.Path.Should().Be(char.ToLowerInvariant(setting.Name[0]) + setting.Name[1..]);
            setting.ToString().Should().Be(setting.Path);
            typeof(FollowUpProfile).GetProperty(setting.Name).Should().NotBeNull("{0} names a profile property", setting.Name);
            foreach (var profile in FollowUpProfiles.All)
            {
                setting.ValueIn(profile).Should().NotBeNullOrWhiteSpace("{0} in {1}", setting.Name, profile.Name);
            }
        }
    }
}
