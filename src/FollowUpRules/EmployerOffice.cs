using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// The employer's office whose calendar every call follows: its time zone, working week and hours,
/// the periods the interviewer called hectic and the public holidays the host supplies.
/// </summary>
/// <remarks>
/// "Week", "weekend", "opening" and "closing" always mean this office's: an office working Sunday
/// to Thursday opens its week on Sunday and closes it on Thursday afternoon.
/// </remarks>
public sealed record EmployerOffice
{
    private readonly IReadOnlyList<HecticPeriod> _hecticPeriods = ValueList<HecticPeriod>.Empty;
    private readonly IReadOnlyList<LocalDate> _holidays = ValueList<LocalDate>.Empty;
    private readonly ValueList<int>? _holidayKeys = ValueList<int>.Empty;
    private readonly OfficeHours _hours = OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0));
    private readonly IsoDayOfWeek? _weekStartsOn;
    private readonly IsoDayOfWeek? _effectiveWeekStart = IsoDayOfWeek.Monday;

    /// <summary>Gets the office's tzdb time zone id, such as <c>Europe/London</c> or <c>Asia/Jerusalem</c>.</summary>
    public required string TimeZoneId { get; init; }

    /// <summary>Gets the opening hours per day of the week; a day without ranges is not a working day.</summary>
    /// <value>The default value is Monday to Friday, 09:00–17:00.</value>
    public OfficeHours Hours
    {
        get => _hours;
        init
        {
            _hours = value;
            _effectiveWeekStart = WorkOutWeekStart(_hours, _weekStartsOn);
        }
    }

    /// <summary>
    /// Gets the day the office's week opens on, when it should not be worked out from
    /// <see cref="Hours"/>. Left <see langword="null"/>, the week opens on the working day after the
    /// longest run of non-working days (Monday for Monday–Friday, Sunday for Sunday–Thursday); an
    /// office open every day then has no week opening or closing.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (worked out from the hours).</value>
    public IsoDayOfWeek? WeekStartsOn
    {
        get => _weekStartsOn;
        init
        {
            _weekStartsOn = value;
            _effectiveWeekStart = WorkOutWeekStart(_hours, _weekStartsOn);
        }
    }

    /// <summary>Gets the periods the interviewer described as hectic (ETQ-05).</summary>
    /// <value>The default value is an empty list.</value>
    public IReadOnlyList<HecticPeriod> HecticPeriods
    {
        get => _hecticPeriods;
        init => _hecticPeriods = ValueList<HecticPeriod>.CopyOf(value);
    }

    /// <summary>
    /// Gets the office's public holidays, in office-local dates, as supplied by the host. The office
    /// is closed on them: no call is proposed and they are not business days. A host may also supply
    /// holidays through an <see cref="IHolidayCalendar"/> on the policy.
    /// </summary>
    /// <value>The default value is an empty list.</value>
    public IReadOnlyList<LocalDate> Holidays
    {
        get => _holidays;
        init
        {
            _holidays = ValueList<LocalDate>.CopyOf(value);
            _holidayKeys = HolidayKeys.Of(((ValueList<LocalDate>)_holidays).Items);
        }
    }

    /// <summary>
    /// Gets a host-defined key (for example an ISO 3166-2 code such as <c>GB-ENG</c>) that the
    /// host's <see cref="IHolidayCalendar"/> uses to pick this office's holidays.
    /// </summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? HolidayRegion { get; init; }

    /// <summary>Gets the backing array of <see cref="HecticPeriods"/> for the engine.</summary>
    internal HecticPeriod[] HecticPeriodArray => ((ValueList<HecticPeriod>)_hecticPeriods).Items;

    /// <summary>Gets the backing array of <see cref="Holidays"/>, in the order given, for the engine.</summary>
    internal LocalDate[] HolidayArray => ((ValueList<LocalDate>)_holidays).Items;

    /// <summary>Tells whether <paramref name="date"/> is one of <see cref="Holidays"/>.</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns>
    /// <see langword="true"/> when the date is listed. Dates are equal only in the same calendar, as
    /// for <see cref="LocalDate"/>'s own equality: an ISO date never matches a listed Julian one.
    /// </returns>
    public bool IsListedHoliday(LocalDate date)
    {
        var holidays = ((ValueList<LocalDate>)_holidays).Items;
        if (holidays.Length == 0)
        {
            return false;
        }

        return _holidayKeys is { } keys && HolidayKeys.IsIso(date)
            ? HolidayKeys.Contains(keys.Items, HolidayKeys.Of(date))
            : Array.IndexOf(holidays, date) >= 0;
    }

    /// <summary>
    /// Gets the day the office's week opens on: <see cref="WeekStartsOn"/> when given, otherwise
    /// the working day after the longest run of non-working days (ties go to the run whose next day
    /// comes first counting from Sunday); <see langword="null"/> when every day is a working day or
    /// none is.
    /// </summary>
    public IsoDayOfWeek? EffectiveWeekStart => _effectiveWeekStart;

    private static IsoDayOfWeek? WorkOutWeekStart(OfficeHours? hours, IsoDayOfWeek? given)
    {
            if (given is { } explicitDay)
            {
                return explicitDay;
            }

            hours ??= OfficeHours.Closed;
            IsoDayOfWeek? best = null;
            var bestLength = 0;
            var bestRank = int.MaxValue;

            // Look at each working day whose previous day is not a working day: it ends a run of
            // non-working days. The longest such run marks the weekend.
            for (var d = 1; d <= 7; d++)
            {
                var day = (IsoDayOfWeek)d;
                if (!hours.IsWorkingDay(day))
                {
                    continue;
                }

                var length = 0;
                var previous = day;
                while (length < 7)
                {
                    previous = previous == IsoDayOfWeek.Monday ? IsoDayOfWeek.Sunday : previous - 1;
                    if (hours.IsWorkingDay(previous))
                    {
                        break;
                    }

                    length++;
                }

                if (length == 0)
                {
                    continue;
                }

                var rank = day == IsoDayOfWeek.Sunday ? 0 : d;
                if (length > bestLength || (length == bestLength && rank < bestRank))
                {
                    best = day;
                    bestLength = length;
                    bestRank = rank;
                }
            }

            return best;
    }
}
