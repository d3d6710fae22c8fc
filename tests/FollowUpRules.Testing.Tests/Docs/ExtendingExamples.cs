using FluentAssertions;
using FollowUpRules.Strategies;
using FollowUpRules.Strategies.CallPlanning;
using FollowUpRules.Strategies.Windows;
using NodaTime;

namespace FollowUpRules.Testing.Tests.Docs;

/// <summary>
/// The examples of docs/extending.md, each verbatim between its markers (ExtendingDocumentTests keeps
/// the document in step): they compile and run here, as a host would write them.
/// </summary>
public sealed class ExtendingExamples
{
    // begin-example: case
    /// <summary>An interview on Thursday 5 March 2026 at 10:00 in London with Jane Smith, the hiring manager.</summary>
    public static FollowUpCase JaneAtNorthwind() => new()
    {
        Interview = new Interview
        {
            At = Instant.FromUtc(2026, 3, 5, 10, 0),
            Role = "Data Analyst",
            Company = "Northwind",
            Interviewers = [new Interviewer { Name = "Jane Smith", Role = InterviewerRole.HiringManager, DirectLine = "+44 20 7946 0001" }],
        },
        Office = new EmployerOffice { TimeZoneId = "Europe/London" },
        Candidate = new Candidate { Name = "Alex Doe", Phone = "+44 7700 900123" },
    };
    // end-example

    // begin-example: block-days
    [Fact]
    public void BlockDays_NoCallsOnFridays_MovesTheCallToMonday()
    {
        var noFridays = new FollowUpReason(RuleId.Parse("ACME-01"), "Acme never phones employers on a Friday.");
        var policy = new FollowUpPolicyBuilder()
            .Add(Strategy.BlockDays("NoCallsOnFridays", noFridays, day => day.DayOfWeek == IsoDayOfWeek.Friday))
            .Build();

        // Friday 13 March at 09:00 London time: the first call is due, but not on a Friday.
        var next = policy.Decide(JaneAtNorthwind(), Instant.FromUtc(2026, 3, 13, 9, 0));

        var call = next.Should().BeOfType<NextAction.Call>().Subject;
        call.Window.LocalStart.DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        call.Reasons.Should().Contain(noFridays);
    }
    // end-example

    // begin-example: window-class
    /// <summary>Acme's interviewers are in their weekly all-hands on Tuesdays from 09:30 to 10:30.</summary>
    public sealed class AllHandsMeeting : CallWindowStrategy
    {
        public static readonly FollowUpReason InTheMeeting = new(RuleId.Parse("ACME-03"), "Acme's interviewers are in their all-hands on Tuesday mornings.");

        private static readonly TimeOfDayRange Meeting = new(new LocalTime(9, 30), new LocalTime(10, 30));

        public override StrategyDescriptor Descriptor { get; } =
            new(nameof(AllHandsMeeting), "Keeps calls out of Acme's Tuesday all-hands.", [RuleId.Parse("ACME-03")], [InTheMeeting]);

        public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
        {
            // The first blocked span of the day that ends after 'from', if any.
            block = Meeting;
            return day.DayOfWeek == IsoDayOfWeek.Tuesday && Meeting.EndsAfter(from);
        }
    }

    [Fact]
    public void AllHandsMeeting_OnATuesday_BlocksTheMeetingOnly()
    {
        var harness = StrategyHarness.For(JaneAtNorthwind());

        harness.Blocks(new AllHandsMeeting(), new LocalDate(2026, 3, 10)).Should().Equal(new TimeOfDayRange(new LocalTime(9, 30), new LocalTime(10, 30)));
        harness.Blocks(new AllHandsMeeting(), new LocalDate(2026, 3, 11)).Should().BeEmpty("Wednesday is free");
    }
    // end-example

    // begin-example: replace-voicemail
    /// <summary>Acme leaves a voicemail only on the last call the profile allows, and says why.</summary>
    public sealed class VoicemailOnFinalCallOnly : CallPlanningStrategy
    {
        public static readonly FollowUpReason LastChance = new(RuleId.Parse("ACME-02"), "Acme leaves a message only on the last call.");

        public static readonly FollowUpReason NotYet = new(RuleId.Parse("ACME-02"), "Acme leaves no message before the last call.");

        public override StrategyDescriptor Descriptor { get; } = new(
            nameof(VoicemailOnFinalCallOnly),
            "Leaves a voicemail only on the final call.",
            [RuleId.Parse("ACME-02")],
            [LastChance, NotYet]);

        public override void Plan(CallPlanContext context, CallPlanDraft plan)
        {
            if (plan.WindowCount == 0 || plan.IsSettled)
            {
                return;
            }

            if (context.FinalCall)
            {
                plan.LeaveVoicemail(LastChance);
            }
            else
            {
                plan.HangUpOnVoicemail(NotYet);
            }
        }
    }

    [Fact]
    public void VoicemailOnFinalCallOnly_ReplacingVoicemailLimit_TheScriptCitesAcmesRule()
    {
        var policy = new FollowUpPolicyBuilder().Replace<VoicemailLimit>(new VoicemailOnFinalCallOnly()).Build();

        var call = (NextAction.Call)policy.Decide(JaneAtNorthwind(), Instant.FromUtc(2026, 3, 10, 9, 0));
        var script = policy.Script(JaneAtNorthwind(), call);

        call.IfVoicemail.Should().Be(VoicemailPlan.HangUpAndCallAgain);
        call.VoicemailReason.Should().Be(VoicemailOnFinalCallOnly.NotYet);
        script.In(ScriptSection.IfVoicemail).Should().ContainSingle().Which.RuleId.Should().Be(RuleId.Parse("ACME-02"));
        policy.Strategies.Warnings.Should().ContainSingle().Which.Setting.Should().Be(ProfileSettings.MaxVoicemails, "no strategy reads the voicemail limit any more");
    }
    // end-example

    // begin-example: decision
    /// <summary>Acme's candidates follow up twice at most on their own initiative; calls the employer asks for don't count.</summary>
    public sealed class TwoFollowUpsAtMost : DecisionStrategy
    {
        public static readonly FollowUpReason Enough = new(RuleId.Parse("ACME-04"), "Acme's candidates follow up twice at most.");

        public override StrategyDescriptor Descriptor { get; } =
            new(nameof(TwoFollowUpsAtMost), "Stops after two follow-ups.", [RuleId.Parse("ACME-04")], [Enough]);

        public override void Apply(DecisionContext context, DecisionDraft draft)
        {
            if (!draft.IsStopped && !draft.EmployerInvited && context.History.CountFor(AttemptPurpose.FollowUp) >= 2)
            {
                draft.Stop(StopReason.LimitReached, Enough);
            }
        }
    }

    [Fact]
    public void TwoFollowUpsAtMost_AfterTwoCalls_Stops()
    {
        var followUp = JaneAtNorthwind()
            .WithAttempt(new ContactAttempt { At = Instant.FromUtc(2026, 3, 10, 9, 0), Channel = ContactChannel.Phone, AnsweredBy = Responder.Interviewer })
            .WithAttempt(new ContactAttempt { At = Instant.FromUtc(2026, 3, 17, 9, 0), Channel = ContactChannel.Phone, AnsweredBy = Responder.Interviewer });

        var result = StrategyHarness.For(followUp).At(Instant.FromUtc(2026, 3, 24, 9, 0)).Apply(new TwoFollowUpsAtMost());

        result.IsStopped.Should().BeTrue();
        result.Reasons.Should().Equal(TwoFollowUpsAtMost.Enough);
    }
    // end-example

    // begin-example: remove
    [Fact]
    public void RemoveLunchBlackout_TheWarningSaysTheSettingNowDoesNothing()
    {
        var policy = new FollowUpPolicyBuilder().Remove<LunchBlackout>().Build();

        var warning = policy.Strategies.Warnings.Should().ContainSingle().Subject;
        warning.ToString().Should().StartWith("lunchBlackout = 11:00-13:00: no strategy of this policy reads it");
    }
    // end-example
}
