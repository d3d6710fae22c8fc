using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// One open office day as a <see cref="CallWindowStrategy"/> sees it while the engine looks for
/// call windows: the date, its opening hours, whether it opens or closes the office week, and the
/// case and person being called.
/// </summary>
public readonly struct CallDay
{
    /// <summary>
    /// Initializes a new instance of the <see cref="CallDay"/> struct for <paramref name="date"/>, as
    /// the window search would see it (for testing a window strategy on its own).
    /// </summary>
    /// <param name="calendar">The office calendar.</param>
    /// <param name="followUpCase">The case.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="date">An office-local date on which the office is open.</param>
    /// <param name="callee">The person to call, whose days away apply; <see langword="null"/> for no one in particular.</param>
    /// <exception cref="ArgumentNullException"><paramref name="followUpCase"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The office is not open on <paramref name="date"/> (not a working day, or a holiday): the search never offers such a day to a strategy.</exception>
    public CallDay(OfficeCalendar calendar, FollowUpCase followUpCase, FollowUpProfile profile, LocalDate date, Interviewer? callee)
        : this(date, date.DayOfWeek, calendar, Guard.NotNull(followUpCase), Guard.NotNull(profile), callee, calendar.OpensWeek(date), calendar.ClosesWeek(date))
    {
        if (!calendar.IsOpen(date))
        {
            throw new ArgumentException($"The office is not open on {date:yyyy-MM-dd}; call windows are sought only on open days.", nameof(date));
        }
    }

    internal CallDay(LocalDate date, IsoDayOfWeek dayOfWeek, OfficeCalendar calendar, FollowUpCase followUpCase, FollowUpProfile profile, Interviewer? callee, bool opensWeek, bool closesWeek)
    {
        Date = date;
        Calendar = calendar;
        Case = followUpCase;
        Profile = profile;
        Callee = callee;
        Ranges = calendar.Office.Hours.Sorted(dayOfWeek);
        OpensWeek = opensWeek;
        ClosesWeek = closesWeek;
    }

    /// <summary>Gets the office-local date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the day of the week.</summary>
    public IsoDayOfWeek DayOfWeek => Date.DayOfWeek;

    /// <summary>Gets the office calendar.</summary>
    public OfficeCalendar Calendar { get; }

    /// <summary>Gets the case being decided.</summary>
    public FollowUpCase Case { get; }

    /// <summary>Gets the profile of the policy deciding.</summary>
    public FollowUpProfile Profile { get; }

    /// <summary>Gets the person the call is for, whose out-of-office days apply; <see langword="null"/> when windows are sought for no one in particular.</summary>
    public Interviewer? Callee { get; }

    /// <summary>Gets a value indicating whether this is the first open day of the office's week (ETQ-03).</summary>
    public bool OpensWeek { get; }

    /// <summary>Gets a value indicating whether this is the last open day before the office's weekend (ETQ-04).</summary>
    public bool ClosesWeek { get; }

    /// <summary>Gets the day's opening hours in start order.</summary>
    public IReadOnlyList<TimeOfDayRange> Hours => Ranges;

    /// <summary>Gets the time the office opens that day.</summary>
    public LocalTime Opens => Ranges[0].Start;

    /// <summary>Gets the span from opening to closing, lunch closures included.</summary>
    public TimeOfDayRange WorkingDay => new(Ranges[0].Start, Ranges[Ranges.Length - 1].End);

    internal TimeOfDayRange[] Ranges { get; }
}
