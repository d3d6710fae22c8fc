using FluentAssertions;
using FollowUpRules.Simulation;
using FollowUpRules.Tests.Fixtures;
using Ical.Net;
using Ical.Net.CalendarComponents;
using NodaTime;
using static FollowUpRules.Calendar.Tests.ICalendarReading;

namespace FollowUpRules.Calendar.Tests;

public sealed class CalendarExporterTests
{
    private static readonly FollowUpPolicy Policy = FollowUpPolicy.Default;

    [Fact]
    public void Write_FirstFollowUpExample_CallsAtNineLondonWithTheZoneAndAReminder()
    {
        var followUp = Examples.FirstFollowUp;
        var call = (NextAction.Call)Policy.Decide(followUp, Examples.TenthOfMarch);

        var text = new CalendarExporter(Policy).Write(followUp, call, Examples.TenthOfMarch);

        text.Should().Contain("DTSTART;TZID=Europe/London:20260310T090000\r\n")
            .And.Contain("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n")
            .And.Contain("BEGIN:VALARM\r\nACTION:DISPLAY\r\n")
            .And.Contain("TRIGGER:-PT15M\r\n");
        var calendar = Parse(text);
        var item = calendar.Events.Single(e => e.Status == EventStatus.Confirmed);
        item.Summary.Should().Be("Call Jane Smith (Senior Data Analyst, Northwind Traders)");
        ByIcalNet(item.DtStart!).Should().Be(call.Window.Start);
        ByIcalNet(item.DtEnd!).Should().Be(call.Window.End);
        ByVTimeZone(calendar, item.DtStart!).Should().Be(call.Window.Start);
        item.Location.Should().Be("+44 20 7946 0001");
        item.Transparency.Should().Be(TransparencyType.Opaque);
        item.Description.Should().Contain("Dial +44 20 7946 0001 (Jane Smith's direct line).")
            .And.Contain("If a receptionist answers: ")
            .And.Contain("If voicemail answers: ")
            .And.Contain("Why:\n- PHN-02")
            .And.Contain("What to say:\n")
            .And.Contain(Policy.Script(followUp, call).ToText());
        item.Alarms.Should().ContainSingle().Which.Trigger!.Duration.Should().Be(Ical.Net.DataTypes.Duration.FromMinutes(-15));
    }

    [Theory]
    [InlineData(0, "TRIGGER:P0D")]
    [InlineData(30, "TRIGGER:-PT30M")]
    [InlineData(90, "TRIGGER:-PT1H30M")]
    public void Write_CallReminderSet_AlarmGoesOffThatLongBeforeTheWindow(int minutes, string trigger)
    {
        var (followUp, call) = FirstCall();
        var options = new CalendarExportOptions { CallReminder = Duration.FromMinutes(minutes) };

        var text = new CalendarExporter(Policy, options).Write(followUp, call, Examples.TenthOfMarch);

        text.Should().Contain(trigger + "\r\n");
        var alarm = Parse(text).Events.Single(e => e.Status == EventStatus.Confirmed).Alarms.Single();
        alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified().Should().Be(TimeSpan.FromMinutes(-minutes));
    }

    [Fact]
    public void Write_NoCallReminder_CallHasNoAlarm()
    {
        var (followUp, call) = FirstCall();

        var text = new CalendarExporter(Policy, new CalendarExportOptions { CallReminder = null }).Write(followUp, call, Examples.TenthOfMarch);

        Parse(text).Events.Single(e => e.Status == EventStatus.Confirmed).Alarms.Should().BeEmpty();
    }

    [Fact]
    public void Write_CallWithAlternatives_AlternativesAreTentativeFreeEventsWithoutAlarms()
    {
        var (followUp, call) = FirstCall();
        call.Alternatives.Should().NotBeEmpty("the example offers later windows too");

        var calendar = Parse(new CalendarExporter(Policy).Write(followUp, call, Examples.TenthOfMarch));

        var alternatives = calendar.Events.Where(e => e.Status == EventStatus.Tentative).OrderBy(e => e.DtStart).ToList();
        alternatives.Should().HaveCount(call.Alternatives.Count);
        for (var i = 0; i < alternatives.Count; i++)
        {
            ByIcalNet(alternatives[i].DtStart!).Should().Be(call.Alternatives[i].Start);
            ByIcalNet(alternatives[i].DtEnd!).Should().Be(call.Alternatives[i].End);
            alternatives[i].Transparency.Should().Be(TransparencyType.Transparent);
            alternatives[i].Alarms.Should().BeEmpty();
            alternatives[i].Summary.Should().Be("Alternative time: Call Jane Smith (Senior Data Analyst, Northwind Traders)");
        }
    }

    [Fact]
    public void Write_AlternativesInDescriptionOnly_OneEventListingThem()
    {
        var (followUp, call) = FirstCall();

        var calendar = Parse(new CalendarExporter(Policy, new CalendarExportOptions { AlternativeWindows = AlternativeWindowExport.DescriptionOnly })
            .Write(followUp, call, Examples.TenthOfMarch));

        var only = calendar.Events.Should().ContainSingle().Subject;
        only.Description.Should().Contain("Other times:\n- " + call.Alternatives[0] + "\n");
    }

    [Fact]
    public void Write_Wait_ReminderAtTheInstantToDecideAgain()
    {
        var followUp = CaseBuilder.London().Build();
        var now = followUp.Interview.At + Duration.FromHours(7);
        var wait = Policy.Decide(followUp.WithAttempt(new ContactAttempt { At = now - Duration.FromHours(1), Channel = ContactChannel.Email }), now)
            .Should().BeOfType<NextAction.Wait>().Subject;
        var withEmail = followUp.WithAttempt(new ContactAttempt { At = now - Duration.FromHours(1), Channel = ContactChannel.Email });

        var calendar = Parse(new CalendarExporter(Policy).Write(withEmail, wait, now));

        var reminder = calendar.Events.Should().ContainSingle().Subject;
        ByIcalNet(reminder.DtStart!).Should().Be(wait.Until);
        ByVTimeZone(calendar, reminder.DtStart!).Should().Be(wait.Until);
        reminder.Summary.Should().Be("Decide the next follow-up step (Data Analyst, Northwind)");
        reminder.Transparency.Should().Be(TransparencyType.Transparent);
        AlarmGoesOffAtItsStart(reminder.Alarms.Single(), "START");
    }

    [Fact]
    public void Write_ThankYouEmail_IsAToDoDueWhenDecidedWithTheDrafts()
    {
        var followUp = CaseBuilder.London().Build();
        var now = followUp.Interview.At + Duration.FromHours(2);
        var email = Policy.Decide(followUp, now).Should().BeOfType<NextAction.SendEmail>().Subject;

        var calendar = Parse(new CalendarExporter(Policy).Write(followUp, email, now));

        calendar.Events.Should().BeEmpty();
        var todo = calendar.Todos.Should().ContainSingle().Subject;
        ByIcalNet(todo.Due!).Should().Be(now);
        todo.Summary.Should().Be(email.Describe() + " (Data Analyst, Northwind)");
        todo.Status.Should().Be(TodoStatus.NeedsAction);
        todo.Description.Should().Contain(Policy.Script(followUp, email).Drafts[0].Body);
        AlarmGoesOffAtItsStart(todo.Alarms.Single(), "END");
    }

    [Fact]
    public void Write_WrittenActionsAsTimedReminders_IsAFreeEventAtTheMomentDecided()
    {
        var followUp = CaseBuilder.London().Build();
        var now = followUp.Interview.At + Duration.FromHours(2);
        var email = Policy.Decide(followUp, now);

        var calendar = Parse(new CalendarExporter(Policy, new CalendarExportOptions { WrittenActions = WrittenActionExport.TimedReminder }).Write(followUp, email, now));

        calendar.Todos.Should().BeEmpty();
        var reminder = calendar.Events.Should().ContainSingle().Subject;
        ByIcalNet(reminder.DtStart!).Should().Be(now);
        reminder.Transparency.Should().Be(TransparencyType.Transparent);
        AlarmGoesOffAtItsStart(reminder.Alarms.Single(), "START");
    }

    [Fact]
    public void Write_Stop_AddsNothingButTheTimeZone()
    {
        var followUp = CaseBuilder.London().Build();
        var stop = new NextAction.Stop(StopReason.PositionFilled, []);

        var calendar = Parse(new CalendarExporter(Policy).Write(followUp, stop, Examples.TenthOfMarch));

        calendar.Events.Should().BeEmpty();
        calendar.Todos.Should().BeEmpty();
        calendar.TimeZones.Should().ContainSingle();
    }

    [Fact]
    public void Write_SameCaseAndStepLater_SameUidsSoTheImportUpdatesTheEvent()
    {
        var (followUp, call) = FirstCall();
        var later = Examples.TenthOfMarch + Duration.FromHours(5);
        var laterCall = (NextAction.Call)Policy.Decide(followUp, later);
        laterCall.Window.Should().NotBe(call.Window, "the plan moved");
        var exporter = new CalendarExporter(Policy);

        var first = Parse(exporter.Write(followUp, call, Examples.TenthOfMarch)).Events.Select(e => e.Uid).ToList();
        var second = Parse(exporter.Write(followUp, laterCall, later)).Events.Select(e => e.Uid).ToList();

        second.Should().Equal(first);
        first.Should().OnlyHaveUniqueItems();
        first.Should().AllSatisfy(uid => uid.Should().EndWith("@followuprules").And.NotContain("Jane").And.NotContain("Priya"));
    }

    [Fact]
    public void Write_NextStepOrAnotherFollowUp_DifferentUids()
    {
        var (followUp, call) = FirstCall();
        var exporter = new CalendarExporter(Policy);
        var uid = Parse(exporter.Write(followUp, call, Examples.TenthOfMarch)).Events.First().Uid;

        var afterVoicemail = followUp.WithAttempt(new ContactAttempt { At = call.Window.Start, Channel = ContactChannel.Phone, AnsweredBy = Responder.Voicemail });
        var next = Policy.Decide(afterVoicemail, call.Window.Start + Duration.FromMinutes(5));
        var otherCandidate = followUp with { Candidate = followUp.Candidate with { Name = "Someone Else" } };

        Parse(exporter.Write(afterVoicemail, next, call.Window.Start + Duration.FromMinutes(5))).Children.OfType<UniqueComponent>()
            .Should().NotContain(c => c.Uid == uid);
        Parse(exporter.Write(otherCandidate, call, Examples.TenthOfMarch)).Events.First().Uid.Should().NotBe(uid);
    }

    [Fact]
    public void Write_Campaign_OneCalendarWhoseItemsMatchEachStep()
    {
        var followUp = Examples.FirstFollowUp;
        var transcript = FollowUpSimulator.Run(Policy, followUp, Examples.TenthOfMarch);
        transcript.Steps.Count(s => s.Action is NextAction.Call).Should().BeGreaterThan(1);
        var exporter = new CalendarExporter(Policy, new CalendarExportOptions { AlternativeWindows = AlternativeWindowExport.DescriptionOnly });

        var calendar = Parse(exporter.Write(transcript));

        var items = calendar.Children.OfType<RecurringComponent>().ToList();
        items.Should().HaveCount(transcript.Steps.Count(s => s.Action is not NextAction.Stop));
        items.Select(i => i.Uid).Should().OnlyHaveUniqueItems();
        var calls = transcript.Steps.Select(s => s.Action).OfType<NextAction.Call>().ToList();
        var callEvents = calendar.Events.Where(e => e.Summary!.StartsWith("Call ", StringComparison.Ordinal)).OrderBy(e => e.DtStart).ToList();
        callEvents.Select(e => ByIcalNet(e.DtStart!)).Should().Equal(calls.Select(c => c.Window.Start));
        callEvents.Select(e => ByVTimeZone(calendar, e.DtEnd!)).Should().Equal(calls.Select(c => c.Window.End));
    }

    [Fact]
    public void Write_CampaignStep_HasTheUidOfThatStepsOwnExport()
    {
        var followUp = Examples.FirstFollowUp;
        var transcript = FollowUpSimulator.Run(Policy, followUp, Examples.TenthOfMarch, maxSteps: 6);
        var exporter = new CalendarExporter(Policy, new CalendarExportOptions { AlternativeWindows = AlternativeWindowExport.DescriptionOnly });
        var campaign = Parse(exporter.Write(transcript)).Children.OfType<UniqueComponent>().Select(c => c.Uid).ToHashSet();

        var atStep = followUp;
        foreach (var step in transcript.Steps)
        {
            var single = Parse(exporter.Write(atStep, step.Action, step.DecidedAt)).Children.OfType<RecurringComponent>().Select(c => c.Uid);
            campaign.Should().Contain(single, "step {0} ({1})", step.Step, step.Action.Kind);
            atStep = step.Recorded is { } attempt ? atStep.WithAttempt(attempt) : atStep;
        }
    }

    [Fact]
    public void Write_InstantsWithFractionsOfASecond_RoundedInsideTheDecidedSpan()
    {
        var (followUp, _) = FirstCall();
        var zone = DateTimeZoneProviders.Tzdb["Europe/London"];
        var start = Instant.FromUtc(2026, 3, 11, 9, 0) + Duration.FromMilliseconds(400);
        var end = start + Duration.FromMinutes(30);
        var window = new CallWindow(start, end, zone.GetUtcOffset(start), zone.GetUtcOffset(end), CallWindowQuality.Allowed);
        var call = Examples.CallIn(window);

        var item = Parse(new CalendarExporter(Policy).Write(followUp, call, Examples.TenthOfMarch)).Events.Single();

        ByIcalNet(item.DtStart!).Should().Be(Instant.FromUtc(2026, 3, 11, 9, 0, 1));
        ByIcalNet(item.DtEnd!).Should().Be(Instant.FromUtc(2026, 3, 11, 9, 30, 0));
    }

    [Fact]
    public void New_InvalidOptions_OneExceptionNamingEveryBadOption()
    {
        var options = new CalendarExportOptions
        {
            CallReminder = Duration.FromMinutes(-5),
            AlternativeWindows = (AlternativeWindowExport)7,
            WrittenActions = (WrittenActionExport)9,
            UidDomain = "not a domain",
            ProductId = " ",
        };

        var act = () => new CalendarExporter(Policy, options);

        act.Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("5 problems")
            .And.Contain("CallReminder = -0:00:05:00")
            .And.Contain("AlternativeWindows = 7")
            .And.Contain("WrittenActions = 9")
            .And.Contain("UidDomain = \"not a domain\"")
            .And.Contain("ProductId = \" \"");
    }

    [Fact]
    public void Write_InvalidCase_InvalidCaseException()
    {
        var (followUp, call) = FirstCall();
        var broken = followUp with { Office = followUp.Office with { TimeZoneId = "Mars/Olympus_Mons" } };

        var act = () => new CalendarExporter(Policy).Write(broken, call, Examples.TenthOfMarch);

        act.Should().Throw<InvalidCaseException>().Which.Message.Should().Contain("Mars/Olympus_Mons");
    }

    [Fact]
    public void CreateCalendar_HostAddsAMethod_WrittenWithIt()
    {
        var (followUp, call) = FirstCall();

        var calendar = new CalendarExporter(Policy).CreateCalendar(followUp, call, Examples.TenthOfMarch);
        calendar.Method = "PUBLISH";

        new Ical.Net.Serialization.CalendarSerializer().SerializeToString(calendar).Should().Contain("METHOD:PUBLISH\r\n");
    }

    private static void AlarmGoesOffAtItsStart(Alarm alarm, string relatedTo)
    {
        alarm.Action.Should().Be(AlarmAction.Display);
        alarm.Description.Should().NotBeNullOrEmpty();
        alarm.Trigger!.Duration.Should().Be(Ical.Net.DataTypes.Duration.Zero);
        alarm.Trigger.Related.Should().Be(relatedTo, "a to-do's alarm follows its DUE (RELATED=END); an event's its DTSTART");
    }

    private static (FollowUpCase Case, NextAction.Call Call) FirstCall()
    {
        var followUp = Examples.FirstFollowUp;
        return (followUp, (NextAction.Call)Policy.Decide(followUp, Examples.TenthOfMarch));
    }
}
