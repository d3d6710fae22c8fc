using FluentAssertions;
using NodaTime;

namespace FollowUpRules.Tests;

public sealed class ModelTests
{
    private static readonly LocalTime Nine = new(9, 0);
    private static readonly LocalTime Five = new(17, 0);

    [Fact]
    public void ContactAttempt_EachCallBackTimeOrPieceOfNews_CountsOnItsOwn()
    {
        var bare = new ContactAttempt { At = Instant.FromUtc(2026, 3, 9, 14, 0), Channel = ContactChannel.Phone };
        var callBackDate = bare with { CallBackOnOrAfter = new LocalDate(2026, 3, 16) };
        var interviewerFree = bare with { InterviewerAvailableAt = new LocalDateTime(2026, 3, 10, 11, 0) };
        var inAWeek = bare with { CallBackInAWeekAgreed = true };
        var status = bare with { Status = CandidateStatus.StillUnderConsideration };
        var decisionDate = bare with { DecisionExpectedBy = new LocalDate(2026, 3, 20) };

        bare.GaveCallBackTime.Should().BeFalse();
        bare.LearnedSomething.Should().BeFalse();
        foreach (var attempt in new[] { callBackDate, interviewerFree, inAWeek })
        {
            attempt.GaveCallBackTime.Should().BeTrue(attempt.ToString());
            attempt.LearnedSomething.Should().BeTrue(attempt.ToString());
        }

        foreach (var attempt in new[] { status, decisionDate })
        {
            attempt.GaveCallBackTime.Should().BeFalse(attempt.ToString());
            attempt.LearnedSomething.Should().BeTrue(attempt.ToString());
        }
    }

    [Fact]
    public void TimeOfDayRange_IsHalfOpen()
    {
        var range = new TimeOfDayRange(Nine, Five);

        range.Contains(Nine).Should().BeTrue();
        range.Contains(Five).Should().BeFalse();
        range.Overlaps(new TimeOfDayRange(Five, new LocalTime(18, 0))).Should().BeFalse();
    }

    [Fact]
    public void TimeOfDayRange_EndingAtMidnight_RunsToTheEndOfTheDay()
    {
        var late = new TimeOfDayRange(new LocalTime(22, 0), LocalTime.Midnight);

        late.IsValid.Should().BeTrue();
        late.Contains(new LocalTime(23, 59, 59)).Should().BeTrue();
        late.Length.Should().Be(Duration.FromHours(2));
        late.ToString().Should().Be("22:00-24:00");
        TimeOfDayRange.WholeDay.Length.Should().Be(Duration.FromDays(1));
    }

    [Fact]
    public void TimeOfDayRange_EndBeforeStart_CanBeBuiltButIsNotValid()
    {
        var reversed = new TimeOfDayRange(Five, Nine);

        reversed.IsValid.Should().BeFalse();
        reversed.Length.Should().BeLessThan(Duration.Zero);
    }

    [Fact]
    public void OfficeHours_With_ReturnsACopyAndLeavesTheOriginal()
    {
        var weekdays = OfficeHours.Weekdays(Nine, Five);

        var withSaturday = weekdays.With(IsoDayOfWeek.Saturday, new TimeOfDayRange(new LocalTime(10, 0), new LocalTime(13, 0)));

        weekdays.IsWorkingDay(IsoDayOfWeek.Saturday).Should().BeFalse();
        withSaturday.IsWorkingDay(IsoDayOfWeek.Saturday).Should().BeTrue();
        withSaturday.ToString().Should().Be("Mon 09:00-17:00; Tue 09:00-17:00; Wed 09:00-17:00; Thu 09:00-17:00; Fri 09:00-17:00; Sat 10:00-13:00");
    }

    [Fact]
    public void OfficeHours_EqualContent_IsEqual()
    {
        OfficeHours.Weekdays(Nine, Five).Should().Be(OfficeHours.Weekdays(Nine, Five));
        OfficeHours.Weekdays(Nine, Five).GetHashCode().Should().Be(OfficeHours.Weekdays(Nine, Five).GetHashCode());
    }

    [Fact]
    public void OfficeHours_OneDayDiffersOrNull_IsNotEqual()
    {
        var weekdays = OfficeHours.Weekdays(Nine, Five);

        weekdays.Should().NotBe(weekdays.With(IsoDayOfWeek.Sunday, new TimeOfDayRange(Nine, Five)), "Sunday differs");
        weekdays.Should().NotBe(weekdays.With(IsoDayOfWeek.Monday, new TimeOfDayRange(Nine, new LocalTime(16, 0))), "Monday ends earlier");
        OfficeHours? none = null;
        weekdays.Equals(none).Should().BeFalse();
        weekdays.Equals((object?)none).Should().BeFalse();
    }

    [Fact]
    public void OfficeHours_ToString_ListsTheOpenDaysWithTheirHours()
    {
        var hours = OfficeHours.Weekdays(Nine, Five).With(IsoDayOfWeek.Friday, new TimeOfDayRange(Nine, new LocalTime(12, 0)), new TimeOfDayRange(new LocalTime(13, 0), new LocalTime(15, 30)));

        hours.ToString().Should().Be("Mon 09:00-17:00; Tue 09:00-17:00; Wed 09:00-17:00; Thu 09:00-17:00; Fri 09:00-12:00, 13:00-15:30");
        OfficeHours.Closed.ToString().Should().Be("closed every day");
        OfficeHours.Closed.With(IsoDayOfWeek.Sunday, new TimeOfDayRange(Nine, Five)).ToString().Should().Be("Sun 09:00-17:00");
    }

    [Theory]
    [InlineData(9, 17, "09:00-17:00", true)]
    [InlineData(-2, 3, "00:00-03:00", true)]
    [InlineData(20, 30, "20:00-24:00", true)]
    [InlineData(0, 24, "00:00-24:00", true)]
    [InlineData(10, 10, null, false)]
    [InlineData(11, 10, null, false)]
    [InlineData(25, 30, null, false)]
    [InlineData(-5, -1, null, false)]
    public void TimeOfDayRange_AfterMidnight_ClampsToTheDayAndIsInvalidWhenEmpty(int startHours, int endHours, string? text, bool valid)
    {
        var range = TimeOfDayRange.AfterMidnight(Duration.FromHours(startHours), Duration.FromHours(endHours));

        range.IsValid.Should().Be(valid);
        if (text is not null)
        {
            range.ToString().Should().Be(text);
        }
    }

    [Fact]
    public void TimeOfDayRange_EndsAfterOverlapsAndText_AreExactAtTheEdges()
    {
        var morning = new TimeOfDayRange(Nine, new LocalTime(12, 0));

        morning.EndsAfter(new LocalTime(11, 59, 59)).Should().BeTrue();
        morning.EndsAfter(new LocalTime(12, 0)).Should().BeFalse("the end is exclusive");
        TimeOfDayRange.WholeDay.EndsAfter(new LocalTime(23, 59, 59)).Should().BeTrue();
        morning.Overlaps(new TimeOfDayRange(new LocalTime(12, 0), Five)).Should().BeFalse("touching spans share no moment");
        new TimeOfDayRange(new LocalTime(12, 0), Five).Overlaps(morning).Should().BeFalse();
        morning.Overlaps(new TimeOfDayRange(new LocalTime(11, 59), Five)).Should().BeTrue();
        new TimeOfDayRange(new LocalTime(9, 0, 30), new LocalTime(10, 0)).ToString().Should().Be("09:00:30-10:00");
        new TimeOfDayRange(new LocalTime(9, 0).PlusNanoseconds(5), new LocalTime(10, 0)).ToString().Should().Be("09:00:00.000000005-10:00");
        new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(10, 0)).GetHashCode().Should().Be(new TimeOfDayRange(new LocalTime(9, 0), new LocalTime(10, 0)).GetHashCode());
    }

    [Fact]
    public void OfficeHours_DayNone_IsRejected()
    {
        var with = () => OfficeHours.Closed.With(IsoDayOfWeek.None, new TimeOfDayRange(Nine, Five));

        with.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day").WithMessage("A day of the week must be Monday to Sunday.*");
    }

    [Theory]
    [InlineData(new[] { 1, 2, 3, 4, 5 }, IsoDayOfWeek.Monday)]
    [InlineData(new[] { 7, 1, 2, 3, 4 }, IsoDayOfWeek.Sunday)]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6 }, IsoDayOfWeek.Monday)]
    [InlineData(new[] { 1, 2, 4, 5 }, IsoDayOfWeek.Monday)]
    [InlineData(new[] { 6, 7, 1, 2 }, IsoDayOfWeek.Saturday)]
    [InlineData(new[] { 4, 5, 7 }, IsoDayOfWeek.Thursday)] // a shorter break before Sunday does not win
    [InlineData(new[] { 1, 2, 5 }, IsoDayOfWeek.Monday)] // equal breaks: Monday comes before Friday
    [InlineData(new[] { 7, 1, 3, 4, 5 }, IsoDayOfWeek.Sunday)] // equal breaks: Sunday counts first
    public void EmployerOffice_WeekStart_IsTheDayAfterTheLongestBreak(int[] days, IsoDayOfWeek expected)
    {
        var office = new EmployerOffice { TimeZoneId = "UTC", Hours = OfficeHours.Create(days.Select(d => (IsoDayOfWeek)d), new TimeOfDayRange(Nine, Five)) };

        office.EffectiveWeekStart.Should().Be(expected);
    }

    [Fact]
    public void EmployerOffice_OpenEveryDay_HasNoWeekStartUnlessGiven()
    {
        var everyDay = OfficeHours.Create(Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d), new TimeOfDayRange(Nine, Five));
        var office = new EmployerOffice { TimeZoneId = "UTC", Hours = everyDay };

        office.EffectiveWeekStart.Should().BeNull();
        (office with { WeekStartsOn = IsoDayOfWeek.Monday }).EffectiveWeekStart.Should().Be(IsoDayOfWeek.Monday);
    }

    [Fact]
    public void EmployerOffice_ClosedEveryDay_HasNoWeekStartUnlessGiven()
    {
        var office = new EmployerOffice { TimeZoneId = "UTC", Hours = OfficeHours.Closed };

        office.EffectiveWeekStart.Should().BeNull();
        (office with { WeekStartsOn = IsoDayOfWeek.Tuesday }).EffectiveWeekStart.Should().Be(IsoDayOfWeek.Tuesday);
    }

    [Fact]
    public void EmployerOffice_ChangingHoursWithWith_RecomputesTheWeekStart()
    {
        var office = new EmployerOffice { TimeZoneId = "UTC" };

        var israeli = office with { Hours = OfficeHours.Create([IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday], new TimeOfDayRange(Nine, Five)) };

        office.EffectiveWeekStart.Should().Be(IsoDayOfWeek.Monday);
        israeli.EffectiveWeekStart.Should().Be(IsoDayOfWeek.Sunday);
    }

    [Fact]
    public void FollowUpCase_CallersListChangingAfterwards_DoesNotChangeTheCase()
    {
        var attempts = new List<ContactAttempt> { new() { Channel = ContactChannel.Phone, At = Instant.FromUtc(2026, 3, 6, 9, 0) } };
        var followUp = Fixtures.CaseBuilder.London().Build() with { Attempts = attempts };

        attempts.Add(new ContactAttempt { Channel = ContactChannel.Phone, At = Instant.FromUtc(2026, 3, 7, 9, 0) });

        followUp.Attempts.Should().HaveCount(1);
    }

    [Fact]
    public void FollowUpCase_SameContent_IsEqualIncludingCollections()
    {
        var a = Fixtures.CaseBuilder.London().Called(new LocalDateTime(2026, 3, 9, 9, 0), Responder.Nobody).Build();
        var b = Fixtures.CaseBuilder.London().Called(new LocalDateTime(2026, 3, 9, 9, 0), Responder.Nobody).Build();

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void FollowUpCase_WithAttempt_AppendsToACopy()
    {
        var original = Fixtures.CaseBuilder.London().Build();

        var next = original.WithAttempt(new ContactAttempt { Channel = ContactChannel.Phone, At = Instant.FromUtc(2026, 3, 9, 9, 0) });

        original.Attempts.Should().BeEmpty();
        next.Attempts.Should().ContainSingle();
    }

    [Fact]
    public void Interview_Lead_IsTheHiringManagerElseTheRecruiterElseTheFirstPerson()
    {
        var panelist = new Interviewer { Name = "P" };
        var recruiter = new Interviewer { Name = "R", Role = InterviewerRole.Recruiter };
        var manager = new Interviewer { Name = "M", Role = InterviewerRole.HiringManager };
        Interview With(params Interviewer[] people) => new() { At = Instant.FromUtc(2026, 3, 5, 10, 0), Role = "r", Company = "c", Interviewers = people };

        With(panelist, recruiter, manager).Lead.Should().Be(manager);
        With(panelist, recruiter).Lead.Should().Be(recruiter);
        With(panelist).Lead.Should().Be(panelist);
        With().Lead.Should().BeNull();
    }

    [Fact]
    public void Interview_WithNewInterviewers_WorksOutTheLeadAgain()
    {
        var panelist = new Interviewer { Name = "P" };
        var manager = new Interviewer { Name = "M", Role = InterviewerRole.HiringManager };
        var original = new Interview { At = Instant.FromUtc(2026, 3, 5, 10, 0), Role = "r", Company = "c", Interviewers = [panelist, manager] };

        var changed = original with { Interviewers = [panelist] };

        original.Lead.Should().Be(manager);
        changed.Lead.Should().Be(panelist);
        changed.Should().Be(new Interview { At = original.At, Role = "r", Company = "c", Interviewers = [panelist] }, "the lead is derived from the interviewers, so equal interviews stay equal");
    }

    [Fact]
    public void Interview_NullAmongTheInterviewers_LeadSkipsItAndValidationReportsIt()
    {
        var manager = new Interviewer { Name = "M", Role = InterviewerRole.HiringManager };

        var interview = new Interview { At = Instant.FromUtc(2026, 3, 5, 10, 0), Role = "r", Company = "c", Interviewers = [null!, manager] };
        var followUp = Fixtures.CaseBuilder.London().Build() with { Interview = interview };

        interview.Lead.Should().Be(manager);
        FollowUpPolicy.Default.Validate(followUp, Instant.FromUtc(2026, 3, 10, 9, 0)).Select(p => p.Path).Should().Contain("interview.interviewers[0]");
    }

    [Theory]
    [InlineData(typeof(ContactChannel))]
    [InlineData(typeof(Responder))]
    [InlineData(typeof(InterviewerRole))]
    [InlineData(typeof(AttemptPurpose))]
    public void InputEnum_Zero_IsUnspecifiedNotAMeaningfulValue(Type enumType)
    {
        // A forgotten assignment gives zero: it must be a value validation rejects, never a phone
        // call, "nobody answered" or a panelist.
        Enum.GetName(enumType, 0).Should().Be("Unspecified");
    }

    [Fact]
    public void ContactAttempt_Channel_IsARequiredMember()
    {
        typeof(ContactAttempt).GetProperty(nameof(ContactAttempt.Channel))!
            .GetCustomAttributes(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute), false)
            .Should().ContainSingle("an attempt cannot be written without saying how it was made");
    }

    [Fact]
    public void ContactAttempt_AnsweredByAndRoleLeftOut_AreTheDocumentedDefaultsNotUnspecified()
    {
        new ContactAttempt { At = Instant.FromUtc(2026, 3, 9, 9, 0), Channel = ContactChannel.Email }.AnsweredBy.Should().Be(Responder.Nobody);
        new Interviewer { Name = "Jane Smith" }.Role.Should().Be(InterviewerRole.Panelist);
    }
}
