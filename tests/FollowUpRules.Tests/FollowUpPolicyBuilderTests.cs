using FluentAssertions;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Strategies.Windows;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using NodaTime.TimeZones;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests;

public sealed class FollowUpPolicyBuilderTests
{
    /// <summary>A host's company rule: never call on Fridays.</summary>
    private sealed class NoCallsOnFridays : CallWindowStrategy
    {
        public static readonly FollowUpReason Friday = new(RuleId.Parse("ACME-01"), "Acme never phones on a Friday.");

        public override StrategyDescriptor Descriptor { get; } = new(nameof(NoCallsOnFridays), "No calls on Fridays.", [RuleId.Parse("ACME-01")], [Friday]);

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            block = TimeOfDayRange.WholeDay;
            return day.DayOfWeek == IsoDayOfWeek.Friday;
        }
    }

    /// <summary>A host's decision rule: stop thirty days after the interview.</summary>
    private sealed class StopAfterThirtyDays : DecisionStrategy
    {
        public static readonly FollowUpReason TooLate = new(RuleId.Parse("ACME-02"), "Acme closes follow-ups thirty days after the interview.");

        public override StrategyDescriptor Descriptor { get; } = new(nameof(StopAfterThirtyDays), "Stops after thirty days.", [RuleId.Parse("ACME-02")], [TooLate]);

        public override void Apply(DecisionContext context, DecisionDraft draft)
        {
            if (context.Now - context.InterviewAt > Duration.FromDays(30))
            {
                draft.Stop(StopReason.NoResponse, TooLate);
            }
        }
    }

    /// <summary>A host's decision strategy that only reads what a host strategy may: the public history, noted while it is valid.</summary>
    private sealed class RecordsHistory : DecisionStrategy
    {
        public List<HistoryNote> Seen { get; } = [];

        public override StrategyDescriptor Descriptor { get; } = new(nameof(RecordsHistory), "Records the history it is shown.", [RuleId.Parse("ACME-05")]);

        public override void Apply(DecisionContext context, DecisionDraft draft) => Seen.Add(HistoryNote.Of(context.History));
    }

    private sealed record HistoryNote(int Count, int CallCount, int VoicemailsLeft, bool ThankYouSent, Instant? LastVoicemailAt, Instant? LastCallAt, bool LastCallReachedNobodyUseful, string Purposes)
    {
        public static HistoryNote Of(FollowUpHistory history) =>
            new(history.Count, history.CallCount, history.VoicemailsLeft, history.ThankYouSent, history.LastVoicemailAt, history.LastCallAt, history.LastCallReachedNobodyUseful, string.Join(",", history.Select(a => a.Purpose)));
    }

    private sealed class UndeclaredReason : DecisionStrategy
    {
        private static readonly FollowUpReason Secret = new(RuleId.Parse("ACME-03"), "Never declared.");

        public override StrategyDescriptor Descriptor { get; } = new(nameof(UndeclaredReason), "Cites a reason it does not declare.", [RuleId.Parse("ACME-03")]);

        public override void Apply(DecisionContext context, DecisionDraft draft) => draft.Because(Secret);
    }

    private sealed class SignOff : ScriptStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(SignOff), "Adds the company sign-off.", [RuleId.Parse("ACME-04")]);

        public override void Contribute(in ScriptContext context, ScriptBuilder script)
        {
            if (context.Call is not null)
            {
                script.Line(ScriptSection.Closing, RuleId.Parse("ACME-04"), "Mention your Acme applicant number.");
            }
        }
    }

    private static readonly CaseBuilder Builder = CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0));

    [Fact]
    public void Add_HostWindowRule_KeepsCallsOffFridaysAndCitesIt()
    {
        var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Cbr).Add(new NoCallsOnFridays()).Build();

        var call = policy.Decide(Builder.Build(), Builder.At(L(2026, 3, 13, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;

        call.Window.LocalStart.Should().Be(L(2026, 3, 16, 9, 0));
        call.Reasons.Contains(RuleId.Parse("ACME-01")).Should().BeTrue();
        policy.Strategies.Windows.Select(d => d.Name).Should().Contain("NoCallsOnFridays");
    }

    [Fact]
    public void Add_HostDecisionRule_RunsAfterTheStandardOnes()
    {
        var policy = new FollowUpPolicyBuilder().Add(new StopAfterThirtyDays()).Build();

        var action = policy.Decide(Builder.Build(), Builder.At(L(2026, 4, 10, 8, 0)));

        action.Should().BeOfType<NextAction.Stop>().Which.Reasons.Single().RuleId.Value.Should().Be("ACME-02");
        policy.Strategies.Decisions[^1].Name.Should().Be("StopAfterThirtyDays");
    }

    [Fact]
    public void Add_HostDecisionRule_ReadsEachCaseAsIfItWereTheThreadsFirst()
    {
        // The thread's decision state is reused: nothing worked out for one case (here the agency
        // update's due date, RCR-03, which tells a thank-you through the agency from an update) may
        // leak into the next. The late case's agency email comes after its update fell due but
        // before its thank-you window closed, so only the right due date makes it the update.
        var recorder = new RecordsHistory();
        var policy = new FollowUpPolicyBuilder().InsertBefore<CallLimit>(recorder).Build();
        var early = CaseBuilder.London().ThroughAgency().With(L(2026, 3, 5, 16, 0), a => a with { Channel = ContactChannel.Email, ViaAgency = true });
        var late = CaseBuilder.In("Europe/London", L(2026, 3, 20, 10, 0)).ThroughAgency().With(L(2026, 3, 24, 12, 0), a => a with { Channel = ContactChannel.Email, ViaAgency = true });

        policy.Decide(early.Build(), early.At(L(2026, 3, 6, 9, 0)));
        policy.Decide(late.Build(), late.At(L(2026, 3, 24, 13, 0)));
        var freshThread = new Thread(() => policy.Decide(late.Build(), late.At(L(2026, 3, 24, 13, 0))));
        freshThread.Start();
        freshThread.Join();

        recorder.Seen.Should().HaveCount(3);
        recorder.Seen[1].Should().Be(recorder.Seen[2], "the late case reads alike after the early one and on a fresh thread");
        recorder.Seen[2].Purposes.Should().Be(nameof(AttemptPurpose.AgencyUpdate), "the late case's update fell due on Tuesday 24 March, before its thank-you window closed");
    }

    [Fact]
    public void Add_HostDecisionRule_SeesTheHistoryTheLibrarysRulesRead()
    {
        var recorder = new RecordsHistory();
        var policy = new FollowUpPolicyBuilder().InsertBefore<CallLimit>(recorder).Build();
        // A builder of its own: CaseBuilder adds attempts to itself, and Builder is shared.
        var followUp = CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0))
            .Called(L(2026, 3, 10, 9, 30), Responder.Receptionist)
            .LeftVoicemail(L(2026, 3, 12, 10, 0))
            .Called(L(2026, 3, 16, 9, 30), Responder.Nobody)
            .Build();
        var now = Builder.At(L(2026, 3, 17, 8, 0));

        policy.Decide(followUp, now);

        var history = recorder.Seen.Should().ContainSingle().Subject;
        history.Count.Should().Be(4);
        history.CallCount.Should().Be(3);
        history.VoicemailsLeft.Should().Be(1);
        history.ThankYouSent.Should().BeTrue();
        history.LastVoicemailAt.Should().Be(Builder.At(L(2026, 3, 12, 10, 0)));
        history.LastCallAt.Should().Be(Builder.At(L(2026, 3, 16, 9, 30)));
        history.LastCallReachedNobodyUseful.Should().BeTrue();
        history.Should().Be(HistoryNote.Of(new StrategyTrial(followUp, now, policy.Profile, []).History), "a host strategy reads the same history the library's do");
    }

    [Fact]
    public void Remove_LunchBlackout_OffersLunchTime()
    {
        var policy = new FollowUpPolicyBuilder(FollowUpProfiles.Etq).Remove<LunchBlackout>().Build();

        var windows = policy.FindCallWindows(Builder.Build(), Builder.At(L(2026, 3, 10, 8, 0)), 1);

        windows.Single().LocalStart.Should().Be(L(2026, 3, 10, 9, 0));
        windows.Single().LocalEnd.Should().Be(L(2026, 3, 10, 17, 0));
    }

    [Fact]
    public void Remove_StrategyNotInTheBuilder_SaysSo()
    {
        var builder = new FollowUpPolicyBuilder().Remove<LunchBlackout>();

        var again = () => builder.Remove<LunchBlackout>();

        again.Should().Throw<InvalidOperationException>().WithMessage("The builder holds no LunchBlackout to remove.");
    }

    [Fact]
    public void Replace_FirstCallDelay_UsesTheHostsRuleInTheSamePlace()
    {
        var policy = new FollowUpPolicyBuilder().Replace<FirstCallDelay>(new StopAfterThirtyDays()).Build();

        policy.Strategies.Decisions.Select(d => d.Name).Should().NotContain("FirstCallDelay");
        policy.Strategies.Decisions.Select(d => d.Name).ToList().IndexOf("StopAfterThirtyDays")
            .Should().Be(policy.Strategies.Decisions.Select(d => d.Name).ToList().IndexOf("EmployerCallBack") - 1);
        policy.Decide(Builder.Build(), Builder.At(L(2026, 3, 6, 9, 0))).Should().BeOfType<NextAction.Call>("nothing makes the call wait any more");
    }

    [Fact]
    public void Replace_WithAStrategyOfAnotherKind_IsRejected()
    {
        var replace = () => new FollowUpPolicyBuilder().Replace<LunchBlackout>(new StopAfterThirtyDays());

        replace.Should().Throw<InvalidOperationException>().WithMessage("The builder holds no LunchBlackout of the same kind as StopAfterThirtyDays to replace.");
    }

    [Fact]
    public void InsertBefore_PutsTheRuleAheadOfTheNamedOne()
    {
        var policy = new FollowUpPolicyBuilder().InsertBefore<ThankYouFirst>(new StopAfterThirtyDays()).Build();

        var names = policy.Strategies.Decisions.Select(d => d.Name).ToList();
        names.IndexOf("StopAfterThirtyDays").Should().Be(names.IndexOf("ThankYouFirst") - 1);
    }

    [Fact]
    public void InsertAfter_PutsTheRuleRightAfterTheNamedOne()
    {
        var policy = new FollowUpPolicyBuilder().InsertAfter<ThankYouFirst>(new StopAfterThirtyDays()).Build();

        var names = policy.Strategies.Decisions.Select(d => d.Name).ToList();
        names.IndexOf("StopAfterThirtyDays").Should().Be(names.IndexOf("ThankYouFirst") + 1);
    }

    [Fact]
    public void InsertBeforeAndAfter_TheFirstStrategyOfItsList_PutTheRuleNextToIt()
    {
        var builder = new FollowUpPolicyBuilder();
        builder.Decisions[0].Should().BeOfType<InterviewNotYetHeld>("the test names the list's first strategy");

        builder.InsertBefore<InterviewNotYetHeld>(new StopAfterThirtyDays());
        builder.Decisions[0].Should().BeOfType<StopAfterThirtyDays>();
        builder.Decisions[1].Should().BeOfType<InterviewNotYetHeld>();

        var after = new FollowUpPolicyBuilder().InsertAfter<InterviewNotYetHeld>(new StopAfterThirtyDays());
        after.Decisions[0].Should().BeOfType<InterviewNotYetHeld>();
        after.Decisions[1].Should().BeOfType<StopAfterThirtyDays>();
    }

    [Fact]
    public void InsertAfter_StrategyNotInTheBuilder_SaysWhichAndWhere()
    {
        var builder = new FollowUpPolicyBuilder();
        builder.Remove<ThankYouFirst>();

        var insert = () => builder.InsertAfter<ThankYouFirst>(new StopAfterThirtyDays());

        insert.Should().Throw<InvalidOperationException>().WithMessage("The builder holds no ThankYouFirst of the same kind as StopAfterThirtyDays to insert after.");
        var before = () => builder.InsertBefore<ThankYouFirst>(new StopAfterThirtyDays());
        before.Should().Throw<InvalidOperationException>().WithMessage("*to insert before.");
    }

    [Fact]
    public void RuleList_InsertAfterAndBefore_PlaceTheStrategyNextToTheNamedOne()
    {
        var builder = new FollowUpPolicyBuilder();
        var rules = builder.Windows;
        var lunch = rules.Select((r, i) => (r, i)).Single(p => p.r is LunchBlackout).i;

        rules.InsertAfter<LunchBlackout>(new NoCallsOnFridays());
        rules[lunch + 1].Should().BeOfType<NoCallsOnFridays>();
        rules.Remove<NoCallsOnFridays>().Should().BeTrue();
        rules.InsertBefore<LunchBlackout>(new NoCallsOnFridays());
        rules[lunch].Should().BeOfType<NoCallsOnFridays>();
        rules[lunch + 1].Should().BeOfType<LunchBlackout>();
    }

    [Fact]
    public void RuleList_InsertAtIndex_PutsItThere()
    {
        var rules = new FollowUpPolicyBuilder().Windows;
        var count = rules.Count;

        rules.Insert(0, new NoCallsOnFridays());

        rules[0].Should().BeOfType<NoCallsOnFridays>();
        rules.Count.Should().Be(count + 1);
    }

    [Fact]
    public void RuleList_Replace_KeepsThePlaceAndRequiresTheNamedType()
    {
        var rules = new FollowUpPolicyBuilder().Windows;
        var lunch = rules.Select((r, i) => (r, i)).Single(p => p.r is LunchBlackout).i;

        rules.Replace<LunchBlackout>(new NoCallsOnFridays());

        rules[lunch].Should().BeOfType<NoCallsOnFridays>();
        rules.Contains<LunchBlackout>().Should().BeFalse();
        var again = () => rules.Replace<LunchBlackout>(new NoCallsOnFridays());
        again.Should().Throw<InvalidOperationException>().WithMessage("There is no LunchBlackout in this list; it holds *NoCallsOnFridays*.");
    }

    [Fact]
    public void RuleList_NamedStrategyIsTheFirst_IsFoundAtIndexZero()
    {
        var rules = new FollowUpPolicyBuilder().Windows;
        rules.Insert(0, new NoCallsOnFridays());
        var count = rules.Count;
        var added = new LunchBlackout();

        rules.InsertBefore<NoCallsOnFridays>(added);
        rules[0].Should().BeSameAs(added);
        rules[1].Should().BeOfType<NoCallsOnFridays>();
        rules.Remove(added).Should().BeTrue();

        rules.InsertAfter<NoCallsOnFridays>(added);
        rules[1].Should().BeSameAs(added);
        rules.Remove(added).Should().BeTrue();

        rules.Replace<NoCallsOnFridays>(added);
        rules[0].Should().BeSameAs(added);
        rules.Count.Should().Be(count);
    }

    [Fact]
    public void RuleList_EmptiedList_SaysItHoldsNothing()
    {
        var rules = new FollowUpPolicyBuilder().Scripts;
        foreach (var rule in rules.ToList())
        {
            rules.Remove(rule).Should().BeTrue();
        }

        var insert = () => rules.InsertAfter<SignOff>(new SignOff());

        insert.Should().Throw<InvalidOperationException>().WithMessage("There is no SignOff in this list; it holds nothing.");
        rules.Remove(new SignOff()).Should().BeFalse();
    }

    [Fact]
    public void RuleList_AfterBuild_RejectsEveryChange()
    {
        var builder = new FollowUpPolicyBuilder();
        var rules = builder.Windows;
        var first = rules[0];
        builder.Build();

        var changes = new Action[]
        {
            () => rules.Add(new NoCallsOnFridays()),
            () => rules.Insert(0, new NoCallsOnFridays()),
            () => rules.InsertAfter<LunchBlackout>(new NoCallsOnFridays()),
            () => rules.Replace<LunchBlackout>(new NoCallsOnFridays()),
            () => rules.Remove<LunchBlackout>(),
            () => rules.Remove(first),
            () => builder.UseTimeZones(DateTimeZoneProviders.Tzdb),
        };

        foreach (var change in changes)
        {
            change.Should().Throw<InvalidOperationException>().WithMessage("*already built*");
        }

        rules[0].Should().BeSameAs(first);
    }

    [Fact]
    public void Add_HostScriptRule_AddsItsLine()
    {
        var policy = new FollowUpPolicyBuilder().Add(new SignOff()).Build();
        var followUp = Builder.Build();
        var call = policy.Decide(followUp, Builder.At(L(2026, 3, 24, 8, 0)));

        policy.Script(followUp, call).In(ScriptSection.Closing).Should().Contain(l => l.RuleId == RuleId.Parse("ACME-04"));
    }

    [Fact]
    public void Build_Twice_IsRejected()
    {
        var builder = new FollowUpPolicyBuilder();
        builder.Build();

        var again = () => builder.Build();

        again.Should().Throw<InvalidOperationException>().WithMessage("This builder has already built its policy; a builder is single-use. Create a new FollowUpPolicyBuilder.");
        var change = () => builder.Remove<LunchBlackout>();
        change.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Build_InvalidProfile_FailsAtBuildNotAtDecide()
    {
        var builder = new FollowUpPolicyBuilder().ConfigureProfile(p => p with { MaxVoicemails = 99 });

        var build = () => builder.Build();

        build.Should().Throw<InvalidProfileException>().WithMessage("Profile 'default' is invalid (1 problem):\n- maxVoicemails = 99: must be between 0 and 10");
    }

    [Fact]
    public void Decide_RuleCitingAnUndeclaredReason_FailsLoudly()
    {
        var policy = new FollowUpPolicyBuilder().Add(new UndeclaredReason()).Build();

        var decide = () => policy.Decide(Builder.Build(), Builder.At(L(2026, 3, 24, 8, 0)));

        decide.Should().Throw<InvalidOperationException>().WithMessage("The reason 'ACME-03: Never declared.' is not declared by any strategy of this policy.*");
    }

    [Fact]
    public void Build_StrategiesWhoseSettingsAreOff_AreLeftOut()
    {
        Cbr.Strategies.Decisions.Select(d => d.Name).Should().NotContain(["ThankYouFirst", "NoPhoneCalls", "AgencyUpdateFirst", "GiveUpAfterSilence", "LinkedInWhereDiscussed", "WrittenAlternative"]);
        Eml.Strategies.Decisions.Select(d => d.Name).Should().Equal("InterviewNotYetHeld", "StopOnOutcome", "ThankYouFirst", "ForwardThroughAgency", "NoPhoneCalls", "AttemptCap", "NoRouteStop");
    }

    [Fact]
    public void Rules_ListEveryReasonThePolicyCanGive()
    {
        Default.Strategies.Reasons.Should().Contain(LunchBlackout.Lunch).And.Contain(WindowSearchReasons.OfficeHours);
        Default.Strategies.Reasons.Count.Should().BeLessThanOrEqualTo(128);
    }

    [Fact]
    public void TimeZones_NotSet_IsTzdbAndTheBuiltPolicyResolvesTzdbIds()
    {
        var builder = new FollowUpPolicyBuilder();

        builder.TimeZones.Should().BeSameAs(DateTimeZoneProviders.Tzdb);
        var policy = builder.Build();

        policy.Validate(CaseBuilder.London().InZone("Asia/Kathmandu").Build(), Instant.FromUtc(2026, 3, 10, 9, 0)).Should().BeEmpty();
    }

    [Fact]
    public void TimeZones_SetToNull_ThrowsNamingTheValue()
    {
        var builder = new FollowUpPolicyBuilder();

        var set = () => builder.TimeZones = null!;

        set.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void TimeZones_SetToAnotherProvider_IsThatProvider()
    {
        // A second provider over the same tzdb data: cheap, unlike the BCL provider, which reads every
        // system zone (a second here, far longer under a mutation run's coverage capture).
        var provider = new DateTimeZoneCache(TzdbDateTimeZoneSource.Default);
        var builder = new FollowUpPolicyBuilder().UseTimeZones(provider);

        builder.TimeZones.Should().BeSameAs(provider);
    }

    [Fact]
    public void Profile_SetAfterBuild_IsRejectedAndKeepsTheProfile()
    {
        var builder = new FollowUpPolicyBuilder();
        builder.Build();

        var set = () => builder.Profile = FollowUpProfiles.Cbr;

        set.Should().Throw<InvalidOperationException>().WithMessage("This builder has already built its policy; a builder is single-use.*");
        builder.Profile.Should().BeSameAs(FollowUpProfiles.Default);
    }

    [Fact]
    public void ConfigureProfile_NullChange_ThrowsNamingIt()
    {
        var configure = () => new FollowUpPolicyBuilder().ConfigureProfile(null!);

        configure.Should().Throw<ArgumentNullException>().WithParameterName("change");
    }

    [Fact]
    public void Add_HostCallPlanningStrategy_GoesLastAmongTheCallPlanningStrategies()
    {
        var builder = new FollowUpPolicyBuilder();
        var count = builder.CallPlanning.Count;
        var planning = new PlansNothing();

        builder.Add(planning);

        builder.CallPlanning.Should().HaveCount(count + 1);
        builder.CallPlanning[count].Should().BeSameAs(planning);
        builder.Decisions.Should().NotContain(s => s.Descriptor.Name == nameof(PlansNothing));
    }

    [Fact]
    public void Add_StrategyOfNoKnownKind_IsRejectedNamingIt()
    {
        var add = () => new FollowUpPolicyBuilder().Add(new OfNoKind());

        add.Should().Throw<InvalidOperationException>().WithMessage("OfNoKind must derive from DecisionStrategy, CallPlanningStrategy, CallWindowStrategy or ScriptStrategy.");
    }

    [Fact]
    public void Replace_NullReplacement_ThrowsNamingItAndKeepsTheStrategies()
    {
        var builder = new FollowUpPolicyBuilder();
        var before = builder.Decisions.ToList();

        var replace = () => builder.Replace<FirstCallDelay>(null!);

        replace.Should().Throw<ArgumentNullException>().WithParameterName("replacement");
        builder.Decisions.Should().Equal(before);
    }

    [Fact]
    public void BuilderChanges_AfterBuild_AreRejectedAndLeaveTheListsAsBuilt()
    {
        var builder = new FollowUpPolicyBuilder();
        var decisions = builder.Decisions.ToList();
        builder.Build();

        var changes = new Action[]
        {
            () => builder.Replace<FirstCallDelay>(new StopAfterThirtyDays()),
            () => builder.InsertBefore<FirstCallDelay>(new StopAfterThirtyDays()),
            () => builder.InsertAfter<FirstCallDelay>(new StopAfterThirtyDays()),
            () => builder.UseHolidayCalendar(new NoHolidays()),
        };

        foreach (var change in changes)
        {
            change.Should().Throw<InvalidOperationException>().WithMessage("*already built*");
        }

        builder.Decisions.Should().Equal(decisions);
        builder.HolidayCalendar.Should().BeNull();
    }

    [Fact]
    public void InsertBefore_NullStrategy_ThrowsNamingIt()
    {
        var insert = () => new FollowUpPolicyBuilder().InsertBefore<FirstCallDelay>(null!);

        insert.Should().Throw<ArgumentNullException>().WithParameterName("strategy");
    }

    [Fact]
    public void Build_WindowStrategyDeclaringNoReason_IsRejectedNamingIt()
    {
        var build = () => new FollowUpPolicyBuilder().Add(new BlocksWithoutAReason()).Build();

        build.Should().Throw<InvalidOperationException>().WithMessage("Window strategy BlocksWithoutAReason declares no reason;*");
    }

    [Fact]
    public void RuleList_ReplaceWithNull_ThrowsNamingItAndKeepsTheList()
    {
        var rules = new FollowUpPolicyBuilder().Windows;
        var before = rules.ToList();

        var replace = () => rules.Replace<LunchBlackout>(null!);

        replace.Should().Throw<ArgumentNullException>().WithParameterName("replacement");
        rules.Should().Equal(before);
    }

    [Fact]
    public void RuleList_TypeNotInTheList_NamesEveryStrategyItHolds()
    {
        var rules = new FollowUpPolicyBuilder().Scripts;
        foreach (var rule in rules.ToList())
        {
            rules.Remove(rule);
        }

        rules.Add(new SignOff());
        rules.Add(new SignOff());

        var insert = () => rules.InsertBefore<MissingScript>(new SignOff());

        insert.Should().Throw<InvalidOperationException>().WithMessage("There is no MissingScript in this list; it holds SignOff, SignOff.");
    }

    private sealed class PlansNothing : CallPlanningStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(PlansNothing), "Leaves the plan as it is.", [RuleId.Parse("ACME-06")]);

        public override void Plan(CallPlanContext context, CallPlanDraft plan)
        {
        }
    }

    private sealed class OfNoKind : FollowUpStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(OfNoKind), "Derives from FollowUpStrategy alone.", [RuleId.Parse("ACME-07")]);
    }

    private sealed class BlocksWithoutAReason : CallWindowStrategy
    {
        public override StrategyDescriptor Descriptor { get; } = new(nameof(BlocksWithoutAReason), "Blocks nothing, and says no reason.", [RuleId.Parse("ACME-08")]);

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            block = default;
            return false;
        }
    }

    private abstract class MissingScript : ScriptStrategy
    {
    }

    private sealed class NoHolidays : IHolidayCalendar
    {
        public bool IsHoliday(EmployerOffice office, LocalDate day) => false;
    }
}
