using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>What a search looked at and what it found out on the way.</summary>
internal readonly struct SearchOutcome
{
    public SearchOutcome(ReasonBits blockedBy, bool skippedHoliday, bool skippedShort)
    {
        BlockedBy = blockedBy;
        SkippedHoliday = skippedHoliday;
        SkippedShort = skippedShort;
    }

    /// <summary>The reasons of the window strategies that blocked time before the first window found.</summary>
    public ReasonBits BlockedBy { get; }

    /// <summary>Whether a holiday was skipped before the first window found.</summary>
    public bool SkippedHoliday { get; }

    /// <summary>Whether a window shorter than the minimum was passed over before the first window found.</summary>
    public bool SkippedShort { get; }
}

/// <summary>
/// Finds call windows: for each open office day from the starting instant, what is left of the
/// opening hours once every window rule has blocked its spans, mapped to instants (no skipped time,
/// no repeated hour), clipped to the starting instant and at least the profile's minimum length.
/// </summary>
internal sealed class CallWindowSearch
{
    [ThreadStatic]
    private static long[]? _blocks;

    /// <summary>The strategies that can mark a day's windows preferred; the others never do, so asking them every day is skipped.</summary>
    private readonly CallWindowStrategy[] _preferring;

    /// <summary>A rule's block for the current day has not been asked for (or must be asked for again).</summary>
    private const long Unknown = -1;

    /// <summary>A rule said it blocks nothing more on the current day.</summary>
    private const long NoMoreToday = -2;

    private readonly CallWindowStrategy[] _rules;
    private readonly int[] _ruleReasons;
    private readonly FollowUpReason[] _ruleReasonObjects;
    private readonly FollowUpReason _hoursReason;
    private readonly ReasonCatalogue _catalogue;

    public CallWindowSearch(CallWindowStrategy[] rules, ReasonCatalogue catalogue)
    {
        _rules = rules;
        _catalogue = catalogue;
        _ruleReasons = new int[rules.Length];
        _ruleReasonObjects = new FollowUpReason[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            _ruleReasons[i] = catalogue.Require(rules[i].Descriptor.Reasons[0]);
            _ruleReasonObjects[i] = catalogue.Reasons[_ruleReasons[i]];
        }

        _hoursReason = catalogue.Reasons[catalogue.Require(WindowSearchReasons.OfficeHours)];
        _preferring = Array.FindAll(rules, r => r.CanMarkPreferred);
    }

    /// <summary>Searches for the decision in <paramref name="state"/> (its callee, calendar and profile) and leaves what it finds in the state.</summary>
    public void FindInto(DecisionState state, Instant from, int days, int count)
    {
        var sink = new StateSink(state.Found, count);

        // The state's own buffer: a decision's searches run one at a time on its thread, so no
        // thread-static hand-over is needed (that cost three thread-local accesses per search).
        var blocks = state.SearchBlocks;
        if (blocks.Length < 2 * _rules.Length)
        {
            state.SearchBlocks = blocks = new long[2 * _rules.Length];
        }

        var outcome = Search(state.Calendar, state.Case, state.Profile, state.Callee, from, ref sink, days, blocks);
        state.FoundCount = sink.Count;
        state.FoundBlockedBy = outcome.BlockedBy;
        state.FoundSkippedHoliday = outcome.SkippedHoliday;
        state.FoundSkippedShort = outcome.SkippedShort;
        state.SearchCount++;
    }

    public SearchOutcome Find<TSink>(in OfficeCalendar calendar, FollowUpCase followUpCase, FollowUpProfile profile, Interviewer? callee, Instant from, ref TSink sink, int days)
        where TSink : struct, IWindowSink
    {
        // Each rule's block, kept while the search has not passed its end: by the contract of
        // TryGetBlock (the first span ending after 'from'), asking again sooner gives the same span.
        // The buffer is the thread's, taken for the search (a nested search would get its own).
        var ruleCount = _rules.Length;
        var blocks = _blocks is { } spare && spare.Length >= 2 * ruleCount ? spare : new long[Math.Max(32, 2 * ruleCount)];
        _blocks = null;
        try
        {
            return Search(calendar, followUpCase, profile, callee, from, ref sink, days, blocks);
        }
        finally
        {
            _blocks = blocks;
        }
    }

    private SearchOutcome Search<TSink>(in OfficeCalendar calendar, FollowUpCase followUpCase, FollowUpProfile profile, Interviewer? callee, Instant from, ref TSink sink, int days, long[] blocks)
        where TSink : struct, IWindowSink
    {
        var date = calendar.DateOf(from);
        var dayOfWeek = date.DayOfWeek;
        var hours = calendar.Office.Hours;
        var emitter = new Emitter<TSink>(sink, calendar.Zone, from, profile.MinimumCallWindow);
        var blockedBy = default(ReasonBits);
        var skippedHoliday = false;
        var skippedShort = false;
        var found = false;
        int weekPosition = -1, firstOpen = -1, lastOpen = -1;
        var ruleCount = _rules.Length;
        for (var dayIndex = 0; dayIndex <= days; dayIndex++, date = date.PlusDays(1), dayOfWeek = OfficeCalendar.Next(dayOfWeek))
        {
            // The week's first and last open days are worked out on its first day (or the search's),
            // not for every day.
            weekPosition = weekPosition < 0 ? -1 : (weekPosition + 1) % 7;
            if (weekPosition <= 0 && !calendar.TryGetWeek(date, dayOfWeek, out weekPosition, out firstOpen, out lastOpen))
            {
                weekPosition = int.MinValue;
            }

            if (!hours.IsWorkingDay(dayOfWeek))
            {
                continue;
            }

            if (calendar.IsHoliday(date))
            {
                skippedHoliday |= !found;
                continue;
            }

            var day = new CallDay(date, dayOfWeek, calendar, followUpCase, profile, callee, weekPosition >= 0 && weekPosition == firstOpen, weekPosition >= 0 && weekPosition == lastOpen);
            var fixedOffset = ZoneMapping.IsFixedAllDay(calendar.Zone, date, out var dayOffset, out var midnight);
            var changesOffset = !fixedOffset && ChangesOffset(calendar.Zone, date);
            var localToInstant = Duration.FromSeconds(dayOffset.Seconds);
            var quality = CallWindowQuality.Allowed;
            foreach (var rule in _preferring)
            {
                if (rule.MarksPreferred(day))
                {
                    quality = CallWindowQuality.Preferred;
                    break;
                }
            }

            for (var i = 0; i < ruleCount; i++)
            {
                blocks[2 * i] = Unknown;
            }

            // Validation lets only valid ranges through; an empty or reversed one would not enter the loop below anyway.
            foreach (var range in day.Ranges)
            {
                var t = range.StartNanoseconds;
                var rangeEnd = range.EndNanoseconds;
                var startShaper = _hoursReason;
                while (t < rangeEnd)
                {
                    var blockedUntil = t;
                    var blocker = -1;
                    var nextBlock = rangeEnd;
                    var endShaper = _hoursReason;
                    for (var i = 0; i < ruleCount; i++)
                    {
                        if (blocks[2 * i] == Unknown || (blocks[2 * i] >= 0 && blocks[(2 * i) + 1] <= t))
                        {
                            if (!_rules[i].TryGetBlock(day, TimeOfDayRange.TimeOfDay(t), out var block))
                            {
                                blocks[2 * i] = NoMoreToday;
                                continue;
                            }

                            // An invalid span is ignored, and the rule asked again at the next step.
                            blocks[2 * i] = block.IsValid ? block.StartNanoseconds : Unknown;
                            blocks[(2 * i) + 1] = block.EndNanoseconds;
                        }

                        if (blocks[2 * i] < 0)
                        {
                            continue;
                        }

                        var blockStart = blocks[2 * i];
                        var blockEnd = blocks[(2 * i) + 1];
                        // A block lying wholly in a spring-forward gap removes no real time; left
                        // in, it would split one window into two that touch at the jump.
                        if (blockEnd <= t || (changesOffset && !RemovesRealTime(calendar.Zone, date, blockStart, blockEnd)))
                        {
                            continue;
                        }

                        if (blockStart <= t)
                        {
                            if (blockEnd > blockedUntil)
                            {
                                blockedUntil = blockEnd;
                                blocker = i;
                            }
                        }
                        else if (blockStart < nextBlock)
                        {
                            nextBlock = blockStart;
                            endShaper = _ruleReasonObjects[i];
                        }
                    }

                    if (blocker >= 0)
                    {
                        if (!found)
                        {
                            blockedBy = blockedBy.With(_ruleReasons[blocker]);
                        }

                        t = blockedUntil;
                        startShaper = _ruleReasonObjects[blocker];
                        continue;
                    }

                    var end = Math.Min(nextBlock, rangeEnd);
                    emitter.Begin(quality, startShaper, endShaper);
                    var more = fixedOffset
                        ? emitter.Add(midnight + Duration.FromNanoseconds(t) - localToInstant, midnight + Duration.FromNanoseconds(end) - localToInstant, dayOffset, dayOffset)
                        : ZoneMapping.MapSpan(calendar.Zone, At(date, t), At(date, end), ref emitter);
                    skippedShort |= !found && emitter.SkippedShort;
                    found |= emitter.Emitted;
                    if (!more || emitter.Full)
                    {
                        sink = emitter.Sink;
                        return new SearchOutcome(blockedBy, skippedHoliday, skippedShort);
                    }

                    t = end;
                    startShaper = endShaper;
                }
            }
        }

        sink = emitter.Sink;
        return new SearchOutcome(blockedBy, skippedHoliday, skippedShort);
    }

    /// <summary>Maps one wall-clock span of a day to windows from <paramref name="from"/> on, each at least <paramref name="minimum"/> long.</summary>
    public static void MapSpan<TSink>(DateTimeZone zone, LocalDateTime start, LocalDateTime end, Instant from, Duration minimum, CallWindowQuality quality, FollowUpReason? startShapedBy, FollowUpReason? endShapedBy, ref TSink sink)
        where TSink : struct, IWindowSink
    {
        var emitter = new Emitter<TSink>(sink, zone, from, minimum);
        emitter.Begin(quality, startShapedBy, endShapedBy);
        ZoneMapping.MapSpan(zone, start, end, ref emitter);
        sink = emitter.Sink;
    }

    /// <summary>Tells whether the office's UTC offset changes during <paramref name="date"/> (a transition day).</summary>
    private static bool ChangesOffset(DateTimeZone zone, LocalDate date)
    {
        var start = ZoneMapping.Earliest(zone, date.AtMidnight());
        var next = ZoneMapping.Earliest(zone, date.PlusDays(1).AtMidnight());
        return zone.GetUtcOffset(start) != ZoneMapping.OffsetBefore(zone, next);
    }

    private static bool RemovesRealTime(DateTimeZone zone, LocalDate date, long start, long end) =>
        ZoneMapping.Earliest(zone, At(date, start)) < ZoneMapping.Earliest(zone, At(date, end));

    private static LocalDateTime At(LocalDate date, long nanoseconds) =>
        nanoseconds >= TimeOfDayRange.NanosecondsPerDay
            ? date.PlusDays(1).AtMidnight()
            : date.At(TimeOfDayRange.TimeOfDay(nanoseconds));

    /// <summary>
    /// Clips, rounds and filters mapped spans, then hands them to the sink as windows. One emitter serves a
    /// whole search, holding the sink, so the sink is not copied for every span.
    /// </summary>
    private struct Emitter<TSink> : IInstantSpanSink
        where TSink : struct, IWindowSink
    {
        private readonly DateTimeZone _zone;
        private readonly Instant _from;
        private readonly Duration _minimum;
        private CallWindowQuality _quality;
        private FollowUpReason? _endShaper;
        private FollowUpReason? _startShaper;

        public Emitter(TSink sink, DateTimeZone zone, Instant from, Duration minimum)
        {
            Sink = sink;
            _zone = zone;
            _from = from;
            _minimum = minimum;
            _quality = CallWindowQuality.Allowed;
            _startShaper = null;
            _endShaper = null;
            Emitted = false;
            Full = false;
            SkippedShort = false;
        }

        public TSink Sink;

        public bool Emitted { get; private set; }

        public bool Full { get; private set; }

        public bool SkippedShort { get; private set; }

        /// <summary>Starts a wall-clock span: its quality and the rules at its edges.</summary>
        public void Begin(CallWindowQuality quality, FollowUpReason? startShaper, FollowUpReason? endShaper)
        {
            _quality = quality;
            _startShaper = startShaper;
            _endShaper = endShaper;
            Emitted = false;
            SkippedShort = false;
        }

        public bool Add(Instant start, Instant end, Offset startOffset, Offset endOffset)
        {
            var shaper = _startShaper;

            // Pieces after the first (past a fall-back overlap) start at a transition, not at a rule.
            _startShaper = null;
            if (end <= _from)
            {
                return true;
            }

            if (start < _from)
            {
                start = _from;
                startOffset = _zone.GetUtcOffset(start);
                shaper = null;
            }

            var startTicks = CeilingTicks(start);
            var endTicks = end.ToUnixTimeTicks();
            if (endTicks <= startTicks || Duration.FromTicks(endTicks - startTicks) < _minimum)
            {
                SkippedShort = true;
                return true;
            }

            Emitted = true;
            var window = new CallWindow(startTicks, endTicks, startOffset.Seconds, endOffset.Seconds, _quality, shaper, _endShaper);
            if (!Sink.Add(window))
            {
                Full = true;
                return false;
            }

            return true;
        }

        private static long CeilingTicks(Instant instant)
        {
            var ticks = instant.ToUnixTimeTicks();
            return Instant.FromUnixTimeTicks(ticks) < instant ? ticks + 1 : ticks;
        }
    }
}
