using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// The employer office's calendar as the engine sees it: its time zone, which days it is open
/// (working days less holidays), the days that open and close its week, and day arithmetic in
/// business or calendar days.
/// </summary>
/// <remarks>
/// <para>Wall-clock times map to instants with one fixed resolution: a time the clock skips (a
/// spring-forward gap) maps to the first instant after the gap; a time the clock shows twice (a
/// fall-back overlap) maps to its first occurrence.</para>
/// <para>An office's week runs from <see cref="EmployerOffice.EffectiveWeekStart"/> for seven days.
/// The first open day of that week "opens the week" and the last open day "closes" it, so a
/// holiday on the usual first day moves the opening to the next open day.</para>
/// </remarks>
public readonly struct OfficeCalendar
{
    /// <summary>The most days a business-day count walks before giving up on an office that never opens.</summary>
    private const int MaxWalk = 3660;

    private readonly IHolidayCalendar? _holidays;

    /// <summary>Initializes a new instance of the <see cref="OfficeCalendar"/> struct.</summary>
    /// <param name="office">The office.</param>
    /// <param name="zone">The office's time zone (a policy resolves <see cref="EmployerOffice.TimeZoneId"/> to it).</param>
    /// <param name="holidays">A host's holiday calendar, consulted with the office's own holidays; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="office"/> or <paramref name="zone"/> is null.</exception>
    public OfficeCalendar(EmployerOffice office, DateTimeZone zone, IHolidayCalendar? holidays = null)
    {
        Office = Guard.NotNull(office);
        Zone = Guard.NotNull(zone);
        _holidays = holidays;
    }

    /// <summary>Gets the office.</summary>
    public EmployerOffice Office { get; }

    /// <summary>Gets the office's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Tells whether <paramref name="date"/>'s day of the week has opening hours.</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns><see langword="true"/> on a working day of the week.</returns>
    public bool IsWorkingDay(LocalDate date) => Office.Hours.IsWorkingDay(date.DayOfWeek);

    /// <summary>Tells whether <paramref name="date"/> is a holiday, listed on the office or in the host's calendar.</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns><see langword="true"/> on a holiday.</returns>
    public bool IsHoliday(LocalDate date) => Office.IsListedHoliday(date) || (_holidays?.IsHoliday(Office, date) ?? false);

    /// <summary>Tells whether the office is open on <paramref name="date"/>: a working day that is not a holiday.</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns><see langword="true"/> when open; these are the business days.</returns>
    public bool IsOpen(LocalDate date) => IsWorkingDay(date) && !IsHoliday(date);

    /// <summary>Gets the office-local date at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date on the office's calendar.</returns>
    public LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Gets the office-local date and time at <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The office's wall-clock reading.</returns>
    public LocalDateTime LocalDateTimeOf(Instant instant) => instant.InZone(Zone).LocalDateTime;

    /// <summary>Gets the first instant at which the office clock reads <paramref name="local"/> or later (see remarks).</summary>
    /// <param name="local">The office wall-clock time.</param>
    /// <returns>The instant.</returns>
    public Instant ToInstant(LocalDateTime local) => ZoneMapping.Earliest(Zone, local);

    /// <summary>
    /// Maps the office wall-clock span [<paramref name="start"/>, <paramref name="end"/>) to call
    /// windows from <paramref name="notBefore"/> on: one window, or two when a fall-back overlap
    /// splits it; none when it lies wholly before <paramref name="notBefore"/>. A skipped
    /// (spring-forward) hour is left out, and a repeated (fall-back) hour is kept once, on its first
    /// occurrence, as every call window is.
    /// </summary>
    /// <param name="start">The office-local start.</param>
    /// <param name="end">The office-local end; after the start.</param>
    /// <param name="quality">The windows' quality.</param>
    /// <param name="startShapedBy">The reason that set the start, if any (not kept when the start is clipped to <paramref name="notBefore"/>).</param>
    /// <param name="endShapedBy">The reason that set the end, if any.</param>
    /// <param name="notBefore">The earliest instant a window may start.</param>
    /// <returns>The windows, in order.</returns>
    public IReadOnlyList<CallWindow> MapToWindows(LocalDateTime start, LocalDateTime end, CallWindowQuality quality, FollowUpReason? startShapedBy, FollowUpReason? endShapedBy, Instant notBefore)
    {
        var sink = new WindowListSink(int.MaxValue);
        CallWindowSearch.MapSpan(Zone, start, end, notBefore, Duration.Epsilon, quality, startShapedBy, endShapedBy, ref sink);
        return sink.Windows;
    }

    /// <summary>Gets the first instant of <paramref name="date"/> in the office.</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns>The instant the date begins (later than midnight if midnight was skipped).</returns>
    public Instant StartOfDay(LocalDate date) => ZoneMapping.Earliest(Zone, date.AtMidnight());

    /// <summary>
    /// Adds <paramref name="days"/> days to <paramref name="date"/>: calendar days, or business days
    /// (open days after the date; the date itself does not count).
    /// </summary>
    /// <param name="date">The starting date.</param>
    /// <param name="days">How many days; zero gives the date itself.</param>
    /// <param name="counting">Business or calendar days.</param>
    /// <returns>The resulting date.</returns>
    public LocalDate AddDays(LocalDate date, int days, DayCounting counting)
    {
        if (counting == DayCounting.CalendarDays || days <= 0)
        {
            return date.PlusDays(days);
        }

        var dayOfWeek = date.DayOfWeek;
        var walked = 0;
        while (days > 0 && walked < MaxWalk)
        {
            walked++;
            dayOfWeek = Next(dayOfWeek);
            if (IsOpen(date, walked, dayOfWeek))
            {
                days--;
            }
        }

        return date.PlusDays(walked);
    }

    /// <summary>
    /// Gets the moment the office opens on <paramref name="date"/>, or on the first open day after it:
    /// where every wait measured in days ends. When the office does not open within two weeks (a
    /// long closure), the start of <paramref name="date"/>.
    /// </summary>
    /// <param name="date">An office-local date.</param>
    /// <returns>The instant of the first opening on or after the date.</returns>
    public Instant OpeningOn(LocalDate date)
    {
        var dayOfWeek = date.DayOfWeek;
        for (var i = 0; i < 14; i++, dayOfWeek = Next(dayOfWeek))
        {
            if (IsOpen(date, i, dayOfWeek))
            {
                return ZoneMapping.Earliest(Zone, date.PlusDays(i).At(Office.Hours.Sorted(dayOfWeek)[0].Start));
            }
        }

        return StartOfDay(date);
    }

    /// <summary>
    /// Gets the office's opening on the day <paramref name="days"/> days after the office date of
    /// <paramref name="from"/> (or on the first open day after that): the end of a wait of that many days.
    /// </summary>
    /// <param name="from">The instant counted from.</param>
    /// <param name="days">How many days.</param>
    /// <param name="counting">Business or calendar days.</param>
    /// <returns>The instant the wait ends.</returns>
    public Instant OpeningAfter(Instant from, int days, DayCounting counting) => OpeningOn(AddDays(DateOf(from), days, counting));

    /// <summary>Gets the first day of the office week containing <paramref name="date"/>, or <see langword="null"/> when the office has no week opening (it works every day).</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns>The week's first day.</returns>
    public LocalDate? WeekStartOf(LocalDate date)
    {
        if (Office.EffectiveWeekStart is not { } first)
        {
            return null;
        }

        var back = ((int)date.DayOfWeek - (int)first + 7) % 7;
        return date.PlusDays(-back);
    }

    /// <summary>Tells whether <paramref name="date"/> is the first open day of its office week (ETQ-03).</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns><see langword="true"/> when the office opens its week that day.</returns>
    public bool OpensWeek(LocalDate date) => TryGetWeek(date, date.DayOfWeek, out var position, out var firstOpen, out _) && position == firstOpen;

    /// <summary>Tells whether <paramref name="date"/> is the last open day of its office week, before its weekend (ETQ-04).</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns><see langword="true"/> when the office closes its week that day.</returns>
    public bool ClosesWeek(LocalDate date) => TryGetWeek(date, date.DayOfWeek, out var position, out _, out var lastOpen) && position == lastOpen;

    /// <summary>
    /// Works out, for the office week containing <paramref name="date"/> (a <paramref name="dayOfWeek"/>),
    /// the date's position in it and those of the week's first and last open days (0 to 6 from the
    /// week's first day; -1 when the week has no open day).
    /// </summary>
    /// <returns><see langword="false"/> when the office has no week (it works every day).</returns>
    internal bool TryGetWeek(LocalDate date, IsoDayOfWeek dayOfWeek, out int position, out int firstOpen, out int lastOpen)
    {
        firstOpen = -1;
        lastOpen = -1;
        if (Office.EffectiveWeekStart is not { } first)
        {
            position = -1;
            return false;
        }

        position = ((int)dayOfWeek - (int)first + 7) % 7;
        var day = first;
        for (var k = 0; k < 7; k++, day = Next(day))
        {
            if (IsOpen(date, k - position, day))
            {
                firstOpen = firstOpen < 0 ? k : firstOpen;
                lastOpen = k;
            }
        }

        return true;
    }

    /// <summary>
    /// The day of the week after <paramref name="day"/>: what day walks step by. A compare and a
    /// conditional move, where modular arithmetic would put two divisions by 7 on every step's path.
    /// </summary>
    internal static IsoDayOfWeek Next(IsoDayOfWeek day) => day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1;

    /// <summary>
    /// Tells whether the office is open <paramref name="offset"/> days after <paramref name="date"/>,
    /// a <paramref name="dayOfWeek"/>. Walks over days use it so that a date is worked out only when
    /// a holiday has to be looked up.
    /// </summary>
    private bool IsOpen(LocalDate date, int offset, IsoDayOfWeek dayOfWeek) =>
        Office.Hours.IsWorkingDay(dayOfWeek)
        && ((_holidays is null && Office.HolidayArray.Length == 0) || !IsHoliday(offset == 0 ? date : date.PlusDays(offset)));
}
