using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// An office's holidays as sorted integer keys, so that the many "is this day a holiday?" questions
/// a decision asks (every day a search or a business-day count walks over) cost a few integer
/// comparisons instead of a generic binary search over <see cref="LocalDate"/>, whose comparer checks
/// calendars on every step.
/// </summary>
/// <remarks>
/// A key packs an ISO date's year, month and day so that keys sort as the dates do. Only ISO dates
/// have keys: a list holding a date in another calendar has none, and is searched by
/// <see cref="LocalDate"/> equality instead (validation rejects such a case before it is decided).
/// </remarks>
internal static class HolidayKeys
{
    /// <summary>Gets the sorted keys of <paramref name="holidays"/>, or <see langword="null"/> when one of them is not an ISO date.</summary>
    public static ValueList<int>? Of(LocalDate[] holidays)
    {
        if (holidays.Length == 0)
        {
            return ValueList<int>.Empty;
        }

        var keys = new int[holidays.Length];
        for (var i = 0; i < holidays.Length; i++)
        {
            if (!IsIso(holidays[i]))
            {
                return null;
            }

            keys[i] = Of(holidays[i]);
        }

        Array.Sort(keys);
        return ValueList<int>.Adopt(keys);
    }

    /// <summary>Gets the key of an ISO date: year, month and day packed in that order of weight.</summary>
    public static int Of(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    /// <summary>Tells whether <paramref name="date"/> is in the ISO calendar.</summary>
    public static bool IsIso(LocalDate date) => ReferenceEquals(date.Calendar, CalendarSystem.Iso);

    /// <summary>Tells whether the sorted <paramref name="keys"/> hold <paramref name="key"/>.</summary>
    public static bool Contains(int[] keys, int key)
    {
        int low = 0, high = keys.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var found = keys[middle];
            if (found == key)
            {
                return true;
            }

            if (found < key)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }
}
