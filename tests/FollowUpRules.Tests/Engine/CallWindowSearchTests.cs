using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using FollowUpRules.Tests.Shared;
using NodaTime;

namespace FollowUpRules.Tests.Engine;

/// <summary>
/// The window search against the minute-by-minute reference, in the five zones the engine must
/// handle (New York, London, Sydney, a Sunday-to-Thursday Jerusalem office, Kathmandu at +05:45),
/// around each zone's 2026 daylight-saving transitions.
/// </summary>
public sealed class CallWindowSearchTests
{
    private static readonly OfficeHours SundayToThursday = OfficeHours.Create(
        [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday],
        new TimeOfDayRange(new LocalTime(8, 30), new LocalTime(12, 30)),
        new TimeOfDayRange(new LocalTime(13, 30), new LocalTime(17, 0)));

    private static readonly OfficeHours NightDesk = OfficeHours.Create(
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
        new TimeOfDayRange(new LocalTime(0, 0), new LocalTime(5, 0)),
        new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(17, 0)));

    public static TheoryData<string, string, LocalDate> Transitions => new()
    {
        { "New York spring forward", "America/New_York", new LocalDate(2026, 3, 8) },
        { "New York fall back", "America/New_York", new LocalDate(2026, 11, 1) },
        { "London spring forward", "Europe/London", new LocalDate(2026, 3, 29) },
        { "London fall back", "Europe/London", new LocalDate(2026, 10, 25) },
        { "Sydney fall back", "Australia/Sydney", new LocalDate(2026, 4, 5) },
        { "Sydney spring forward", "Australia/Sydney", new LocalDate(2026, 10, 4) },
        { "Jerusalem spring forward (a Friday)", "Asia/Jerusalem", new LocalDate(2026, 3, 27) },
        { "Jerusalem fall back (a Sunday)", "Asia/Jerusalem", new LocalDate(2026, 10, 25) },
        { "Kathmandu, no transition", "Asia/Kathmandu", new LocalDate(2026, 3, 29) },
    };

    public static TheoryData<string> Profiles => new() { "default", "etq", "rcr", "cbr" };

    private static FollowUpProfile FineGrained(string profile) => FollowUpProfiles.Get(profile) with { MinimumCallWindow = Duration.FromMinutes(1) };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void FindCallWindows_AroundTheTransition_CoverExactlyTheMinutesTheReferenceAllows(string scenario, string zone, LocalDate transitionDay)
    {
        foreach (var profileName in new[] { "default", "etq", "rcr", "cbr" })
        {
            foreach (var hours in new[] { zone == "Asia/Jerusalem" ? SundayToThursday : OfficeHours.Weekdays(new LocalTime(9, 0), new LocalTime(17, 0)), NightDesk })
            {
                var builder = CaseBuilder.In(zone, transitionDay.PlusDays(-10).At(new LocalTime(10, 0)))
                    .WithHours(hours)
                    .WithHectic(new HecticPeriod { Days = [IsoDayOfWeek.Wednesday], Hours = new TimeOfDayRange(new LocalTime(14, 0), new LocalTime(15, 30)) })
                    .WithHolidays(transitionDay.PlusDays(3));
                var followUp = builder.Build();
                var profile = FineGrained(profileName);
                var policy = FollowUpPolicy.Create(profile);
                var from = builder.At(transitionDay.PlusDays(-3).AtMidnight());
                var until = builder.At(transitionDay.PlusDays(5).AtMidnight());

                var windows = policy.FindCallWindows(followUp, from, 100).Where(w => w.Start < until).ToList();

                var engine = new HashSet<Instant>();
                for (var i = 0; i < windows.Count; i++)
                {
                    windows[i].Length.Should().BeGreaterThan(Duration.Zero);
                    if (i > 0)
                    {
                        windows[i].Start.Should().BeGreaterThanOrEqualTo(windows[i - 1].End, $"{scenario}: windows are ordered and do not overlap");
                    }

                    for (var m = windows[i].Start; m < windows[i].End && m < until; m += Duration.FromMinutes(1))
                    {
                        engine.Add(m);
                    }
                }

                var reference = new HashSet<Instant>();
                for (var m = from; m < until; m += Duration.FromMinutes(1))
                {
                    if (ReferenceWindows.Allows(followUp, profile, followUp.Interview.Lead, m))
                    {
                        reference.Add(m);
                    }
                }

                reference.Should().NotBeEmpty();
                engine.Should().BeEquivalentTo(reference, $"{scenario} under {profileName} with hours {hours}");
            }
        }
    }

    [Fact]
    public void FindCallWindows_NightDeskOnNewYorkSpringForward_IsOneWindowThatSkipsTheMissingHour()
    {
        var builder = CaseBuilder.In("America/New_York", new LocalDateTime(2026, 3, 2, 10, 0)).WithHours(NightDesk);
        var policy = FollowUpPolicy.Create(FollowUpProfiles.Cbr);

        var first = policy.FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 3, 8, 0, 0)), 1).Single();

        first.LocalStart.Should().Be(new LocalDateTime(2026, 3, 8, 0, 0));
        first.LocalEnd.Should().Be(new LocalDateTime(2026, 3, 8, 5, 0));
        first.Length.Should().Be(Duration.FromHours(4), "02:00 to 03:00 does not exist that night");
        first.StartOffset.Should().Be(Offset.FromHours(-5));
        first.EndOffset.Should().Be(Offset.FromHours(-4));
    }

    [Fact]
    public void FindCallWindows_NightDeskOnNewYorkFallBack_OffersTheRepeatedHourOnce()
    {
        var builder = CaseBuilder.In("America/New_York", new LocalDateTime(2026, 10, 26, 10, 0)).WithHours(NightDesk);
        var policy = FollowUpPolicy.Create(FollowUpProfiles.Cbr);

        var windows = policy.FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 11, 1, 0, 0)), 2);

        windows[0].LocalStart.Should().Be(new LocalDateTime(2026, 11, 1, 0, 0));
        windows[0].LocalEnd.Should().Be(new LocalDateTime(2026, 11, 1, 2, 0));
        windows[0].Length.Should().Be(Duration.FromHours(2));
        windows[1].LocalStart.Should().Be(new LocalDateTime(2026, 11, 1, 2, 0));
        windows[1].LocalEnd.Should().Be(new LocalDateTime(2026, 11, 1, 5, 0));
        windows[1].Start.Should().Be(windows[0].End + Duration.FromHours(1), "the hour from 01:00 to 02:00 comes round again and is skipped");
    }

    [Fact]
    public void FindCallWindows_OpeningTimeInsideTheSkippedHour_StartsWhenTheClockResumes()
    {
        var hours = OfficeHours.Create([IsoDayOfWeek.Sunday], new TimeOfDayRange(new LocalTime(2, 30), new LocalTime(6, 0)));
        var builder = CaseBuilder.In("America/New_York", new LocalDateTime(2026, 3, 1, 10, 0)).WithHours(hours);

        var first = FollowUpPolicy.Create(FollowUpProfiles.Cbr).FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 3, 8, 0, 0)), 1).Single();

        first.LocalStart.Should().Be(new LocalDateTime(2026, 3, 8, 3, 0));
        first.Length.Should().Be(Duration.FromHours(3));
    }

    [Fact]
    public void FindCallWindows_LunchBlackoutInsideTheRepeatedHour_BlocksItOnTheFirstPassAndTheSecondIsNotOffered()
    {
        var hours = OfficeHours.Create([IsoDayOfWeek.Sunday], new TimeOfDayRange(new LocalTime(0, 0), new LocalTime(4, 0)));
        var builder = CaseBuilder.In("Europe/London", new LocalDateTime(2026, 10, 20, 10, 0)).WithHours(hours);
        var policy = FollowUpPolicy.Create(FollowUpProfiles.Cbr with { LunchBlackout = new TimeOfDayRange(new LocalTime(1, 15), new LocalTime(1, 45)) });

        var windows = policy.FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 10, 25, 0, 0)), 3);

        windows.Select(w => (w.LocalStart.TimeOfDay, w.LocalEnd.TimeOfDay)).Should().Equal(
            (new LocalTime(0, 0), new LocalTime(1, 15)),
            (new LocalTime(1, 45), new LocalTime(2, 0)),
            (new LocalTime(2, 0), new LocalTime(4, 0)));
        windows[2].Start.Should().Be(windows[1].End + Duration.FromHours(1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void FindCallWindows_FromJustAroundTheTransition_NeverStartsBeforeFrom(int minutes)
    {
        var builder = CaseBuilder.In("Europe/London", new LocalDateTime(2026, 3, 20, 10, 0)).WithHours(NightDesk);
        var transition = Instant.FromUtc(2026, 3, 29, 1, 0);
        var from = transition + Duration.FromMinutes(minutes);

        var first = FollowUpPolicy.Create(FollowUpProfiles.Cbr).FindCallWindows(builder.Build(), from, 1).Single();

        first.Start.Should().Be(from);
        first.LocalStart.Should().Be(from.InZone(builder.Zone).LocalDateTime);
    }

    [Fact]
    public void FindCallWindows_Kathmandu_UsesTheQuarterHourOffset()
    {
        var builder = CaseBuilder.In("Asia/Kathmandu", new LocalDateTime(2026, 3, 2, 10, 0));

        var first = FollowUpPolicy.Create(FollowUpProfiles.Cbr).FindCallWindows(builder.Build(), Instant.FromUtc(2026, 3, 10, 0, 0), 1).Single();

        first.Start.Should().Be(Instant.FromUtc(2026, 3, 10, 3, 15), "09:00 at +05:45 is 03:15 UTC");
        first.StartOffset.Should().Be(Offset.FromHoursAndMinutes(5, 45));
    }

    [Fact]
    public void FindCallWindows_CountOutOfRange_IsRejected()
    {
        var builder = CaseBuilder.London();
        var find = () => FollowUpPolicy.Create(FollowUpProfiles.Cbr).FindCallWindows(builder.Build(), builder.InterviewAt, 0);

        find.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
    }

    /// <summary>A host rule that marks Tuesdays preferred and blocks nothing.</summary>
    private sealed class PreferTuesdays : CallWindowStrategy
    {
        public static readonly FollowUpReason Tuesday = new(RuleId.Parse("ACME-03"), "Acme's interviewers keep Tuesdays free for calls.");

        public override StrategyDescriptor Descriptor { get; } = new(nameof(PreferTuesdays), "Prefers Tuesdays.", [RuleId.Parse("ACME-03")], [Tuesday]);

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            block = default;
            return false;
        }

        public override bool CanMarkPreferred => true;

        public override bool MarksPreferred(in CallDay day) => day.DayOfWeek == IsoDayOfWeek.Tuesday;
    }

    /// <summary>A host rule with two meetings a day: it answers with the first that ends after 'from'.</summary>
    private sealed class TwoMeetings : CallWindowStrategy
    {
        public static readonly FollowUpReason Meeting = new(RuleId.Parse("ACME-04"), "Acme's interviewers are in meetings 10:00-11:00 and 14:00-15:00.");

        public override StrategyDescriptor Descriptor { get; } = new(nameof(TwoMeetings), "Two meetings a day.", [RuleId.Parse("ACME-04")], [Meeting]);

        public int Asked { get; private set; }

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            Asked++;
            block = from < new LocalTime(11, 0) ? new TimeOfDayRange(new LocalTime(10, 0), new LocalTime(11, 0))
                : from < new LocalTime(15, 0) ? new TimeOfDayRange(new LocalTime(14, 0), new LocalTime(15, 0))
                : default;
            return from < new LocalTime(15, 0);
        }
    }

    private static readonly FollowUpProfile NoTimingRules = FollowUpProfiles.Etq with
    {
        WeekOpeningBlackout = null,
        PreWeekendBlackout = null,
        LunchBlackout = null,
        AvoidHecticPeriods = false,
        AvoidOutOfOffice = false,
    };

    [Fact]
    public void FindCallWindows_HostRuleMarksTuesdaysPreferred_TuesdayWindowsArePreferredOthersAllowed()
    {
        var builder = CaseBuilder.London();
        var policy = new FollowUpPolicyBuilder(NoTimingRules).Add(new PreferTuesdays()).Build();

        var windows = policy.FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 3, 9, 0, 0)), 3);

        windows.Select(w => (w.LocalStart.DayOfWeek, w.Quality)).Should().Equal(
            (IsoDayOfWeek.Monday, CallWindowQuality.Allowed),
            (IsoDayOfWeek.Tuesday, CallWindowQuality.Preferred),
            (IsoDayOfWeek.Wednesday, CallWindowQuality.Allowed));
    }

    [Fact]
    public void FindCallWindows_HostRuleWithTwoBlocksADay_LeavesTheGapsAndIsAskedAgainOnlyPastEachBlock()
    {
        var builder = CaseBuilder.London();
        var meetings = new TwoMeetings();
        var policy = new FollowUpPolicyBuilder(NoTimingRules).Add(meetings).Build();

        var windows = policy.FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 3, 9, 0, 0)), 3);

        windows.Select(w => (w.LocalStart.TimeOfDay, w.LocalEnd.TimeOfDay)).Should().Equal(
            (new LocalTime(9, 0), new LocalTime(10, 0)),
            (new LocalTime(11, 0), new LocalTime(14, 0)),
            (new LocalTime(15, 0), new LocalTime(17, 0)));
        windows.Select(w => w.EndShapedBy).Should().Equal(TwoMeetings.Meeting, TwoMeetings.Meeting, WindowSearchReasons.OfficeHours);
        meetings.Asked.Should().Be(3, "once at opening, once past the first meeting, once past the second");
    }

    /// <summary>A host rule blocking fixed spans of every day, answering as the contract asks.</summary>
    private sealed class FixedBlocks(string ruleId, params TimeOfDayRange[] spans) : CallWindowStrategy
    {
        public FollowUpReason Reason { get; } = new(RuleId.Parse(ruleId), "Blocked by " + ruleId + ".");

        public override StrategyDescriptor Descriptor => new("Blocks" + ruleId.Replace("-", string.Empty, StringComparison.Ordinal), "Blocks fixed spans.", [Reason.RuleId], [Reason]);

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            foreach (var span in spans)
            {
                if (!span.IsValid || span.End > from || span.End == LocalTime.Midnight)
                {
                    block = span;
                    return true;
                }
            }

            block = default;
            return false;
        }
    }

    [Fact]
    public void FindCallWindows_HostRuleBlockingFromMidnight_IsAskedAgainPastThatBlock()
    {
        var builder = CaseBuilder.London();
        var rule = new FixedBlocks("ACME-05", new TimeOfDayRange(LocalTime.Midnight, new LocalTime(10, 0)), new TimeOfDayRange(new LocalTime(12, 0), new LocalTime(13, 0)));
        var policy = new FollowUpPolicyBuilder(NoTimingRules).Add(rule).Build();

        var windows = policy.FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 3, 9, 0, 0)), 2);

        windows.Select(w => (w.LocalStart.TimeOfDay, w.LocalEnd.TimeOfDay)).Should().Equal(
            (new LocalTime(10, 0), new LocalTime(12, 0)),
            (new LocalTime(13, 0), new LocalTime(17, 0)));
    }

    [Fact]
    public void FindCallWindows_HostRuleAnsweringWithAReversedSpan_IsIgnored()
    {
        var builder = CaseBuilder.London();
        var rule = new FixedBlocks("ACME-06", new TimeOfDayRange(new LocalTime(14, 0), new LocalTime(10, 0)));
        var policy = new FollowUpPolicyBuilder(NoTimingRules).Add(rule).Build();

        var windows = policy.FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 3, 9, 0, 0)), 1);

        windows.Select(w => (w.LocalStart.TimeOfDay, w.LocalEnd.TimeOfDay)).Should().Equal((new LocalTime(9, 0), new LocalTime(17, 0)));
    }

    [Fact]
    public void FindCallWindows_TwoRulesBlockingAlike_TheEarlierRuleShapesTheWindow()
    {
        var builder = CaseBuilder.London();
        var spans = new[] { new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(11, 0)), new TimeOfDayRange(new LocalTime(12, 0), new LocalTime(13, 0)) };
        var first = new FixedBlocks("ACME-07", spans);
        var second = new FixedBlocks("ACME-08", spans);
        var policy = new FollowUpPolicyBuilder(NoTimingRules).Add(first).Add(second).Build();

        var window = policy.FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 3, 9, 8, 0)), 1).Single();

        (window.LocalStart.TimeOfDay, window.LocalEnd.TimeOfDay).Should().Be((new LocalTime(11, 0), new LocalTime(12, 0)));
        window.StartShapedBy.Should().Be(first.Reason, "both blocks end at 11:00; the earlier rule in the list is named");
        window.EndShapedBy.Should().Be(first.Reason, "both blocks start at 12:00; the earlier rule in the list is named");
    }

    [Fact]
    public void FindCallWindows_FromTheOpeningInstant_NamesOfficeHoursForTheStart()
    {
        var builder = CaseBuilder.London();

        var window = FollowUpPolicy.Create(NoTimingRules).FindCallWindows(builder.Build(), builder.At(new LocalDateTime(2026, 3, 10, 9, 0)), 1).Single();

        window.LocalStart.Should().Be(new LocalDateTime(2026, 3, 10, 9, 0));
        window.StartShapedBy.Should().Be(WindowSearchReasons.OfficeHours, "the window opens with the office, not at 'now'");
    }

    [Fact]
    public void CanMarkPreferred_EveryLibraryWindowStrategyThatOverridesMarksPreferred_SaysSo()
    {
        var strategies = typeof(CallWindowStrategy).Assembly.GetTypes()
            .Where(t => typeof(CallWindowStrategy).IsAssignableFrom(t) && !t.IsAbstract && t.IsPublic)
            .Select(t => (CallWindowStrategy)Activator.CreateInstance(t)!)
            .ToList();

        strategies.Should().HaveCount(StandardStrategies.CreateWindowStrategies().Count, "every library window strategy is a standard one");
        foreach (var strategy in strategies)
        {
            var overrides = strategy.GetType().GetMethod(nameof(CallWindowStrategy.MarksPreferred))!.DeclaringType != typeof(CallWindowStrategy);
            strategy.CanMarkPreferred.Should().Be(overrides, strategy.Descriptor.Name + ": the search asks only the strategies that say they can mark windows preferred");
        }
    }
}
