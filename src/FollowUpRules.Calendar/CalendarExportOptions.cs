using NodaTime;

namespace FollowUpRules.Calendar;

/// <summary>
/// How <see cref="CalendarExporter"/> turns decisions into iCalendar: the call reminder, where a
/// call's alternative windows go, whether written actions become to-dos or timed reminders, and the
/// identifiers written into every calendar.
/// </summary>
/// <remarks>
/// Options are plain immutable values; <see cref="CalendarExporter"/> validates them once, when it is
/// created, and reports every bad setting in one <see cref="ArgumentException"/>.
/// </remarks>
public sealed record CalendarExportOptions
{
    /// <summary>Gets the default options.</summary>
    public static CalendarExportOptions Default { get; } = new();

    /// <summary>
    /// Gets how long before a call's window opens its reminder (VALARM) goes off, from zero (as the
    /// window opens) to one day, in whole seconds; <see langword="null"/> for no reminder on calls.
    /// </summary>
    /// <value>The default value is 15 minutes.</value>
    public Duration? CallReminder { get; init; } = Duration.FromMinutes(15);

    /// <summary>Gets where a call's alternative windows go.</summary>
    /// <value>The default value is <see cref="AlternativeWindowExport.TentativeEvents"/>.</value>
    public AlternativeWindowExport AlternativeWindows { get; init; } = AlternativeWindowExport.TentativeEvents;

    /// <summary>Gets what an email, a handwritten note, a LinkedIn message or an agency contact becomes.</summary>
    /// <value>The default value is <see cref="WrittenActionExport.ToDo"/>.</value>
    public WrittenActionExport WrittenActions { get; init; } = WrittenActionExport.ToDo;

    /// <summary>Gets a value indicating whether the description of each item carries the script or drafts from <see cref="IFollowUpPolicy.Script"/>.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IncludeScript { get; init; } = true;

    /// <summary>
    /// Gets the domain written after the <c>@</c> of every UID, such as the host's own domain, so that
    /// UIDs stay unique across the calendars a candidate imports. Letters, digits, dots and hyphens.
    /// </summary>
    /// <value>The default value is <c>followuprules</c>.</value>
    public string UidDomain { get; init; } = "followuprules";

    /// <summary>Gets the calendar's PRODID: who made it.</summary>
    /// <value>The default value is <c>-//FollowUpRules//FollowUpRules.Calendar//EN</c>.</value>
    public string ProductId { get; init; } = "-//FollowUpRules//FollowUpRules.Calendar//EN";
}

/// <summary>Where <see cref="CalendarExporter"/> puts a call's alternative windows.</summary>
public enum AlternativeWindowExport
{
    /// <summary>
    /// Each alternative becomes its own event with STATUS:TENTATIVE, marked free (TRANSP:TRANSPARENT)
    /// and without a reminder, so it shows in the calendar without blocking time or ringing; the
    /// proposed call's description lists them too.
    /// </summary>
    TentativeEvents = 0,

    /// <summary>The alternatives are listed only in the proposed call's description.</summary>
    DescriptionOnly = 1,
}

/// <summary>What <see cref="CalendarExporter"/> makes of an action the candidate carries out in writing or through their agency.</summary>
public enum WrittenActionExport
{
    /// <summary>A to-do (VTODO), due at the moment the action was decided, with a reminder then.</summary>
    ToDo = 0,

    /// <summary>A zero-length event (VEVENT) at the moment the action was decided, marked free, with a reminder then; for calendars that do not show to-dos.</summary>
    TimedReminder = 1,
}
