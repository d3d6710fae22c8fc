using System.Globalization;
using System.Text;
using FollowUpRules.Simulation;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using NodaTime.Text;
using IcsCalendar = Ical.Net.Calendar;
using IcsDuration = Ical.Net.DataTypes.Duration;

namespace FollowUpRules.Calendar;

/// <summary>
/// Writes decisions as iCalendar (RFC 5545), with Ical.Net: a call as an event in the office's time
/// zone with a reminder, a wait as a reminder at the moment to decide again, a written action as a
/// to-do, and a whole simulated campaign as one calendar.
/// </summary>
/// <remarks>
/// <para><b>Time.</b> Every date-time is written in the office's time zone with its tzdb id as TZID,
/// and the calendar carries a VTIMEZONE generated from tzdb for exactly the span its items cover, one
/// observance per offset change. Readers that resolve TZID themselves and readers that follow the
/// VTIMEZONE get the same instants. The one exception: an instant in the second occurrence of a
/// repeated (fall-back) hour has no office wall-clock time that RFC 5545 reads back as itself (it
/// reads a repeated time as its first occurrence), so it is written in UTC. A time the clock skips
/// never needs writing: no window starts in a gap, and a window that ends as the clock jumps ends at
/// the gap's first local time, which RFC 5545 reads with the offset before the gap, that is as the
/// window's end. iCalendar has whole seconds: starts are rounded up and ends down, so an exported span
/// never leaves the decided one.</para>
/// <para><b>What each action becomes.</b>
/// <list type="bullet">
/// <item><see cref="NextAction.Call"/>: an event (VEVENT, STATUS:CONFIRMED, busy) over the proposed
/// window, summary <c>Call Jane Smith (Senior Data Analyst, Northwind)</c>, the number to dial as
/// LOCATION, and a description with the number, the window, what to do if a receptionist or voicemail
/// answers, the alternative windows, the reasons and the script; a reminder (VALARM) goes off
/// <see cref="CalendarExportOptions.CallReminder"/> before the window opens. The alternatives become
/// tentative, free events without a reminder (see <see cref="CalendarExportOptions.AlternativeWindows"/>).</item>
/// <item><see cref="NextAction.Wait"/>: a zero-length, free event at <see cref="NextAction.Wait.Until"/>
/// with a reminder then: decide again.</item>
/// <item><see cref="NextAction.SendEmail"/>, <see cref="NextAction.SendThankYouNote"/>,
/// <see cref="NextAction.MessageOnLinkedIn"/>, <see cref="NextAction.ContactAgency"/>: a to-do
/// (VTODO) due at the moment the action was decided, with a reminder then and the drafts in its
/// description; or, with <see cref="WrittenActionExport.TimedReminder"/>, a zero-length free event at
/// that moment.</item>
/// <item><see cref="NextAction.Stop"/>: nothing; there is nothing left to do.</item>
/// </list></para>
/// <para><b>UIDs.</b> An item's UID is derived from the follow-up (the interview's instant, company
/// and role and the candidate's name), how many contact attempts the case holds when the action is
/// decided, the kind of action and the item's part (the call or one of its alternatives): never from
/// a clock or a random number. Exporting the plan again for the same case and step, after the window
/// moved or the script changed, gives the same UIDs, so a calendar that imports it updates its items
/// instead of adding copies. DTSTAMP is the decision's instant.</para>
/// <para>An exporter is immutable and thread-safe; it reads no clock and does no I/O.</para>
/// </remarks>
public sealed class CalendarExporter
{
    private static readonly ZonedDateTimePattern WhenPattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM uuuu HH':'mm' ('o<g>')'", null);

    private readonly IFollowUpPolicy _policy;

    /// <summary>Initializes a new instance of the <see cref="CalendarExporter"/> class.</summary>
    /// <param name="policy">The policy that decided the actions; it renders their scripts and validates the cases.</param>
    /// <param name="options">The options; <see cref="CalendarExportOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message lists every bad option with its value.</exception>
    public CalendarExporter(IFollowUpPolicy policy, CalendarExportOptions? options = null)
    {
        _policy = Guard.NotNull(policy);
        Options = options ?? CalendarExportOptions.Default;
        Validate(Options);
    }

    /// <summary>Gets the options.</summary>
    public CalendarExportOptions Options { get; }

    /// <summary>Builds the calendar of one decision.</summary>
    /// <param name="followUpCase">The case the action was decided for.</param>
    /// <param name="action">The action.</param>
    /// <param name="decidedAt">The "now" the action was decided at: a written action's moment and every item's DTSTAMP.</param>
    /// <param name="timeZones">The provider the policy resolves office zones with; tzdb when <see langword="null"/>.</param>
    /// <returns>A new Ical.Net calendar the caller may change (add an ORGANIZER, a METHOD) before writing it.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid at <paramref name="decidedAt"/>.</exception>
    public IcsCalendar CreateCalendar(FollowUpCase followUpCase, NextAction action, Instant decidedAt, IDateTimeZoneProvider? timeZones = null)
    {
        Guard.NotNull(followUpCase);
        Guard.NotNull(action);
        var zone = ZoneOf(followUpCase, decidedAt, timeZones);
        var items = new ItemList(Options, FollowUpKey(followUpCase), decidedAt);
        AddItems(items, followUpCase, action, decidedAt, zone);
        return items.ToCalendar(zone);
    }

    /// <summary>Builds one calendar of a whole simulated campaign: every step's items, in order.</summary>
    /// <param name="transcript">The transcript of the simulation.</param>
    /// <param name="timeZones">The provider the policy resolves office zones with; tzdb when <see langword="null"/>.</param>
    /// <returns>A new Ical.Net calendar. DTSTAMP is the first step's instant.</returns>
    /// <remarks>
    /// Each step is exported as <see cref="CreateCalendar(FollowUpCase, NextAction, Instant, IDateTimeZoneProvider?)"/>
    /// would export it for the case as it stood at that step, so its UIDs are the ones a single
    /// decision at that step gets. Should a step repeat an earlier step's kind of action with no
    /// attempt in between (two waits in a row), its UIDs get a <c>-2</c>, <c>-3</c> ... suffix so that
    /// the calendar holds no UID twice.
    /// </remarks>
    /// <exception cref="ArgumentException">The transcript has no steps.</exception>
    /// <exception cref="InvalidCaseException">The simulated case is invalid.</exception>
    public IcsCalendar CreateCalendar(FollowUpTranscript transcript, IDateTimeZoneProvider? timeZones = null)
    {
        Guard.NotNull(transcript);
        if (transcript.Steps.Count == 0)
        {
            throw new ArgumentException("The transcript has no steps to export.", nameof(transcript));
        }

        // The case at each step is the final case with the attempts recorded up to that step.
        var final = transcript.FinalCase;
        var first = transcript.Steps[0].DecidedAt;
        var attempts = final.Attempts.Count - transcript.Steps.Count(s => s.Recorded is not null);
        var zone = ZoneOf(AtStep(final, attempts), first, timeZones);
        var items = new ItemList(Options, FollowUpKey(final), first);
        foreach (var step in transcript.Steps)
        {
            AddItems(items, AtStep(final, attempts), step.Action, step.DecidedAt, zone);
            attempts += step.Recorded is null ? 0 : 1;
        }

        return items.ToCalendar(zone);
    }

    /// <summary>Writes the calendar of one decision as iCalendar text.</summary>
    /// <param name="followUpCase">The case the action was decided for.</param>
    /// <param name="action">The action.</param>
    /// <param name="decidedAt">The "now" the action was decided at.</param>
    /// <param name="timeZones">The provider the policy resolves office zones with; tzdb when <see langword="null"/>.</param>
    /// <returns>The text of a VCALENDAR, lines ending in CRLF, ready for a <c>.ics</c> file (UTF-8).</returns>
    /// <exception cref="InvalidCaseException">The case is invalid at <paramref name="decidedAt"/>.</exception>
    public string Write(FollowUpCase followUpCase, NextAction action, Instant decidedAt, IDateTimeZoneProvider? timeZones = null) =>
        Serialize(CreateCalendar(followUpCase, action, decidedAt, timeZones));

    /// <summary>Writes one calendar of a whole simulated campaign as iCalendar text.</summary>
    /// <param name="transcript">The transcript of the simulation.</param>
    /// <param name="timeZones">The provider the policy resolves office zones with; tzdb when <see langword="null"/>.</param>
    /// <returns>The text of a VCALENDAR, lines ending in CRLF.</returns>
    /// <exception cref="ArgumentException">The transcript has no steps.</exception>
    public string Write(FollowUpTranscript transcript, IDateTimeZoneProvider? timeZones = null) => Serialize(CreateCalendar(transcript, timeZones));

    private static FollowUpCase AtStep(FollowUpCase final, int attempts) => final with { Attempts = final.Attempts.Take(attempts).ToArray() };

    private static string Serialize(IcsCalendar calendar) => new CalendarSerializer().SerializeToString(calendar)!;

    private static void Validate(CalendarExportOptions options)
    {
        var problems = new List<string>();
        if (options.CallReminder is { } reminder
            && (reminder < NodaTime.Duration.Zero || reminder > NodaTime.Duration.FromDays(1) || reminder.SubsecondTicks != 0))
        {
            problems.Add($"CallReminder = {reminder}: must be whole seconds from zero to one day, or null for no reminder");
        }

        if (!Enum.IsDefined(options.AlternativeWindows))
        {
            problems.Add($"AlternativeWindows = {options.AlternativeWindows}: must be TentativeEvents or DescriptionOnly");
        }

        if (!Enum.IsDefined(options.WrittenActions))
        {
            problems.Add($"WrittenActions = {options.WrittenActions}: must be ToDo or TimedReminder");
        }

        if (string.IsNullOrEmpty(options.UidDomain) || !options.UidDomain.All(c => c is '.' or '-' || (c < 128 && char.IsLetterOrDigit(c))))
        {
            problems.Add($"UidDomain = \"{options.UidDomain}\": must be a domain of ASCII letters, digits, dots and hyphens, such as ats.example");
        }

        if (string.IsNullOrWhiteSpace(options.ProductId) || options.ProductId.Any(char.IsControl))
        {
            problems.Add($"ProductId = \"{options.ProductId}\": must be non-blank text on one line, such as -//Example ATS//EN");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "The calendar export options are invalid (" + problems.Count + (problems.Count == 1 ? " problem):" : " problems):") + string.Concat(problems.Select(p => "\n- " + p)),
                nameof(options));
        }
    }

    private DateTimeZone ZoneOf(FollowUpCase followUpCase, Instant decidedAt, IDateTimeZoneProvider? timeZones)
    {
        var problems = _policy.Validate(followUpCase, decidedAt);
        if (problems.Count > 0)
        {
            throw new InvalidCaseException(problems);
        }

        return (timeZones ?? DateTimeZoneProviders.Tzdb).GetZoneOrNull(followUpCase.Office.TimeZoneId)
            ?? throw new InvalidCaseException([new ValidationProblem("office.timeZoneId", followUpCase.Office.TimeZoneId, "not a time zone of the provider given to the exporter; pass the policy's provider")]);
    }

    /// <summary>Gets the part of every UID that names the follow-up: a hash of what identifies it, so UIDs carry no personal data.</summary>
    private static string FollowUpKey(FollowUpCase followUpCase)
    {
        var identity = string.Join(
            "\n",
            "followup-v1",
            InstantPattern.ExtendedIso.Format(followUpCase.Interview.At),
            followUpCase.Interview.Company,
            followUpCase.Interview.Role,
            followUpCase.Candidate.Name);
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        var text = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            text.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private void AddItems(ItemList items, FollowUpCase followUpCase, NextAction action, Instant decidedAt, DateTimeZone zone)
    {
        var step = followUpCase.Attempts.Count;
        var about = " (" + followUpCase.Interview.Role + ", " + followUpCase.Interview.Company + ")";
        switch (action)
        {
            case NextAction.Call call:
                AddCall(items, followUpCase, call, step, about, zone);
                break;
            case NextAction.Wait wait:
                var until = ICalendarTime.Ceiling(wait.Until);
                var waitSummary = "Decide the next follow-up step" + about;
                var waitEvent = items.Event(step, "wait", until, until, waitSummary, free: true, tentative: false, zone);
                waitEvent.Description = "Nothing to do before " + WhenPattern.Format(wait.Until.InZone(zone)) + " (office time, " + zone.Id
                    + "): then decide again, or sooner if the employer gets in touch.\n\n" + Why(action);
                waitEvent.Alarms.Add(Alarm(IcsDuration.Zero, waitSummary, atDue: false));
                break;
            case NextAction.Stop:
                break;
            default:
                AddWrittenAction(items, followUpCase, action, decidedAt, step, about, zone);
                break;
        }
    }

    private void AddCall(ItemList items, FollowUpCase followUpCase, NextAction.Call call, int step, string about, DateTimeZone zone)
    {
        var summary = "Call " + call.Whom.Name + about;
        var window = call.Window;
        var start = ICalendarTime.Ceiling(window.Start);
        var callEvent = items.Event(step, "call", start, ICalendarTime.Floor(window.End), summary, free: false, tentative: false, zone);
        callEvent.Location = call.Number;
        callEvent.Description = CallDescription(followUpCase, call, zone);
        if (Options.CallReminder is { } before)
        {
            var seconds = (int)before.TotalSeconds;
            callEvent.Alarms.Add(Alarm(new IcsDuration(null, null, -(seconds / 3600), -(seconds / 60 % 60), -(seconds % 60)), summary, atDue: false));
        }

        if (Options.AlternativeWindows == AlternativeWindowExport.TentativeEvents)
        {
            var alternatives = call.Alternatives;
            for (var i = 0; i < alternatives.Count; i++)
            {
                var other = alternatives[i];
                var alternative = items.Event(step, "call-alt" + (i + 1).ToString(CultureInfo.InvariantCulture), ICalendarTime.Ceiling(other.Start), ICalendarTime.Floor(other.End), "Alternative time: " + summary, free: true, tentative: true, zone);
                alternative.Location = call.Number;
                alternative.Description = "Another time for the same call, should " + window + " not suit: dial " + call.Number
                    + " and ask for " + call.Whom.Name + ". The proposed call's event has the plan, the reasons and the script.";
            }
        }
    }

    private string CallDescription(FollowUpCase followUpCase, NextAction.Call call, DateTimeZone zone)
    {
        var name = call.Whom.Name;
        var text = new StringBuilder()
            .Append("Dial ").Append(call.Number)
            .Append(call.NumberKind == CallNumberKind.GeneralNumber ? " (the general number) and ask for " + name : " (" + name + "'s direct line)")
            .Append(".\nWhen: ").Append(call.Window).Append(", office time (").Append(zone.Id).Append(").\n")
            .Append("If a receptionist answers: ").Append(call.IfGatekeeper switch
            {
                GatekeeperPlan.AskToBePutThrough => "ask to be put through to " + name + "; do not offer to leave a message.",
                GatekeeperPlan.AskWhenInterviewerIsFree => "ask when " + name + " will be free for a short call, and call then.",
                _ => "see the script.",
            }).Append('\n')
            .Append("If voicemail answers: ").Append(call.IfVoicemail switch
            {
                VoicemailPlan.LeaveMessage => "leave a short message (see the script).",
                VoicemailPlan.HangUpAndCallAgain => "hang up without a message and call again later.",
                _ => "see the script.",
            }).Append('\n');
        if (call.DeclineUnfamiliarStaff)
        {
            text.Append("If offered someone who was not at the interview, thank them and ask when ").Append(name).Append(" is free instead.\n");
        }

        if (call.RequestedByEmployer)
        {
            text.Append("The employer asked for this call.\n");
        }

        if (call.IsFinalCall)
        {
            text.Append("This is the last call the profile allows.\n");
        }

        if (call.Alternatives.Count > 0)
        {
            text.Append("Other times:\n");
            foreach (var other in call.Alternatives)
            {
                text.Append("- ").Append(other).Append('\n');
            }
        }

        return text.Append('\n').Append(Why(call)).Append(ScriptOf(followUpCase, call)).ToString();
    }

    private void AddWrittenAction(ItemList items, FollowUpCase followUpCase, NextAction action, Instant decidedAt, int step, string about, DateTimeZone zone)
    {
        var at = ICalendarTime.Ceiling(decidedAt);
        var summary = action.Describe() + about;
        var description = Why(action) + ScriptOf(followUpCase, action);
        var part = action.Kind.ToString().ToLowerInvariant();
        if (Options.WrittenActions == WrittenActionExport.TimedReminder)
        {
            var reminder = items.Event(step, part, at, at, summary, free: true, tentative: false, zone);
            reminder.Description = description;
            reminder.Alarms.Add(Alarm(IcsDuration.Zero, summary, atDue: false));
            return;
        }

        var todo = new Todo
        {
            Uid = items.Uid(step, part),
            DtStamp = items.Stamp,
            Due = items.Time(at, zone),
            Summary = summary,
            Description = description,
            Status = TodoStatus.NeedsAction,
        };
        todo.Alarms.Add(Alarm(IcsDuration.Zero, summary, atDue: true));
        items.Add(todo);
    }

    /// <summary>A display alarm <paramref name="offset"/> from the item's start, or from a to-do's DUE (RELATED=END).</summary>
    private static Alarm Alarm(IcsDuration offset, string summary, bool atDue)
    {
        var trigger = new Trigger(offset);
        if (atDue)
        {
            // Ical.Net writes RELATED only as a parameter set by name.
            trigger.Parameters.Set("RELATED", "END");
        }

        return new Alarm { Action = AlarmAction.Display, Description = summary, Trigger = trigger };
    }

    private static string Why(NextAction action)
    {
        var text = new StringBuilder("Why:\n");
        foreach (var reason in action.Reasons)
        {
            text.Append("- ").Append(reason).Append('\n');
        }

        return text.ToString();
    }

    private string ScriptOf(FollowUpCase followUpCase, NextAction action)
    {
        if (!Options.IncludeScript)
        {
            return string.Empty;
        }

        var script = _policy.Script(followUpCase, action);
        return script.IsEmpty ? string.Empty : "\nWhat to say:\n" + script.ToText();
    }

    /// <summary>The items of one calendar, with the UIDs handed out so far.</summary>
    private sealed class ItemList(CalendarExportOptions options, string followUpKey, Instant stamp)
    {
        private readonly List<CalendarComponent> _items = [];
        private readonly Dictionary<string, int> _uses = new(StringComparer.Ordinal);
        private Instant? _earliest;
        private Instant? _latest;

        public CalDateTime Stamp { get; } = ICalendarTime.Utc(ICalendarTime.Floor(stamp));

        private Instant StampInstant { get; } = ICalendarTime.Floor(stamp);

        public string Uid(int step, string part)
        {
            var key = followUpKey + "-" + step.ToString(CultureInfo.InvariantCulture) + "-" + part;
            var uses = _uses.TryGetValue(key, out var n) ? n + 1 : 1;
            _uses[key] = uses;
            return key + (uses == 1 ? string.Empty : "-" + uses.ToString(CultureInfo.InvariantCulture)) + "@" + options.UidDomain;
        }

        public CalDateTime Time(Instant instant, DateTimeZone zone)
        {
            _earliest = _earliest is { } e && e <= instant ? e : instant;
            _latest = _latest is { } l && l >= instant ? l : instant;
            return ICalendarTime.In(instant, zone);
        }

        public CalendarEvent Event(int step, string part, Instant start, Instant end, string summary, bool free, bool tentative, DateTimeZone zone)
        {
            var item = new CalendarEvent
            {
                Uid = Uid(step, part),
                DtStamp = Stamp,
                DtStart = Time(start, zone),
                DtEnd = Time(end < start ? start : end, zone),
                Summary = summary,
                Status = tentative ? EventStatus.Tentative : EventStatus.Confirmed,
                Transparency = free ? TransparencyType.Transparent : TransparencyType.Opaque,
            };
            _items.Add(item);
            return item;
        }

        public void Add(CalendarComponent item) => _items.Add(item);

        public IcsCalendar ToCalendar(DateTimeZone zone)
        {
            var calendar = new IcsCalendar { ProductId = options.ProductId };
            var from = _earliest ?? StampInstant;
            calendar.TimeZones.Add(TimeZoneComponent.Create(zone, from, _latest ?? from));
            foreach (var item in _items)
            {
                calendar.Children.Add(item);
            }

            return calendar;
        }
    }
}
