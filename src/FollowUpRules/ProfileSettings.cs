using FollowUpRules.Engine;

namespace FollowUpRules;

/// <summary>
/// Every setting of a <see cref="FollowUpProfile"/>, by name: what strategies declare they read
/// (<see cref="Strategies.StrategyDescriptor.Settings"/>), so that a policy can report a setting that
/// none of its strategies reads (<see cref="PolicyStrategies.Warnings"/>).
/// </summary>
public static class ProfileSettings
{
    /// <summary>Gets <see cref="FollowUpProfile.Name"/>: the profile's name.</summary>
    public static ProfileSetting Name { get; } = new(nameof(FollowUpProfile.Name), p => ValueText.Of(p.Name));

    /// <summary>Gets <see cref="FollowUpProfile.Description"/>: the profile's description.</summary>
    public static ProfileSetting Description { get; } = new(nameof(FollowUpProfile.Description), p => ValueText.Of(p.Description));

    /// <summary>Gets <see cref="FollowUpProfile.Channels"/>: the channels the candidate may use (D1).</summary>
    public static ProfileSetting Channels { get; } = new(nameof(FollowUpProfile.Channels), p => p.Channels.ToString());

    /// <summary>Gets <see cref="FollowUpProfile.OfferWrittenAlternatives"/>: whether a written follow-up replaces a call the candidate would rather not make (RCR-19).</summary>
    public static ProfileSetting OfferWrittenAlternatives { get; } = new(nameof(FollowUpProfile.OfferWrittenAlternatives), p => p.OfferWrittenAlternatives ? "true" : "false");

    /// <summary>Gets <see cref="FollowUpProfile.ThankYouMessage"/>: the message sent straight after the interview.</summary>
    public static ProfileSetting ThankYouMessage { get; } = new(nameof(FollowUpProfile.ThankYouMessage), p => ValueText.Of(p.ThankYouMessage));

    /// <summary>Gets <see cref="FollowUpProfile.FirstCallDelayDays"/>: the days before the first call.</summary>
    public static ProfileSetting FirstCallDelayDays { get; } = new(nameof(FollowUpProfile.FirstCallDelayDays), p => ValueText.Of(p.FirstCallDelayDays));

    /// <summary>Gets <see cref="FollowUpProfile.DayCounting"/>: how waits in days are counted.</summary>
    public static ProfileSetting DayCounting { get; } = new(nameof(FollowUpProfile.DayCounting), p => ValueText.Of(p.DayCounting));

    /// <summary>Gets <see cref="FollowUpProfile.AgencyUpdateDelayDays"/>: the days before an agency candidate asks the agency for an update (RCR-03).</summary>
    public static ProfileSetting AgencyUpdateDelayDays { get; } = new(nameof(FollowUpProfile.AgencyUpdateDelayDays), p => ValueText.Of(p.AgencyUpdateDelayDays));

    /// <summary>Gets <see cref="FollowUpProfile.WeekOpeningBlackout"/>: the time after the office opens for its week with no call (ETQ-03).</summary>
    public static ProfileSetting WeekOpeningBlackout { get; } = new(nameof(FollowUpProfile.WeekOpeningBlackout), p => ValueText.Of(p.WeekOpeningBlackout));

    /// <summary>Gets <see cref="FollowUpProfile.PreWeekendBlackout"/>: the time before the office's weekend with no call (ETQ-04).</summary>
    public static ProfileSetting PreWeekendBlackout { get; } = new(nameof(FollowUpProfile.PreWeekendBlackout), p => ValueText.Of(p.PreWeekendBlackout));

    /// <summary>Gets <see cref="FollowUpProfile.LunchBlackout"/>: the daily lunch blackout (ETQ-06).</summary>
    public static ProfileSetting LunchBlackout { get; } = new(nameof(FollowUpProfile.LunchBlackout), p => ValueText.Of(p.LunchBlackout));

    /// <summary>Gets <see cref="FollowUpProfile.AvoidHecticPeriods"/>: whether hectic periods are avoided (ETQ-05).</summary>
    public static ProfileSetting AvoidHecticPeriods { get; } = new(nameof(FollowUpProfile.AvoidHecticPeriods), p => p.AvoidHecticPeriods ? "true" : "false");

    /// <summary>Gets <see cref="FollowUpProfile.AvoidOutOfOffice"/>: whether the days the person called is away are avoided (ETQ-07).</summary>
    public static ProfileSetting AvoidOutOfOffice { get; } = new(nameof(FollowUpProfile.AvoidOutOfOffice), p => p.AvoidOutOfOffice ? "true" : "false");

    /// <summary>Gets <see cref="FollowUpProfile.CallAtStartOrEndOfDay"/>: whether calls go only at the start or end of the working day (RCR-04).</summary>
    public static ProfileSetting CallAtStartOrEndOfDay { get; } = new(nameof(FollowUpProfile.CallAtStartOrEndOfDay), p => p.CallAtStartOrEndOfDay ? "true" : "false");

    /// <summary>Gets <see cref="FollowUpProfile.StartOfDaySpan"/>: how much of the working day counts as its start (RCR-04).</summary>
    public static ProfileSetting StartOfDaySpan { get; } = new(nameof(FollowUpProfile.StartOfDaySpan), p => ValueText.Of(p.StartOfDaySpan));

    /// <summary>Gets <see cref="FollowUpProfile.EndOfDaySpan"/>: how much of the working day counts as its end (RCR-04).</summary>
    public static ProfileSetting EndOfDaySpan { get; } = new(nameof(FollowUpProfile.EndOfDaySpan), p => ValueText.Of(p.EndOfDaySpan));

    /// <summary>Gets <see cref="FollowUpProfile.MinimumCallWindow"/>: the shortest window worth offering (FUR-11).</summary>
    public static ProfileSetting MinimumCallWindow { get; } = new(nameof(FollowUpProfile.MinimumCallWindow), p => ValueText.Of(p.MinimumCallWindow));

    /// <summary>Gets <see cref="FollowUpProfile.InvitedCallLength"/>: the length of the window at a time the employer named (FUR-12).</summary>
    public static ProfileSetting InvitedCallLength { get; } = new(nameof(FollowUpProfile.InvitedCallLength), p => ValueText.Of(p.InvitedCallLength));

    /// <summary>Gets <see cref="FollowUpProfile.MaxVoicemails"/>: the most voicemails in the whole follow-up (PHN-05, RCR-10).</summary>
    public static ProfileSetting MaxVoicemails { get; } = new(nameof(FollowUpProfile.MaxVoicemails), p => ValueText.Of(p.MaxVoicemails));

    /// <summary>Gets <see cref="FollowUpProfile.VoicemailSpacingDays"/>: the days between voicemails, and between a voicemail and the next call (PHN-05).</summary>
    public static ProfileSetting VoicemailSpacingDays { get; } = new(nameof(FollowUpProfile.VoicemailSpacingDays), p => ValueText.Of(p.VoicemailSpacingDays));

    /// <summary>Gets <see cref="FollowUpProfile.Gatekeeper"/>: what to do when a receptionist answers (D5).</summary>
    public static ProfileSetting Gatekeeper { get; } = new(nameof(FollowUpProfile.Gatekeeper), p => ValueText.Of(p.Gatekeeper));

    /// <summary>Gets <see cref="FollowUpProfile.DeclineUnfamiliarStaff"/>: whether to decline staff who were not at the interview (CBR-02).</summary>
    public static ProfileSetting DeclineUnfamiliarStaff { get; } = new(nameof(FollowUpProfile.DeclineUnfamiliarStaff), p => p.DeclineUnfamiliarStaff ? "true" : "false");

    /// <summary>Gets <see cref="FollowUpProfile.AvoidGeneralNumber"/>: whether the general number is avoided (RCR-15).</summary>
    public static ProfileSetting AvoidGeneralNumber { get; } = new(nameof(FollowUpProfile.AvoidGeneralNumber), p => p.AvoidGeneralNumber ? "true" : "false");

    /// <summary>Gets <see cref="FollowUpProfile.MaxFollowUpRounds"/>: how many follow-up rounds the candidate makes (RCR-17, CBR-07).</summary>
    public static ProfileSetting MaxFollowUpRounds { get; } = new(nameof(FollowUpProfile.MaxFollowUpRounds), p => ValueText.Of(p.MaxFollowUpRounds));

    /// <summary>Gets <see cref="FollowUpProfile.FinalCallAfterSilence"/>: the silence after which one more call is made (CBR-08).</summary>
    public static ProfileSetting FinalCallAfterSilence { get; } = new(nameof(FollowUpProfile.FinalCallAfterSilence), p => ValueText.Of(p.FinalCallAfterSilence));

    /// <summary>Gets <see cref="FollowUpProfile.GiveUpAfterSilence"/>: how long calls may go unreturned before stopping (PHN-06).</summary>
    public static ProfileSetting GiveUpAfterSilence { get; } = new(nameof(FollowUpProfile.GiveUpAfterSilence), p => ValueText.Of(p.GiveUpAfterSilence));

    /// <summary>Gets <see cref="FollowUpProfile.RoundInterval"/>: the time between completed rounds (FUR-09).</summary>
    public static ProfileSetting RoundInterval { get; } = new(nameof(FollowUpProfile.RoundInterval), p => ValueText.Of(p.RoundInterval));

    /// <summary>Gets <see cref="FollowUpProfile.AttemptsPerRound"/>: how many unanswered calls make up one round (FUR-10).</summary>
    public static ProfileSetting AttemptsPerRound { get; } = new(nameof(FollowUpProfile.AttemptsPerRound), p => ValueText.Of(p.AttemptsPerRound));

    /// <summary>Gets <see cref="FollowUpProfile.RedialAfterDays"/>: the days before calling again after a call that reached nobody useful (FUR-04).</summary>
    public static ProfileSetting RedialAfterDays { get; } = new(nameof(FollowUpProfile.RedialAfterDays), p => ValueText.Of(p.RedialAfterDays));

    /// <summary>Gets <see cref="FollowUpProfile.MaxAttempts"/>: the ceiling on follow-up attempts (FUR-05).</summary>
    public static ProfileSetting MaxAttempts { get; } = new(nameof(FollowUpProfile.MaxAttempts), p => ValueText.Of(p.MaxAttempts));

    /// <summary>Gets <see cref="FollowUpProfile.WhenNoDateGiven"/>: what to ask when a call yields no decision date (D7).</summary>
    public static ProfileSetting WhenNoDateGiven { get; } = new(nameof(FollowUpProfile.WhenNoDateGiven), p => ValueText.Of(p.WhenNoDateGiven));

    /// <summary>Gets <see cref="FollowUpProfile.Sources"/>: the articles the profile follows, whose rules its decisions and scripts cite.</summary>
    public static ProfileSetting Sources { get; } = new(nameof(FollowUpProfile.Sources), p => p.Sources.ToString());

    /// <summary>Gets <see cref="FollowUpProfile.CallWindowSearchDays"/>: how many days ahead call windows are looked for (FUR-06).</summary>
    public static ProfileSetting CallWindowSearchDays { get; } = new(nameof(FollowUpProfile.CallWindowSearchDays), p => ValueText.Of(p.CallWindowSearchDays));

    /// <summary>Gets every setting, in the order the profile declares them.</summary>
    public static IReadOnlyList<ProfileSetting> All { get; } =
    [
        Name,
        Description,
        Channels,
        OfferWrittenAlternatives,
        ThankYouMessage,
        FirstCallDelayDays,
        DayCounting,
        AgencyUpdateDelayDays,
        WeekOpeningBlackout,
        PreWeekendBlackout,
        LunchBlackout,
        AvoidHecticPeriods,
        AvoidOutOfOffice,
        CallAtStartOrEndOfDay,
        StartOfDaySpan,
        EndOfDaySpan,
        MinimumCallWindow,
        InvitedCallLength,
        MaxVoicemails,
        VoicemailSpacingDays,
        Gatekeeper,
        DeclineUnfamiliarStaff,
        AvoidGeneralNumber,
        MaxFollowUpRounds,
        FinalCallAfterSilence,
        GiveUpAfterSilence,
        RoundInterval,
        AttemptsPerRound,
        RedialAfterDays,
        MaxAttempts,
        WhenNoDateGiven,
        Sources,
        CallWindowSearchDays,
    ];
}
