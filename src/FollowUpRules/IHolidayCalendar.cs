using NodaTime;

namespace FollowUpRules;

/// <summary>
/// A host's source of public holidays, consulted for every office in addition to the office's own
/// <see cref="EmployerOffice.Holidays"/>. The office is closed on a holiday: no call is proposed,
/// and the day is not a business day (FUR-03).
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and pure (the same answer for the same office and date,
/// without I/O at decision time): load the calendar before building the policy.
/// </remarks>
public interface IHolidayCalendar
{
    /// <summary>Tells whether <paramref name="day"/> is a public holiday for <paramref name="office"/>.</summary>
    /// <param name="office">The office; <see cref="EmployerOffice.HolidayRegion"/> says which calendar applies.</param>
    /// <param name="day">An office-local date.</param>
    /// <returns><see langword="true"/> when the office is closed for a holiday that day.</returns>
    bool IsHoliday(EmployerOffice office, LocalDate day);
}
