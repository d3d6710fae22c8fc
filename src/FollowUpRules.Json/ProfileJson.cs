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
    private const string Fields =
        "schemaVersion, basedOn, name, description, channels, offerWrittenAlternatives, thankYouMessage, firstCallDelayDays, dayCounting, "
        + "agencyUpdateDelayDays, weekOpeningBlackout, preWeekendBlackout, lunchBlackout, avoidHecticPeriods, avoidOutOfOffice, "
        + "callAtStartOrEndOfDay, startOfDaySpan, endOfDaySpan, minimumCallWindow, invitedCallLength, maxVoicemails, voicemailSpacingDays, "
        + "gatekeeper, declineUnfamiliarStaff, avoidGeneralNumber, maxFollowUpRounds, finalCallAfterSilence, giveUpAfterSilence, "
        + "roundInterval, attemptsPerRound, redialAfterDays, maxAttempts, whenNoDateGiven, sources, callWindowSearchDays";

    public static FollowUpProfile Read(JsonElement root)
    {
        var d = new JsonCursor(root, "$");
        FollowUpJson.CheckSchemaVersion(d);
        var p = FollowUpProfiles.Default;
        var basedOn = d.OptionalString("basedOn");
        if (basedOn is not null && !FollowUpProfiles.TryGet(basedOn, out p))
        {
            throw new FollowUpJsonException(d.Child("basedOn"), JsonCursor.Quote(basedOn) + " is not a built-in profile; use one of " + string.Join(", ", FollowUpProfiles.All.Select(x => x.Name)));
        }

        p = p! with { Name = d.String("name") };
        Set(d, "description", e => p = p with { Description = JsonCursor.AsString(e, d.Child("description")) });
        Set(d, "channels", e => p = p with { Channels = Channels(e, d.Child("channels")) });
        Set(d, "offerWrittenAlternatives", e => p = p with { OfferWrittenAlternatives = Bool(e, d.Child("offerWrittenAlternatives")) });
        Set(d, "thankYouMessage", e => p = p with { ThankYouMessage = JsonCursor.AsEnum<ThankYouMessage>(e, d.Child("thankYouMessage")) });
        Set(d, "firstCallDelayDays", e => p = p with { FirstCallDelayDays = JsonCursor.AsInteger(e, d.Child("firstCallDelayDays")) });
        Set(d, "dayCounting", e => p = p with { DayCounting = JsonCursor.AsEnum<DayCounting>(e, d.Child("dayCounting")) });
        SetNullable(d, "agencyUpdateDelayDays", e => p = p with { AgencyUpdateDelayDays = e is { } v ? JsonCursor.AsInteger(v, d.Child("agencyUpdateDelayDays")) : null });
        SetNullable(d, "weekOpeningBlackout", e => p = p with { WeekOpeningBlackout = e is { } v ? JsonCursor.AsDuration(v, d.Child("weekOpeningBlackout")) : null });
        SetNullable(d, "preWeekendBlackout", e => p = p with { PreWeekendBlackout = e is { } v ? JsonCursor.AsDuration(v, d.Child("preWeekendBlackout")) : null });
        SetNullable(d, "lunchBlackout", e => p = p with { LunchBlackout = e is { } v ? JsonCursor.AsRange(v, d.Child("lunchBlackout")) : null });
        Set(d, "avoidHecticPeriods", e => p = p with { AvoidHecticPeriods = Bool(e, d.Child("avoidHecticPeriods")) });
        Set(d, "avoidOutOfOffice", e => p = p with { AvoidOutOfOffice = Bool(e, d.Child("avoidOutOfOffice")) });
        Set(d, "callAtStartOrEndOfDay", e => p = p with { CallAtStartOrEndOfDay = Bool(e, d.Child("callAtStartOrEndOfDay")) });
        Set(d, "startOfDaySpan", e => p = p with { StartOfDaySpan = JsonCursor.AsDuration(e, d.Child("startOfDaySpan")) });
        Set(d, "endOfDaySpan", e => p = p with { EndOfDaySpan = JsonCursor.AsDuration(e, d.Child("endOfDaySpan")) });
        Set(d, "minimumCallWindow", e => p = p with { MinimumCallWindow = JsonCursor.AsDuration(e, d.Child("minimumCallWindow")) });
        Set(d, "invitedCallLength", e => p = p with { InvitedCallLength = JsonCursor.AsDuration(e, d.Child("invitedCallLength")) });
        Set(d, "maxVoicemails", e => p = p with { MaxVoicemails = JsonCursor.AsInteger(e, d.Child("maxVoicemails")) });
        Set(d, "voicemailSpacingDays", e => p = p with { VoicemailSpacingDays = JsonCursor.AsInteger(e, d.Child("voicemailSpacingDays")) });
        Set(d, "gatekeeper", e => p = p with { Gatekeeper = JsonCursor.AsEnum<GatekeeperApproach>(e, d.Child("gatekeeper")) });
        Set(d, "declineUnfamiliarStaff", e => p = p with { DeclineUnfamiliarStaff = Bool(e, d.Child("declineUnfamiliarStaff")) });
        Set(d, "avoidGeneralNumber", e => p = p with { AvoidGeneralNumber = Bool(e, d.Child("avoidGeneralNumber")) });
        SetNullable(d, "maxFollowUpRounds", e => p = p with { MaxFollowUpRounds = e is { } v ? JsonCursor.AsInteger(v, d.Child("maxFollowUpRounds")) : null });
        SetNullable(d, "finalCallAfterSilence", e => p = p with { FinalCallAfterSilence = e is { } v ? JsonCursor.AsPeriod(v, d.Child("finalCallAfterSilence")) : null });
        SetNullable(d, "giveUpAfterSilence", e => p = p with { GiveUpAfterSilence = e is { } v ? JsonCursor.AsPeriod(v, d.Child("giveUpAfterSilence")) : null });
        Set(d, "roundInterval", e => p = p with { RoundInterval = JsonCursor.AsPeriod(e, d.Child("roundInterval")) });
        Set(d, "attemptsPerRound", e => p = p with { AttemptsPerRound = JsonCursor.AsInteger(e, d.Child("attemptsPerRound")) });
        Set(d, "redialAfterDays", e => p = p with { RedialAfterDays = JsonCursor.AsInteger(e, d.Child("redialAfterDays")) });
        Set(d, "maxAttempts", e => p = p with { MaxAttempts = JsonCursor.AsInteger(e, d.Child("maxAttempts")) });
        Set(d, "whenNoDateGiven", e => p = p with { WhenNoDateGiven = JsonCursor.AsEnum<NoDateGivenApproach>(e, d.Child("whenNoDateGiven")) });
        Set(d, "sources", e => p = p with { Sources = Sources(e, d.Child("sources")) });
        Set(d, "callWindowSearchDays", e => p = p with { CallWindowSearchDays = JsonCursor.AsInteger(e, d.Child("callWindowSearchDays")) });
        d.EnsureNoOtherFields(Fields);
        return p;
    }

    public static ProfileDocument ToDocument(FollowUpProfile p) => new()
    {
        Name = p.Name,
        Description = p.Description,
        Channels = Flags(p.Channels, [ContactChannels.Phone, ContactChannels.Email, ContactChannels.HandwrittenNote, ContactChannels.LinkedInMessage]),
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
        Sources = Flags(p.Sources, [SourceArticles.Etq, SourceArticles.Eml, SourceArticles.Phn, SourceArticles.Rcr, SourceArticles.Cbr]),
        CallWindowSearchDays = p.CallWindowSearchDays,
    };

    /// <summary>Formats a duration the way profiles write it: ISO-8601 in hours and minutes, such as PT1H30M.</summary>
    internal static string? Duration(Duration? value) =>
        value is { } d ? PeriodPattern.NormalizingIso.Format(Period.FromNanoseconds(d.ToInt64Nanoseconds()).Normalize()) : null;

    private static void Set(JsonCursor d, string name, Action<JsonElement> apply)
    {
        if (!d.TryGet(name, out var value))
        {
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            throw new FollowUpJsonException(d.Child(name), "must not be null; leave the field out to keep the base profile's value");
        }

        apply(value);
    }

    private static void SetNullable(JsonCursor d, string name, Action<JsonElement?> apply)
    {
        if (d.TryGet(name, out var value))
        {
            apply(value.ValueKind == JsonValueKind.Null ? null : value);
        }
    }

    private static bool Bool(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw JsonCursor.WrongType(path, "true or false", value),
    };

    private static ContactChannels Channels(JsonElement value, string path) =>
        JsonCursor.AsArray(value, path, JsonCursor.AsEnum<ContactChannels>).Aggregate(ContactChannels.None, (all, one) => all | one);

    private static SourceArticles Sources(JsonElement value, string path) =>
        JsonCursor.AsArray(value, path, JsonCursor.AsEnum<SourceArticles>).Aggregate(SourceArticles.None, (all, one) => all | one);

    private static List<string> Flags<TEnum>(TEnum value, TEnum[] each)
        where TEnum : struct, Enum
    {
        var bits = Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        return each.Where(f => (bits & Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture)) != 0).Select(JsonNames.Of).ToList();
    }
}
