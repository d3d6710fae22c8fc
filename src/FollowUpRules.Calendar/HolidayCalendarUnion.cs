using NodaTime;

namespace FollowUpRules.Calendar;

/// <summary>Two holiday calendars as one: a day is a holiday when either says so.</summary>
internal sealed class HolidayCalendarUnion(IHolidayCalendar first, IHolidayCalendar second) : IHolidayCalendar
{
    public bool IsHoliday(EmployerOffice office, LocalDate day) => first.IsHoliday(office, day) || second.IsHoliday(office, day);
}
