using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>Checks every setting of a profile, and the settings against each other.</summary>
internal static class ProfileValidator
{
    private static readonly Duration Day = Duration.FromDays(1);

    public static List<ValidationProblem> Validate(FollowUpProfile profile)
    {
        var problems = new List<ValidationProblem>();
        void Add(string path, string value, string message) => problems.Add(new ValidationProblem(path, value, message));

        if (!IsValidName(profile.Name))
        {
            Add("name", ValueText.Of(profile.Name), "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }

        var channelsOk = false;
        if (((int)profile.Channels & ~(int)AllowedChannels.All) != 0)
        {
            Add("channels", ValueText.Of(profile.Channels), "must combine Phone, Email, HandwrittenNote and LinkedInMessage");
        }
        else if (profile.Channels == AllowedChannels.None)
        {
            Add("channels", ValueText.Of(profile.Channels), "must allow at least one channel");
        }
        else if ((profile.Channels & (AllowedChannels.Phone | AllowedChannels.Email | AllowedChannels.HandwrittenNote)) == 0)
        {
            Add("channels", ValueText.Of(profile.Channels), "must allow Phone, Email or HandwrittenNote: LinkedIn is only for work already discussed there (RCR-20), so it cannot carry a follow-up alone");
        }
        else
        {
            channelsOk = true;
        }

        // Settings that contradict the channels are only checked against channels that make sense.

        Enum(problems, "thankYouMessage", profile.ThankYouMessage, DefinedEnums.IsDefined(profile.ThankYouMessage));
        if (channelsOk && profile.ThankYouMessage == ThankYouMessage.Email && !profile.Allows(AllowedChannels.Email))
        {
            Add("thankYouMessage", ValueText.Of(profile.ThankYouMessage), "contradicts channels " + ValueText.Of(profile.Channels) + ", which do not allow Email");
        }

        if (channelsOk && profile.ThankYouMessage == ThankYouMessage.HandwrittenNote && !profile.Allows(AllowedChannels.HandwrittenNote))
        {
            Add("thankYouMessage", ValueText.Of(profile.ThankYouMessage), "contradicts channels " + ValueText.Of(profile.Channels) + ", which do not allow HandwrittenNote");
        }

        if (channelsOk && profile.OfferWrittenAlternatives && !profile.Allows(AllowedChannels.Email) && !profile.Allows(AllowedChannels.HandwrittenNote))
        {
            Add("offerWrittenAlternatives", "true", "contradicts channels " + ValueText.Of(profile.Channels) + ": a written alternative needs Email or HandwrittenNote");
        }

        if (channelsOk && !profile.AllowsPhone && profile.ThankYouMessage == ThankYouMessage.None)
        {
            Add("thankYouMessage", ValueText.Of(profile.ThankYouMessage), "contradicts channels " + ValueText.Of(profile.Channels) + ": without Phone the thank-you is the whole follow-up, so it cannot be None");
        }

        Range(problems, "firstCallDelayDays", profile.FirstCallDelayDays, 0, 365);
        Enum(problems, "dayCounting", profile.DayCounting, DefinedEnums.IsDefined(profile.DayCounting));
        if (profile.AgencyUpdateDelayDays is { } agency)
        {
            Range(problems, "agencyUpdateDelayDays", agency, 0, 365);
        }

        Blackout(problems, "weekOpeningBlackout", profile.WeekOpeningBlackout);
        Blackout(problems, "preWeekendBlackout", profile.PreWeekendBlackout);
        if (profile.LunchBlackout is { } lunch)
        {
            if (!lunch.IsValid)
            {
                Add("lunchBlackout", ValueText.Of(lunch), CaseValidator.RangeIssue(lunch));
            }
            else if (lunch == TimeOfDayRange.WholeDay)
            {
                Add("lunchBlackout", ValueText.Of(lunch), "covers the whole day, which would block every call; use a shorter range or remove the phone channel");
            }
        }

        Span(problems, "startOfDaySpan", profile.StartOfDaySpan);
        Span(problems, "endOfDaySpan", profile.EndOfDaySpan);
        if (profile.CallAtStartOrEndOfDay && profile.StartOfDaySpan == Duration.Zero && profile.EndOfDaySpan == Duration.Zero)
        {
            Add("callAtStartOrEndOfDay", "true", "needs a start-of-day or end-of-day span longer than zero, or every call window has zero length");
        }

        Between(problems, "minimumCallWindow", profile.MinimumCallWindow, Duration.FromMinutes(1), Duration.FromHours(8), "between PT1M and PT8H");
        Between(problems, "invitedCallLength", profile.InvitedCallLength, Duration.FromMinutes(5), Duration.FromHours(4), "between PT5M and PT4H");

        Range(problems, "maxVoicemails", profile.MaxVoicemails, 0, 10);
        if (channelsOk && profile.MaxVoicemails > 0 && !profile.AllowsPhone)
        {
            Add("maxVoicemails", ValueText.Of(profile.MaxVoicemails), "contradicts channels " + ValueText.Of(profile.Channels) + ": voicemails need phone calls; set it to 0 or allow Phone");
        }

        Range(problems, "voicemailSpacingDays", profile.VoicemailSpacingDays, 0, 365);
        Enum(problems, "gatekeeper", profile.Gatekeeper, DefinedEnums.IsDefined(profile.Gatekeeper));

        if (profile.MaxFollowUpRounds is { } rounds)
        {
            if (rounds == 0)
            {
                Add("maxFollowUpRounds", "0", "must be between 1 and 20, or null for no limit; to never call, leave Phone out of channels");
            }
            else
            {
                Range(problems, "maxFollowUpRounds", rounds, 1, 20);
            }
        }
        else if (profile.FinalCallAfterSilence is not null)
        {
            Add("finalCallAfterSilence", ValueText.Of(profile.FinalCallAfterSilence), "contradicts maxFollowUpRounds = null: a final call after silence only follows a limited number of rounds");
        }

        Weeks(problems, "finalCallAfterSilence", profile.FinalCallAfterSilence);
        Weeks(problems, "giveUpAfterSilence", profile.GiveUpAfterSilence);
        if (profile.RoundInterval is null)
        {
            Add("roundInterval", ValueText.Null, "is required: a period of whole days up to a year, such as P1W");
        }
        else
        {
            Weeks(problems, "roundInterval", profile.RoundInterval);
        }

        Range(problems, "attemptsPerRound", profile.AttemptsPerRound, 1, 10);
        Range(problems, "redialAfterDays", profile.RedialAfterDays, 0, 30);
        Range(problems, "maxAttempts", profile.MaxAttempts, 1, 50);
        Enum(problems, "whenNoDateGiven", profile.WhenNoDateGiven, DefinedEnums.IsDefined(profile.WhenNoDateGiven));
        if (((int)profile.Sources & ~(int)ArticleSet.All) != 0)
        {
            Add("sources", ValueText.Of(profile.Sources), "must combine Etq, Eml, Phn, Rcr and Cbr");
        }

        Range(problems, "callWindowSearchDays", profile.CallWindowSearchDays, 7, 732);
        return problems;
    }

    private static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name!.Length > 64 || !char.IsLetterOrDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!((c is >= 'a' and <= 'z') || (c is >= 'A' and <= 'Z') || (c is >= '0' and <= '9') || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Enum<TEnum>(List<ValidationProblem> problems, string path, TEnum value, bool defined)
        where TEnum : struct, Enum
    {
        if (!defined)
        {
#if NET8_0_OR_GREATER
            var names = System.Enum.GetNames<TEnum>();
#else
            var names = System.Enum.GetNames(typeof(TEnum));
#endif
            problems.Add(new ValidationProblem(path, ValueText.Of(value), "must be one of " + string.Join(", ", names)));
        }
    }

    private static void Range(List<ValidationProblem> problems, string path, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add(new ValidationProblem(path, ValueText.Of(value), $"must be between {min} and {max}"));
        }
    }

    private static void Between(List<ValidationProblem> problems, string path, Duration value, Duration min, Duration max, string allowed)
    {
        if (value < min || value > max)
        {
            problems.Add(new ValidationProblem(path, ValueText.Of(value), "must be " + allowed));
        }
    }

    private static void Blackout(List<ValidationProblem> problems, string path, Duration? value)
    {
        if (value is { } duration && (duration <= Duration.Zero || duration > Day))
        {
            problems.Add(new ValidationProblem(path, ValueText.Of(duration), "must be longer than zero and at most PT24H, or null for no blackout"));
        }
    }

    private static void Span(List<ValidationProblem> problems, string path, Duration value)
    {
        if (value < Duration.Zero || value > Day)
        {
            problems.Add(new ValidationProblem(path, ValueText.Of(value), "must be between PT0S and PT24H"));
        }
    }

    private static void Weeks(List<ValidationProblem> problems, string path, Period? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.HasTimeComponent)
        {
            problems.Add(new ValidationProblem(path, ValueText.Of(value), "must be whole days, weeks, months or years (no hours or smaller)"));
            return;
        }

        // Weeks and days add up directly; months and years need a calendar.
        var reference = new LocalDate(2001, 1, 1);
        var days = value.Months == 0 && value.Years == 0
            ? (value.Weeks * 7L) + value.Days
            : Period.Between(reference, reference.Plus(value), PeriodUnits.Days).Days;
        if (days <= 0 || days > 366)
        {
            problems.Add(new ValidationProblem(path, ValueText.Of(value), "must be longer than zero and at most a year"));
        }
    }
}
