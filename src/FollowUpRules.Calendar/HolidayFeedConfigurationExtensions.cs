using FollowUpRules;
using FollowUpRules.Calendar;
using FollowUpRules.Extensions.DependencyInjection;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Supplies a policy registered with dependency injection with holidays from an iCalendar file.</summary>
public static class HolidayFeedConfigurationExtensions
{
    /// <summary>
    /// Closes the policy's offices on the days the all-day events of an iCalendar file cover (see
    /// <see cref="HolidayFeed"/>), in addition to each office's listed holidays and any holiday
    /// calendar configured before.
    /// </summary>
    /// <param name="configuration">The policy's configuration, as given to <c>AddFollowUpRules</c> or <c>AddFollowUpPolicy</c>.</param>
    /// <param name="path">The iCalendar file.</param>
    /// <param name="region">When given, the holidays apply only to offices whose <see cref="EmployerOffice.HolidayRegion"/> is this region (ignoring case).</param>
    /// <returns>The configuration.</returns>
    /// <remarks>
    /// <para>The file is read once, when the policy is built: when the host starts (the policies are
    /// validated on start), or on first use without a host. A file that cannot be read or is not valid
    /// iCalendar fails that validation: the host does not start, and the
    /// <c>OptionsValidationException</c> names the file and, for bad iCalendar, every faulty line.</para>
    /// <para>Call it again, for example once per region, to add more files: a day is a holiday when any
    /// of them says so.</para>
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="path"/> or <paramref name="region"/> is blank.</exception>
    public static FollowUpPolicyConfiguration UseHolidaysFromICalendar(this FollowUpPolicyConfiguration configuration, string path, string? region = null)
    {
        Guard.NotNull(configuration);
        Guard.NotNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The path of the iCalendar file must not be blank.", nameof(path));
        }

        if (region is not null && string.IsNullOrWhiteSpace(region))
        {
            throw new ArgumentException("A holiday region must not be blank; leave it null for every office.", nameof(region));
        }

        return configuration.Configure((_, builder) =>
        {
            var feed = Read(path);
            IHolidayCalendar holidays = region is null ? feed : feed.ForRegion(region);
            builder.UseHolidayCalendar(builder.HolidayCalendar is { } earlier ? new HolidayCalendarUnion(earlier, holidays) : holidays);
        });
    }

    /// <summary>Reads the feed, turning bad input into the error the policy's validation on start reports.</summary>
    private static HolidayFeed Read(string path)
    {
        try
        {
            return HolidayFeed.Load(path);
        }
        catch (Exception error) when (error is FollowUpInputException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException("The holiday calendar " + path + " cannot be used: " + error.Message, error);
        }
    }
}
