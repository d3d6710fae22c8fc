using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;

namespace FollowUpRules.Tests;

/// <summary>The public constructors hosts use to rebuild stored decisions: describe, equality, packing of windows and recipients.</summary>
public sealed class NextActionTests
{
    private static readonly FollowUpReason Because = new(RuleId.Parse("PHN-02"), "Call in the morning.");
    private static readonly FollowUpReason Other = new(RuleId.Parse("ETQ-06"), "Wait a few days.");
    private static readonly FollowUpReason Lunch = new(RuleId.Parse("PHN-05"), "Avoid lunch.");
    private static readonly FollowUpReason Closing = new(RuleId.Parse("CBR-02"), "Office closes.");
    private static readonly Instant Monday9 = Instant.FromUtc(2026, 3, 9, 9, 0);

    private static CallWindow Window(int dayOffset, FollowUpReason? start = null, FollowUpReason? end = null, CallWindowQuality quality = CallWindowQuality.Preferred) =>
        new(Monday9 + Duration.FromDays(dayOffset), Monday9 + Duration.FromDays(dayOffset) + Duration.FromHours(2), Offset.Zero, Offset.Zero, quality, start, end);

    private static NextAction.Call Call(
        CallWindow? window = null,
        IEnumerable<CallWindow>? alternatives = null,
        Interviewer? whom = null,
        string number = "+44 20 7946 0001",
        CallNumberKind kind = CallNumberKind.DirectLine,
        VoicemailPlan voicemail = VoicemailPlan.LeaveMessage,
        GatekeeperPlan gatekeeper = GatekeeperPlan.AskToBePutThrough,
        bool decline = false,
        bool requested = false,
        bool final = false,
        IEnumerable<FollowUpReason>? reasons = null) =>
        new(whom ?? CaseBuilder.Jane, number, kind, window ?? Window(0), alternatives ?? [], voicemail, null, gatekeeper, null, decline, null, requested, final, reasons ?? [Because]);

    [Fact]
    public void Call_TwoAlternatives_KeepsThemInOrderWithTheirShapers()
    {
        var call = Call(Window(0, Lunch, Closing), [Window(1, Closing), Window(2, end: Lunch, quality: CallWindowQuality.Allowed)]);

        call.Alternatives.Should().Equal(Window(1, Closing), Window(2, end: Lunch, quality: CallWindowQuality.Allowed));
        call.Alternatives[0].StartShapedBy.Should().Be(Closing);
        call.Alternatives[1].EndShapedBy.Should().Be(Lunch);
        call.Alternatives[1].StartShapedBy.Should().BeNull();
        call.Window.StartShapedBy.Should().Be(Lunch);
        call.Window.EndShapedBy.Should().Be(Closing);
        call.Reasons.Should().Equal(Because);
    }

    [Fact]
    public void Call_OneAlternative_HasExactlyOne()
    {
        Call(alternatives: [Window(1)]).Alternatives.Should().Equal(Window(1));
        Call().Alternatives.Should().BeEmpty();
    }

    [Fact]
    public void Call_ThreeAlternatives_ThrowsSayingHowToGetMore()
    {
        var create = () => Call(alternatives: [Window(1), Window(2), Window(3)]);

        create.Should().Throw<ArgumentException>().WithParameterName("alternatives")
            .WithMessage("A call carries at most two alternative windows; 3 were given. Ask the policy for more with FindCallWindows.*");
    }

    [Fact]
    public void Call_Flags_AreEachKeptApart()
    {
        var call = Call(decline: true, requested: false, final: true);

        call.DeclineUnfamiliarStaff.Should().BeTrue();
        call.RequestedByEmployer.Should().BeFalse();
        call.IsFinalCall.Should().BeTrue();
        Call(requested: true).Should().Match<NextAction.Call>(c => c.RequestedByEmployer && !c.IsFinalCall && !c.DeclineUnfamiliarStaff);
        Call().IsFinalCall.Should().BeFalse();
    }

    [Fact]
    public void Call_Describe_NamesPersonNumberKindAndWindow()
    {
        Call().Describe().Should().Be("Call Jane Smith on +44 20 7946 0001 (direct line), 2026-03-09 09:00 (+00) - 11:00 (+00), Preferred");
        Call(number: "+44 20 7946 0000", kind: CallNumberKind.GeneralNumber).Describe().Should().StartWith("Call Jane Smith on +44 20 7946 0000 (general number), ");
    }

    public static TheoryData<string, NextAction.Call> CallVariants => new()
    {
        { "another person", Call(whom: CaseBuilder.Raj) },
        { "another number", Call(number: "+44 20 7946 0002") },
        { "general number", Call(kind: CallNumberKind.GeneralNumber) },
        { "hang up on voicemail", Call(voicemail: VoicemailPlan.HangUpAndCallAgain) },
        { "ask when free", Call(gatekeeper: GatekeeperPlan.AskWhenInterviewerIsFree) },
        { "declines staff", Call(decline: true) },
        { "requested", Call(requested: true) },
        { "final", Call(final: true) },
        { "another window", Call(window: Window(1)) },
        { "another quality", Call(window: Window(0, quality: CallWindowQuality.Allowed)) },
        { "an alternative", Call(alternatives: [Window(1)]) },
        { "another reason", Call(reasons: [Other]) },
    };

    [Theory]
    [MemberData(nameof(CallVariants))]
    public void Call_Equals_DiffersWhenAnyPartDiffers(string part, NextAction.Call variant)
    {
        Call().Should().Be(Call(), "equal parts make equal calls");
        Call().GetHashCode().Should().Be(Call().GetHashCode());
        variant.Should().NotBe(Call(), part);
    }

    [Fact]
    public void Wait_Describe_GivesOfficeTimeWithItsOffsetAndTheUtcInstant()
    {
        var wait = new NextAction.Wait(Monday9, Offset.FromHours(-4), [Other]);

        wait.Describe().Should().Be("Wait until 2026-03-09 05:00 (-04) [2026-03-09T09:00:00Z]", "office time as a call's window prints it, with the instant beside it");
        wait.LocalUntil.Should().Be(new LocalDateTime(2026, 3, 9, 5, 0));
        wait.UntilOffset.Should().Be(Offset.FromHours(-4));
    }

    [Fact]
    public void Wait_Equals_DiffersWhenTheOffsetDiffers()
    {
        var wait = new NextAction.Wait(Monday9, Offset.Zero, [Other]);

        wait.Should().Be(new NextAction.Wait(Monday9, Offset.Zero, [Other]));
        wait.Should().NotBe(new NextAction.Wait(Monday9, Offset.FromHours(1), [Other]), "the same instant in another office is another wait");
        wait.Should().NotBe(new NextAction.Wait(Monday9 + Duration.FromMinutes(1), Offset.Zero, [Other]));
    }

    [Fact]
    public void Wait_WallClockTimeBeyondTheRepresentableDates_Throws()
    {
        var create = () => new NextAction.Wait(Instant.FromUtc(9999, 12, 31, 23, 0), Offset.FromHours(2), [Other]);

        create.Should().Throw<ArgumentException>().WithParameterName("untilOffset");
    }

    [Fact]
    public void Decide_WaitInAnOfficeAcrossADaylightSavingChange_CarriesTheOfficesOffsetThen()
    {
        // New York springs forward on Sunday 8 March 2026: the wait is decided at -05 and ends at -04.
        var builder = CaseBuilder.In("America/New_York", new LocalDateTime(2026, 3, 5, 10, 0));
        var now = builder.At(new LocalDateTime(2026, 3, 5, 16, 0));

        var wait = FollowUpPolicy.Default.Decide(builder.Build() with { Attempts = [new ContactAttempt { At = now, Channel = ContactChannel.Email }] }, now).Should().BeOfType<NextAction.Wait>().Subject;

        wait.UntilOffset.Should().Be(Offset.FromHours(-4));
        wait.Until.Should().BeGreaterThan(builder.At(2026, 3, 8, 3, 0));
        wait.LocalUntil.Should().Be(wait.Until.InZone(builder.Zone).LocalDateTime);
        wait.Describe().Should().Be("Wait until " + wait.LocalUntil.ToString("yyyy-MM-dd HH:mm", null) + " (-04) [" + wait.Until + "]");
    }

    [Fact]
    public void SendEmail_DescribeAndEquality_FollowPurposeRecipientsAndReasons()
    {
        var thanks = new NextAction.SendEmail([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.ThankYou, null, [Because]);
        var followUp = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.FollowUp, null, [Because]);

        thanks.Describe().Should().Be("Email a thank-you to Jane Smith, Raj Patel");
        followUp.Describe().Should().Be("Email a follow-up to Jane Smith");
        thanks.To.Should().Equal(CaseBuilder.Jane, CaseBuilder.Raj);
        thanks.Should().Be(new NextAction.SendEmail([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.ThankYou, null, [Because]));
        thanks.GetHashCode().Should().Be(new NextAction.SendEmail([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.ThankYou, null, [Because]).GetHashCode());
        thanks.Should().NotBe(new NextAction.SendEmail([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.FollowUp, null, [Because]));
        thanks.Should().NotBe(new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.ThankYou, null, [Because]));
        thanks.Should().NotBe(new NextAction.SendEmail([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.ThankYou, null, [Other]));
        thanks.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void SendThankYouNote_DescribeAndEquality_FollowRecipientsAndReasons()
    {
        var note = new NextAction.SendThankYouNote([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.ThankYou, null, [Because]);

        note.Describe().Should().Be("Send a handwritten note to Jane Smith, Raj Patel");
        note.Should().Be(new NextAction.SendThankYouNote([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.ThankYou, null, [Because]));
        note.Should().NotBe(new NextAction.SendThankYouNote([CaseBuilder.Raj], AttemptPurpose.ThankYou, null, [Because]));
        note.Should().NotBe(new NextAction.SendThankYouNote([CaseBuilder.Jane, CaseBuilder.Raj], AttemptPurpose.ThankYou, null, [Other]));
        note.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Recipients_TwoHundredPeople_AreAllKeptInOrder()
    {
        var people = Enumerable.Range(1, 200).Select(i => new Interviewer { Name = "Person " + i, Role = InterviewerRole.Panelist, Email = $"p{i}@example.com" }).ToArray();

        new NextAction.SendThankYouNote(people, AttemptPurpose.ThankYou, null, [Because]).To.Should().Equal(people, "an action has no hidden cap on recipients");
        new NextAction.SendEmail(people.Take(150), AttemptPurpose.FollowUp, null, [Because]).To.Should().Equal(people.Take(150));
    }

    [Fact]
    public void SendThankYouNote_NoRecipientOrAnotherPurpose_Throws()
    {
        var nobody = () => new NextAction.SendThankYouNote([], AttemptPurpose.ThankYou, null, [Because]);
        var agencyUpdate = () => new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.AgencyUpdate, null, [Because]);

        nobody.Should().Throw<ArgumentException>().WithParameterName("recipients");
        agencyUpdate.Should().Throw<ArgumentException>().WithParameterName("purpose").WithMessage("A written message is a ThankYou or a FollowUp, not AgencyUpdate.*");
    }

    [Fact]
    public void MessageOnLinkedIn_Describe_NamesTheRecipient()
    {
        new NextAction.MessageOnLinkedIn("Priya Shah", [Because]).Describe().Should().Be("Message Priya Shah on LinkedIn");
    }

    [Theory]
    [InlineData(AgencyRequest.ForwardThankYou, ContactChannel.Phone, "Ask Sam Reed (agency) to pass a thank-you on, by phone")]
    [InlineData(AgencyRequest.AskForUpdate, ContactChannel.Email, "Ask for an update from Sam Reed (agency), by email")]
    [InlineData(AgencyRequest.AskForUpdate, ContactChannel.Phone, "Ask for an update from Sam Reed (agency), by phone")]
    public void ContactAgency_Describe_SaysWhatToAskAndHow(AgencyRequest request, ContactChannel channel, string expected)
    {
        new NextAction.ContactAgency(CaseBuilder.Agency, request, channel, [Because]).Describe().Should().Be(expected);
    }

    [Theory]
    [InlineData(StopReason.PositionFilled, "Stop: the position has been filled")]
    [InlineData(StopReason.OfferMade, "Stop: an offer has been made")]
    [InlineData(StopReason.NotConsidered, "Stop: no longer under consideration")]
    [InlineData(StopReason.NoResponse, "Stop: no response; move on")]
    [InlineData(StopReason.LimitReached, "Stop: no further contact allowed")]
    [InlineData(StopReason.NoCallWindow, "Stop: no time to call within a year")]
    [InlineData(StopReason.NoContactDetails, "Stop: no way to reach anyone")]
    public void Stop_Describe_SaysWhy(StopReason reason, string expected)
    {
        new NextAction.Stop(reason, [Because]).Describe().Should().Be(expected);
    }

    [Fact]
    public void CallWindow_ShapedBy_ListsStartThenDistinctEnd()
    {
        Window(0, Lunch, Closing).ShapingReasons().Should().Equal(Lunch, Closing);
        Window(0, Lunch, Lunch).ShapingReasons().Should().Equal(Lunch);
        Window(0, end: Closing).ShapingReasons().Should().Equal(Closing);
        Window(0).ShapingReasons().Should().BeEmpty();
    }

    [Fact]
    public void CallWindow_GetHashCode_DiffersWithQuality()
    {
        Window(0).GetHashCode().Should().Be(Window(0).GetHashCode());
        Window(0, quality: CallWindowQuality.Requested).GetHashCode().Should().NotBe(Window(0).GetHashCode());
    }

    [Fact]
    public void Call_ADeclineReasonWithoutDeclining_ThrowsAndWithDecliningIsKept()
    {
        var create = () => new NextAction.Call(CaseBuilder.Jane, "+44 20 7946 0001", CallNumberKind.DirectLine, Window(0), [], VoicemailPlan.LeaveMessage, null, GatekeeperPlan.AskToBePutThrough, null, false, Other, false, false, [Because, Other]);
        var declining = new NextAction.Call(CaseBuilder.Jane, "+44 20 7946 0001", CallNumberKind.DirectLine, Window(0), [], VoicemailPlan.LeaveMessage, null, GatekeeperPlan.AskToBePutThrough, null, true, Other, false, false, [Because, Other]);

        create.Should().Throw<ArgumentException>().WithParameterName("declineUnfamiliarStaffReason")
            .WithMessage("A reason to decline unfamiliar staff is given, but the call does not decline them.*");
        declining.DeclineUnfamiliarStaffReason.Should().Be(Other);
    }

    [Fact]
    public void Call_Purpose_IsARequestedCallOnlyWhenTheEmployerAskedForIt()
    {
        Call(requested: true).Purpose.Should().Be(AttemptPurpose.RequestedCall);
        Call(requested: false).Purpose.Should().Be(AttemptPurpose.FollowUp);
    }

    [Fact]
    public void SendEmail_ANullRecipient_ThrowsNamingTheParameter()
    {
        var create = () => new NextAction.SendEmail([CaseBuilder.Jane, null!], AttemptPurpose.FollowUp, null, [Because]);

        create.Should().Throw<ArgumentException>().WithParameterName("recipients").WithMessage("A message goes to at least one person, and none is null.*");
    }

    [Theory]
    [InlineData(AgencyRequest.ForwardThankYou, AttemptPurpose.FollowUp)]
    [InlineData(AgencyRequest.ForwardThankYou, AttemptPurpose.AgencyUpdate)]
    [InlineData(AgencyRequest.AskForUpdate, AttemptPurpose.ThankYou)]
    [InlineData(AgencyRequest.AskForUpdate, AttemptPurpose.RequestedCall)]
    public void ContactAgency_APurposeThatDoesNotFitTheRequest_ThrowsSayingWhichFit(AgencyRequest request, AttemptPurpose purpose)
    {
        var create = () => new NextAction.ContactAgency(CaseBuilder.Agency, request, ContactChannel.Email, purpose, [Because]);

        create.Should().Throw<ArgumentException>().WithParameterName(nameof(purpose))
            .WithMessage($"An agency contact to {request} is not for {purpose}: passing a thank-you on is ThankYou; an update is AgencyUpdate or FollowUp.*");
    }

    [Theory]
    [InlineData(AgencyRequest.ForwardThankYou, AttemptPurpose.ThankYou)]
    [InlineData(AgencyRequest.AskForUpdate, AttemptPurpose.AgencyUpdate)]
    [InlineData(AgencyRequest.AskForUpdate, AttemptPurpose.FollowUp)]
    public void ContactAgency_APurposeThatFitsTheRequest_IsKept(AgencyRequest request, AttemptPurpose purpose)
    {
        new NextAction.ContactAgency(CaseBuilder.Agency, request, ContactChannel.Email, purpose, [Because]).Purpose.Should().Be(purpose);
    }

    [Theory]
    [InlineData(0, "wait")]
    [InlineData(1, "call")]
    [InlineData(2, "sendEmail")]
    [InlineData(3, "sendThankYouNote")]
    [InlineData(4, "messageOnLinkedIn")]
    [InlineData(5, "contactAgency")]
    [InlineData(6, "stop")]
    public void MatchAndSwitch_AnyHandlerNull_ThrowNamingIt(int missing, string name)
    {
        var stop = new NextAction.Stop(StopReason.NoResponse, [Because]);
        Func<T, int>? F<T>(int i) => i == missing ? null : _ => i;
        Action<T>? A<T>(int i) => i == missing ? null : _ => { };

        var match = () => stop.Match(F<NextAction.Wait>(0)!, F<NextAction.Call>(1)!, F<NextAction.SendEmail>(2)!, F<NextAction.SendThankYouNote>(3)!, F<NextAction.MessageOnLinkedIn>(4)!, F<NextAction.ContactAgency>(5)!, F<NextAction.Stop>(6)!);
        var @switch = () => stop.Switch(A<NextAction.Wait>(0)!, A<NextAction.Call>(1)!, A<NextAction.SendEmail>(2)!, A<NextAction.SendThankYouNote>(3)!, A<NextAction.MessageOnLinkedIn>(4)!, A<NextAction.ContactAgency>(5)!, A<NextAction.Stop>(6)!);

        match.Should().Throw<ArgumentNullException>().WithParameterName(name);
        @switch.Should().Throw<ArgumentNullException>().WithParameterName(name);
    }
}
