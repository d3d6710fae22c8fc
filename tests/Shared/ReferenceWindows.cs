using NodaTime;

namespace FollowUpRules.Tests.Shared;

/// <summary>
/// A slow, obviously-correct statement of when a call is allowed, written apart from the engine:
/// minute by minute, from the profile's settings. The engine's windows must cover exactly the
/// minutes this allows (with the minimum window length set to one minute).
/// </summary>
internal static class ReferenceWindows
{
    public static bool Allows(FollowUpCase followUp, FollowUpProfile profile, Interviewer? callee, Instant instant)
    {
        var zone = DateTimeZoneProviders.Tzdb[followUp.Office.TimeZoneId];
        var local = instant.InZone(zone).LocalDateTime;

        // A repeated wall-clock time is only offered on its first pass.
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 2 && mapping.Last().ToInstant() == instant)
        {
            return false;
        }

        var date = local.Date;
        var time = local.TimeOfDay;
        if (!IsOpen(followUp.Office, date))
        {
            return false;
        }

        var ranges = followUp.Office.Hours[date.DayOfWeek].OrderBy(r => r.Start).ToList();
        if (!ranges.Any(r => r.Contains(time)))
        {
            return false;
        }

        var opens = ranges[0].Start;
        var closesEnd = ranges.Max(r => r.EndsAtEndOfDay ? TimeOfDayRange.NanosecondsPerDay : r.End.NanosecondOfDay);
        var nanos = time.NanosecondOfDay;

        if (profile.AvoidOutOfOffice && callee is not null && callee.OutOfOffice.Any(d => d.Contains(date)))
        {
            return false;
        }

        if (profile.WeekOpeningBlackout is { } opening && FirstOpenDayOfWeek(followUp.Office, date) == date
            && nanos >= opens.NanosecondOfDay && nanos < opens.NanosecondOfDay + opening.ToInt64Nanoseconds())
        {
            return false;
        }

        if (profile.PreWeekendBlackout is { } eve && LastOpenDayOfWeek(followUp.Office, date) == date
            && nanos >= closesEnd - eve.ToInt64Nanoseconds() && nanos < closesEnd)
        {
            return false;
        }

        if (profile.LunchBlackout is { } lunch && lunch.Contains(time))
        {
            return false;
        }

        if (profile.AvoidHecticPeriods && followUp.Office.HecticPeriods.Any(h => h.AppliesOn(date) && (h.Hours is null || h.Hours.Value.Contains(time))))
        {
            return false;
        }

        if (profile.CallAtStartOrEndOfDay
            && nanos >= opens.NanosecondOfDay + profile.StartOfDaySpan.ToInt64Nanoseconds()
            && nanos < closesEnd - profile.EndOfDaySpan.ToInt64Nanoseconds())
        {
            return false;
        }

        return true;
    }

    public static bool IsOpen(EmployerOffice office, LocalDate date) =>
        office.Hours[date.DayOfWeek].Count > 0 && !office.Holidays.Contains(date);

    private static LocalDate? WeekStart(EmployerOffice office, LocalDate date)
    {
        if (office.EffectiveWeekStart is not { } first)
        {
            return null;
        }

        var d = date;
        while (d.DayOfWeek != first)
        {
            d = d.PlusDays(-1);
        }

        return d;
    }

    private static LocalDate? FirstOpenDayOfWeek(EmployerOffice office, LocalDate date) =>
        WeekStart(office, date) is { } start
            ? Enumerable.Range(0, 7).Select(start.PlusDays).Where(d => IsOpen(office, d)).Cast<LocalDate?>().FirstOrDefault()
            : null;

    private static LocalDate? LastOpenDayOfWeek(EmployerOffice office, LocalDate date) =>
        WeekStart(office, date) is { } start
            ? Enumerable.Range(0, 7).Select(start.PlusDays).Where(d => IsOpen(office, d)).Cast<LocalDate?>().LastOrDefault()
            : null;
}
