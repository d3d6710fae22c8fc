using System.Text.Json;
using FollowUpRules.Catalogue;
using NodaTime.Text;
using NodaTime;

namespace FollowUpRules.Json;

/// <summary>
/// Reads and writes profiles. A profile document may start from a built-in profile
/// (<c>"basedOn": "rcr"</c>) and override some settings; a field that is present replaces the
/// base's value (including with <c>null</c>, where the setting allows it), an absent field keeps it.
/// </summary>
internal static class ProfileJson
{
    private static readonly JsonValueReader<bool> Bool = JsonValues.Boolean;

    /// <summary>The profile document. <c>basedOn</c> is read first (it chooses the seed); every other field replaces the base's value.</summary>
    public static readonly JsonShape<FollowUpProfile> Shape = FollowUpJson.Versioned(new JsonShape<FollowUpProfile>())
        .Ignored("basedOn")
        .Required("name", JsonValues.String, (p, v) => p with { Name = v })
        .NotNull("description", JsonValues.String, (p, v) => p with { Description = v })
        .NotNull("channels", JsonValues.ArrayOf(JsonValues.Enum<AllowedChannels>()), (p, v) => p with { Channels = v.Aggregate(AllowedChannels.None, (all, one) => all | one) })
        .NotNull("offerWrittenAlternatives", Bool, (p, v) => p with { OfferWrittenAlternatives = v })
        .NotNull("thankYouMessage", JsonValues.Enum<ThankYouMessage>(), (p, v) => p with { ThankYouMessage = v })
        .NotNull("firstCallDelayDays", JsonValues.Integer, (p, v) => p with { FirstCallDelayDays = v })
        .NotNull("dayCounting", JsonValues.Enum<DayCounting>(), (p, v) => p with { DayCounting = v })
        .NullableValue<int>("agencyUpdateDelayDays", JsonValues.Integer, (p, v) => p with { AgencyUpdateDelayDays = v })
        .NullableValue<Duration>("weekOpeningBlackout", JsonValues.Duration, (p, v) => p with { WeekOpeningBlackout = v })
        .NullableValue<Duration>("preWeekendBlackout", JsonValues.Duration, (p, v) => p with { PreWeekendBlackout = v })
        .NullableValue<TimeOfDayRange>("lunchBlackout", JsonValues.Range, (p, v) => p with { LunchBlackout = v })
        .NotNull("avoidHecticPeriods", Bool, (p, v) => p with { AvoidHecticPeriods = v })
        .NotNull("avoidOutOfOffice", Bool, (p, v) => p with { AvoidOutOfOffice = v })
        .NotNull("callAtStartOrEndOfDay", Bool, (p, v) => p with { CallAtStartOrEndOfDay = v })
        .NotNull("startOfDaySpan", JsonValues.Duration, (p, v) => p with { StartOfDaySpan = v })
        .NotNull("endOfDaySpan", JsonValues.Duration, (p, v) => p with { EndOfDaySpan = v })
        .NotNull("minimumCallWindow", JsonValues.Duration, (p, v) => p with { MinimumCallWindow = v })
        .NotNull("invitedCallLength", JsonValues.Duration, (p, v) => p with { InvitedCallLength = v })
        .NotNull("maxVoicemails", JsonValues.Integer, (p, v) => p with { MaxVoicemails = v })
        .NotNull("voicemailSpacingDays", JsonValues.Integer, (p, v) => p with { VoicemailSpacingDays = v })
        .NotNull("gatekeeper", JsonValues.Enum<GatekeeperPlan>(), (p, v) => p with { Gatekeeper = v })
        .NotNull("declineUnfamiliarStaff", Bool, (p, v) => p with { DeclineUnfamiliarStaff = v })
        .NotNull("avoidGeneralNumber", Bool, (p, v) => p with { AvoidGeneralNumber = v })
        .NullableValue<int>("maxFollowUpRounds", JsonValues.Integer, (p, v) => p with { MaxFollowUpRounds = v })
        .Nullable<Period>("finalCallAfterSilence", JsonValues.Period, (p, v) => p with { FinalCallAfterSilence = v })
        .Nullable<Period>("giveUpAfterSilence", JsonValues.Period, (p, v) => p with { GiveUpAfterSilence = v })
        .NotNull("roundInterval", JsonValues.Period, (p, v) => p with { RoundInterval = v })
        .NotNull("attemptsPerRound", JsonValues.Integer, (p, v) => p with { AttemptsPerRound = v })
        .NotNull("redialAfterDays", JsonValues.Integer, (p, v) => p with { RedialAfterDays = v })
        .NotNull("maxAttempts", JsonValues.Integer, (p, v) => p with { MaxAttempts = v })
        .NotNull("whenNoDateGiven", JsonValues.Enum<NoDateGivenApproach>(), (p, v) => p with { WhenNoDateGiven = v })
        .NotNull("sources", JsonValues.ArrayOf(JsonValues.Enum<ArticleSet>()), (p, v) => p with { Sources = v.Aggregate(ArticleSet.None, (all, one) => all | one) })
        .NotNull("callWindowSearchDays", JsonValues.Integer, (p, v) => p with { CallWindowSearchDays = v });

    public static FollowUpProfile Read(JsonElement root, JsonReading reading)
    {
        var seed = FollowUpProfiles.Default;
        if (JsonValues.TryGetField(root, "basedOn", out var basedOn) && basedOn.ValueKind != JsonValueKind.Null)
        {
            reading.Enter("basedOn");
            if (JsonValues.String(basedOn, reading, out var name) && !FollowUpProfiles.TryGet(name, out seed))
            {
                reading.Problem(JsonValues.Quote(name) + " is not a built-in profile; use one of " + string.Join(", ", FollowUpProfiles.All.Select(x => x.Name)));
            }

            reading.Leave();
        }

        Shape.TryRead(root, reading, seed ?? FollowUpProfiles.Default, out var profile);
        reading.ThrowIfFailed();
        return profile;
    }

    public static ProfileDocument ToDocument(FollowUpProfile p) => new()
    {
        Name = p.Name,
        Description = p.Description,
        Channels = Flags(p.Channels, [AllowedChannels.Phone, AllowedChannels.Email, AllowedChannels.HandwrittenNote, AllowedChannels.LinkedInMessage]),
        OfferWrittenAlternatives = p.OfferWrittenAlternatives,
        ThankYouMessage = JsonNames.Of(p.ThankYouMessage),
        FirstCallDelayDays = p.FirstCallDelayDays,
        DayCounting = JsonNames.Of(p.DayCounting),
        AgencyUpdateDelayDays = p.AgencyUpdateDelayDays,
        WeekOpeningBlackout = Duration(p.WeekOpeningBlackout),
        PreWeekendBlackout = Duration(p.PreWeekendBlackout),
        LunchBlackout = p.LunchBlackout?.ToString(),
        AvoidHecticPeriods = p.AvoidHecticPeriods,
        AvoidOutOfOffice = p.AvoidOutOfOffice,
        CallAtStartOrEndOfDay = p.CallAtStartOrEndOfDay,
        StartOfDaySpan = Duration(p.StartOfDaySpan)!,
        EndOfDaySpan = Duration(p.EndOfDaySpan)!,
        MinimumCallWindow = Duration(p.MinimumCallWindow)!,
        InvitedCallLength = Duration(p.InvitedCallLength)!,
        MaxVoicemails = p.MaxVoicemails,
        VoicemailSpacingDays = p.VoicemailSpacingDays,
        Gatekeeper = JsonNames.Of(p.Gatekeeper),
        DeclineUnfamiliarStaff = p.DeclineUnfamiliarStaff,
        AvoidGeneralNumber = p.AvoidGeneralNumber,
        MaxFollowUpRounds = p.MaxFollowUpRounds,
        FinalCallAfterSilence = p.FinalCallAfterSilence?.ToString(),
        GiveUpAfterSilence = p.GiveUpAfterSilence?.ToString(),
        RoundInterval = p.RoundInterval.ToString(),
        AttemptsPerRound = p.AttemptsPerRound,
        RedialAfterDays = p.RedialAfterDays,
        MaxAttempts = p.MaxAttempts,
        WhenNoDateGiven = JsonNames.Of(p.WhenNoDateGiven),
        Sources = Flags(p.Sources, [ArticleSet.Etq, ArticleSet.Eml, ArticleSet.Phn, ArticleSet.Rcr, ArticleSet.Cbr]),
        CallWindowSearchDays = p.CallWindowSearchDays,
    };

    /// <summary>Formats a duration the way profiles write it: ISO-8601 in hours and minutes, such as PT1H30M.</summary>
    internal static string? Duration(Duration? value) =>
        value is { } d ? PeriodPattern.NormalizingIso.Format(Period.FromNanoseconds(d.ToInt64Nanoseconds()).Normalize()) : null;

    private static List<string> Flags<TEnum>(TEnum value, TEnum[] each)
        where TEnum : struct, Enum
    {
        var bits = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        return each.Where(f => (bits & Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture)) != 0).Select(JsonNames.Of).ToList();
    }
}
