using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Scripts;

/// <summary>Each script rule: the profile following its article gets its line, citing the rule; others do not.</summary>
public sealed class ScriptStrategyTests
{
    private static readonly CaseBuilder Builder = NewBuilder();

    /// <summary>A builder of the shared case, for a test that changes it (a builder changes in place).</summary>
    private static CaseBuilder NewBuilder() => CaseBuilder.London()
        .Emailed(L(2026, 3, 5, 12, 0))
        .WithNotes(new InterviewNotes
        {
            TopicToMention = "the move to cloud reporting",
            SelectionProcess = "a second interview with the team lead",
            CandidatesRemaining = 2,
        });

    private static FollowUpScript CallScript(FollowUpPolicy policy)
    {
        var followUp = Builder.Build();
        var call = policy.Decide(followUp, Builder.At(L(2026, 3, 24, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;
        return policy.Script(followUp, call);
    }

    private static IEnumerable<ScriptLine> Lines(FollowUpPolicy policy, RuleId id) => CallScript(policy).Lines.Where(l => l.RuleId == id);

    [Fact]
    [Trait("Rule", "ETQ-01")]
    public void Script_EtqCall_RemindsToReviewNotesAndJobDescription()
    {
        Lines(Etq, RuleIds.Etq01).Should().ContainSingle().Which.Text.Should().Contain("Data Analyst job description").And.Contain("two or three points");
        Lines(Phn, RuleIds.Etq01).Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "ETQ-02")]
    public void Script_EtqCall_RecallsWhatTheInterviewRevealed()
    {
        var lines = Lines(Etq, RuleIds.Etq02).Select(l => l.Text).ToList();

        lines.Should().Contain(t => t.Contains("a second interview with the team lead", StringComparison.Ordinal));
        lines.Should().Contain("They expected to see 2 more candidates.");
    }

    [Fact]
    [Trait("Rule", "ETQ-08")]
    public void Script_EtqCall_RemindsToStandSmileAndNotChew()
    {
        Lines(Etq, RuleIds.Etq08).Should().ContainSingle().Which.Text.Should().Contain("Stand up and smile").And.Contain("nothing to eat or chew");
        Lines(Cbr, RuleIds.Etq08).Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "ETQ-09")]
    public void Script_EtqCall_GreetsWithNamePersonPurposeAndAsksToBePutThrough()
    {
        var greeting = CallScript(Etq).In(ScriptSection.Greeting).Should().ContainSingle().Subject;

        greeting.RuleId.Should().Be(RuleIds.Etq09);
        greeting.Text.Should().Contain("this is Alex Doe").And.Contain("speak to Jane Smith").And.Contain("Thursday 5 March").And.Contain("put me through");
    }

    [Fact]
    [Trait("Rule", "ETQ-12")]
    public void Script_EtqCall_AsksDirectlyAboutStatusAndRestatesInterest()
    {
        Lines(Etq, RuleIds.Etq12).Should().ContainSingle().Which.Text.Should().Contain("where you stand").And.Contain("would like to work for them");
    }

    [Fact]
    [Trait("Rule", "PHN-07")]
    public void Script_PhnCall_KeepsItShortWithoutCredentials()
    {
        Lines(Phn, RuleIds.Phn07).Should().ContainSingle().Which.Text.Should().Contain("Keep it short").And.Contain("no run-through of your experience");
        Lines(Etq, RuleIds.Phn07).Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "PHN-08")]
    public void Script_PhnCall_AsksWhetherFilledOrStillConsidered()
    {
        Lines(Phn, RuleIds.Phn08).Should().ContainSingle().Which.Section.Should().Be(ScriptSection.Questions);
    }

    [Fact]
    [Trait("Rule", "PHN-09")]
    [Trait("Rule", "CBR-06")]
    public void Script_TimelineQuestions_FollowTheProfilesNoDateApproach()
    {
        Lines(Phn, RuleIds.Phn09).Should().ContainSingle().Which.Text.Should().Contain("when they expect to make their decision");
        Lines(Phn, RuleIds.Cbr06).Should().BeEmpty("PHN asks for a timeline only");
        Lines(Cbr, RuleIds.Cbr06).Should().Contain(l => l.Text.Contains("call back in a week", StringComparison.Ordinal));
        CallScript(Etq).In(ScriptSection.Questions).Should().NotContain(l => l.Text.Contains("decision", StringComparison.Ordinal), "ETQ does not address it");
    }

    [Fact]
    [Trait("Rule", "PHN-10")]
    public void Script_PhnCall_EndsByThankingThem()
    {
        Lines(Phn, RuleIds.Phn10).Should().ContainSingle().Which.Section.Should().Be(ScriptSection.Closing);
    }

    [Fact]
    [Trait("Rule", "PHN-11")]
    public void Script_PhnCall_WarnsAgainstPushing()
    {
        Lines(Phn, RuleIds.Phn11).Should().ContainSingle().Which.Section.Should().Be(ScriptSection.Avoid);
        Lines(Rcr, RuleIds.Phn11).Should().BeEmpty();
    }

    [Fact]
    [Trait("Rule", "RCR-05")]
    public void Script_RcrCall_RemindsToPrepareAndRehearse()
    {
        Lines(Rcr, RuleIds.Rcr05).Should().ContainSingle().Which.Text.Should().Contain("CV").And.Contain("run through the call");
    }

    [Fact]
    [Trait("Rule", "RCR-06")]
    public void Script_RcrCall_IntroducesNameRoleAndDateAndAsksIfNowIsGood()
    {
        Lines(Rcr, RuleIds.Rcr06).Should().ContainSingle().Which.Text.Should().Contain("Alex Doe").And.Contain("Data Analyst").And.Contain("Thursday 5 March").And.Contain("good time");
    }

    [Fact]
    [Trait("Rule", "RCR-07")]
    public void Script_RcrCall_ThanksForTheInterviewAndTheCall()
    {
        Lines(Rcr, RuleIds.Rcr07).Should().ContainSingle().Which.Text.Should().Contain("interview").And.Contain("this call");
    }

    [Fact]
    [Trait("Rule", "RCR-08")]
    public void Script_RcrCall_AllowsForAFilledRoleAndAsksGoodQuestionsIfOpen()
    {
        Lines(Rcr, RuleIds.Rcr08).Should().ContainSingle().Which.Text.Should().Contain("already be taken").And.Contain("good question");
    }

    [Fact]
    [Trait("Rule", "RCR-09")]
    public void Script_RcrCall_StatesThePurposeWithoutBragging()
    {
        Lines(Rcr, RuleIds.Rcr09).Should().ContainSingle().Which.Text.Should().Contain("status update").And.Contain("do not boast");
    }

    [Theory]
    [InlineData("RCR-11", "other candidates")]
    [InlineData("RCR-12", "would not accept")]
    [InlineData("RCR-13", "Complaining")]
    [InlineData("RCR-14", "whether they are going to hire you")]
    [InlineData("RCR-15", "general switchboard")]
    [InlineData("RCR-16", "why they have not decided")]
    [InlineData("CBR-05", "hard sell")]
    [Trait("Rule", "RCR-11")]
    [Trait("Rule", "RCR-12")]
    [Trait("Rule", "RCR-13")]
    [Trait("Rule", "RCR-14")]
    [Trait("Rule", "RCR-16")]
    [Trait("Rule", "CBR-05")]
    public void Script_Call_ListsEachDontWithItsRule(string id, string phrase)
    {
        var avoid = CallScript(Default).In(ScriptSection.Avoid);

        avoid.Should().ContainSingle(l => l.RuleId == RuleId.Parse(id)).Which.Text.Should().Contain(phrase);
    }

    [Fact]
    [Trait("Rule", "RCR-18")]
    public void Script_RcrCall_FillsInTheSampleOutlineFromTheCase()
    {
        var outline = Lines(Rcr, RuleIds.Rcr18).Where(l => l.Section != ScriptSection.Questions).Select(l => l.Text).ToList();

        outline.Should().HaveCount(6);
        outline[0].Should().Contain("Hi Jane, it's Alex Doe");
        outline[1].Should().Contain("Thursday 5 March").And.Contain("Data Analyst");
        outline[2].Should().Contain("the move to cloud reporting");
        outline[3].Should().Contain("hiring timeline");
        outline[4].Should().Contain("+44 7700 900123");
        outline[5].Should().Contain("Thanks again");
    }

    [Fact]
    [Trait("Rule", "CBR-03")]
    public void Script_CbrCall_RefreshesMemoryAndChecksTheyHaveAMoment()
    {
        Lines(Cbr, RuleIds.Cbr03).Should().ContainSingle().Which.Text.Should().Contain("Jog their memory").And.Contain("few minutes");
    }

    [Fact]
    [Trait("Rule", "CBR-04")]
    public void Script_CbrCall_AsksFilledThenStillConsidered()
    {
        Lines(Cbr, RuleIds.Cbr04).Should().ContainSingle().Which.Text.Should().Contain("filled").And.Contain("still under consideration");
    }

    [Fact]
    [Trait("Rule", "RCR-10")]
    [Trait("Rule", "ETQ-11")]
    public void Script_VoicemailAndGatekeeperLines_FollowTheCallsPlan()
    {
        var rcr = CallScript(Rcr);
        rcr.In(ScriptSection.IfVoicemail).Should().ContainSingle().Which.Text.Should().Contain("hoping for an update").And.Contain("+44 7700 900123");

        var etq = CallScript(Etq);
        etq.In(ScriptSection.IfVoicemail).Should().ContainSingle().Which.Text.Should().Contain("Hang up");
        etq.In(ScriptSection.IfGatekeeper).Should().ContainSingle().Which.RuleId.Should().Be(RuleIds.Etq11);
    }

    [Theory]
    [InlineData("Jane Smith", null, "Jane")]
    [InlineData("Dr Jane Smith", null, "Dr Smith")]
    [InlineData("Ms. Ana de la Cruz", null, "Ms. Cruz")]
    [InlineData("Jane Smith", "Dr Smith", "Dr Smith")]
    [InlineData("Robert Brown", "Bob", "Bob")]
    [InlineData("Cher", null, "Cher")]
    [Trait("Rule", "RCR-18")]
    [Trait("Rule", "RCR-10")]
    public void Script_Greetings_AddressThePersonAsTheirRecordOrNameSays(string name, string? addressAs, string addressed)
    {
        var person = CaseBuilder.Jane with { Name = name, AddressAs = addressAs };
        var builder = NewBuilder().WithPeople(person);
        var followUp = builder.Build();
        var call = Rcr.Decide(followUp, builder.At(L(2026, 3, 24, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;
        var script = Rcr.Script(followUp, call);
        var thanks = FollowUpPolicy.Default.Script(followUp, new NextAction.SendEmail([person], AttemptPurpose.ThankYou, null, [ThankYouFirst.EmailEveryone]));

        script.Lines.Should().Contain(l => l.RuleId == RuleIds.Rcr18 && l.Text.StartsWith("\"Hi " + addressed + ", it's Alex Doe", StringComparison.Ordinal));
        script.In(ScriptSection.IfVoicemail).Should().ContainSingle().Which.Text.Should().StartWith("\"Hello " + addressed + ", this is Alex Doe");
        thanks.Drafts.Should().ContainSingle().Which.Body.Should().StartWith("Dear " + addressed + ",\n");
    }

    [Fact]
    [Trait("Rule", "FUR-16")]
    public void Script_RcrProfileThatSendsACard_CitesTheLibrarysRuleNotPhn()
    {
        var policy = With(p => p with { Name = "rcr-card", ThankYouMessage = ThankYouMessage.HandwrittenNote }, FollowUpProfiles.Rcr);
        var builder = CaseBuilder.London();
        var followUp = builder.Build();

        var note = policy.Decide(followUp, builder.At(L(2026, 3, 5, 12, 0))).Should().BeOfType<NextAction.SendThankYouNote>().Subject;
        var byHand = new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.ThankYou, null, [ThankYouFirst.CardLibrary]);

        note.ChosenBecause!.RuleId.Should().Be(RuleIds.Fur16);
        note.Reasons.Select(r => r.RuleId).Should().NotContain(RuleIds.Phn01);
        policy.Script(followUp, note).Drafts.Should().OnlyContain(d => d.RuleId == RuleIds.Fur16);
        Rcr.Script(followUp, byHand).Drafts.Should().OnlyContain(d => d.RuleId == RuleIds.Fur16, "a note built by hand, with no chosen reason, cites no article the profile does not follow");
        Phn.Script(followUp, byHand).Drafts.Should().OnlyContain(d => d.RuleId == RuleIds.Phn01);
    }

    [Fact]
    [Trait("Rule", "RCR-18")]
    public void Script_CandidateWithoutAPhoneNumber_PromptsForItInBrackets()
    {
        var builder = NewBuilder().WithCandidate(c => c with { Phone = null });
        var followUp = builder.Build();
        var call = Rcr.Decide(followUp, builder.At(L(2026, 3, 24, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;

        var text = Rcr.Script(followUp, call).ToText();

        text.Should().Contain("my number is [your phone number].").And.Contain("My number is [your phone number].");
        text.Should().NotContain("number is your phone number");
    }

    [Fact]
    [Trait("Rule", "EML-03")]
    [Trait("Rule", "EML-02")]
    public void Script_ThankYouEmail_ShortThanksOwnWordsAndLookingForward()
    {
        var followUp = CaseBuilder.London().Build();
        var email = Eml.Decide(followUp, CaseBuilder.London().At(L(2026, 3, 5, 11, 0)));

        var drafts = Eml.Script(followUp, email).Drafts;

        drafts.Should().HaveCount(2);
        drafts.Select(d => d.Address).Should().Equal("jane.smith@northwind.example", "raj.patel@northwind.example");
        var body = drafts[0].Body;
        body.Should().StartWith("Dear Jane,").And.Contain("Thank you for taking the time").And.Contain("in your own words").And.Contain("look forward to hearing from you");
        drafts[0].RuleId.Should().Be(RuleIds.Eml03);
    }

    [Fact]
    [Trait("Rule", "EML-04")]
    public void Script_AgencyForward_AsksTheRepresentativeToPassTheThankYouOn()
    {
        var builder = CaseBuilder.London().WithPeople(new Interviewer { Name = "Jane Smith" }).ThroughAgency();
        var followUp = builder.Build();
        var action = Eml.Decide(followUp, builder.At(L(2026, 3, 5, 11, 0)));

        var draft = Eml.Script(followUp, action).Drafts.Should().ContainSingle().Subject;

        draft.To.Should().Be("Sam Reed");
        draft.Address.Should().Be("sam@reed.example");
        draft.Body.Should().Contain("pass the note below on").And.Contain("Dear Jane,");
    }

    [Fact]
    [Trait("Rule", "PHN-01")]
    public void Script_ThankYouCard_IsDraftedForEachPerson()
    {
        var followUp = CaseBuilder.London().Build();
        var note = Phn.Decide(followUp, CaseBuilder.London().At(L(2026, 3, 5, 11, 0)));

        var drafts = Phn.Script(followUp, note).Drafts;

        drafts.Should().HaveCount(2).And.OnlyContain(d => d.Channel == ContactChannel.HandwrittenNote && d.RuleId == RuleIds.Phn01);
    }

    [Fact]
    [Trait("Rule", "RCR-19")]
    public void Script_WrittenAlternative_DraftsAFollowUpEmail()
    {
        var builder = CaseBuilder.London().WithCandidate(c => c with { PrefersWrittenContact = true });
        var followUp = builder.Build();
        var email = Rcr.Decide(followUp, builder.At(L(2026, 3, 24, 8, 0)));

        var draft = Rcr.Script(followUp, email).Drafts.Should().ContainSingle().Subject;

        draft.Subject.Should().Be("Following up: Data Analyst interview");
        draft.Body.Should().Contain("remain very interested").And.Contain("hiring timeline");
    }

    [Fact]
    [Trait("Rule", "RCR-20")]
    public void Script_LinkedInMessage_IsDraftedForThePersonAlreadyTalkedTo()
    {
        var builder = CaseBuilder.London()
            .WithPeople(new Interviewer { Name = "Jane Smith", Email = "jane.smith@northwind.example" })
            .WithCandidate(c => c with { LinkedInContact = "Jane Smith" });
        var followUp = builder.Build();
        var message = Rcr.Decide(followUp, builder.At(L(2026, 3, 24, 8, 0)));

        var draft = Rcr.Script(followUp, message).Drafts.Should().ContainSingle().Subject;

        draft.Channel.Should().Be(ContactChannel.LinkedInMessage);
        draft.Body.Should().Contain("following on from our messages here");
    }

    [Fact]
    public void Script_WaitAndStop_HaveNothingToSay()
    {
        var followUp = Builder.Build();
        var wait = new NextAction.Wait(Instant.FromUtc(2026, 3, 6, 0, 0), Offset.Zero, []);

        var script = Default.Script(followUp, wait);

        script.IsEmpty.Should().BeTrue();
        script.ToText().Should().Be("Nothing to say or write for this action.\n");
    }

    [Fact]
    public void Script_Text_HasSectionHeadingsInCallOrderAndRuleIds()
    {
        var text = CallScript(Default).ToText();

        text.IndexOf("Before you call", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("When they answer", StringComparison.Ordinal));
        text.IndexOf("Ask\n", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Avoid\n", StringComparison.Ordinal));
        text.Should().Contain("[RCR-18]");
    }
    [Fact]
    public void Script_Text_HeadsEachSectionInPlainWordsAcrossTheCallProfiles()
    {
        var headings = new Dictionary<ScriptSection, string>
        {
            [ScriptSection.Prepare] = "Before you call",
            [ScriptSection.Greeting] = "When they answer",
            [ScriptSection.Introduction] = "Introduce yourself",
            [ScriptSection.Conversation] = "The call",
            [ScriptSection.Questions] = "Ask",
            [ScriptSection.IfGatekeeper] = "If a receptionist answers",
            [ScriptSection.IfVoicemail] = "If voicemail answers",
            [ScriptSection.Closing] = "To close",
            [ScriptSection.Avoid] = "Avoid",
        };
        var seen = new HashSet<ScriptSection>();

        foreach (var policy in new[] { Default, Etq, Phn, Rcr, Cbr })
        {
            var script = CallScript(policy);
            var text = script.ToText();
            foreach (var section in script.Lines.Select(l => l.Section).Distinct())
            {
                seen.Add(section);
                var first = script.In(section)[0];
                text.Should().Contain(headings[section] + "\n  - " + first.Text + " [" + first.RuleId + "]\n", "{0}'s {1} section", policy.Profile.Name, section);
            }
        }

        seen.Should().BeEquivalentTo(headings.Keys, "the five calling profiles between them use every section");
        var line = CallScript(Default).Lines[0];
        line.ToString().Should().Be(line.Text + " (" + line.RuleId + ")");
    }

    [Fact]
    public void Script_DraftText_GivesChannelRecipientAddressRuleSubjectAndBody()
    {
        var builder = CaseBuilder.London().WithPeople(CaseBuilder.Jane);
        var followUp = builder.Build();
        var thanks = Default.Decide(followUp, builder.At(L(2026, 3, 5, 12, 0)));
        var script = Default.Script(followUp, thanks);
        var draft = script.Drafts.Should().ContainSingle().Subject;

        var text = script.ToText();

        text.Should().StartWith("Email to Jane Smith <jane.smith@northwind.example> [" + draft.RuleId + "]\nSubject: " + draft.Subject + "\n\n" + draft.Body + "\n");
    }

    [Fact]
    public void Script_HandwrittenNotes_AreSeparatedByABlankLineAndHaveNoAddressOrSubject()
    {
        var followUp = CaseBuilder.London().Build();
        var note = Phn.Decide(followUp, CaseBuilder.London().At(L(2026, 3, 5, 11, 0)));
        var script = Phn.Script(followUp, note);

        var text = script.ToText();

        text.Should().StartWith("Handwritten note to Jane Smith [PHN-01]\n\n" + script.Drafts[0].Body + "\n\nHandwritten note to Raj Patel [PHN-01]\n");
        text.Should().NotContain("Subject:").And.NotContain("<");
    }

    [Fact]
    public void Script_LinkedInDraftText_IsHeadedLinkedInMessage()
    {
        var builder = CaseBuilder.London()
            .WithPeople(new Interviewer { Name = "Jane Smith", Email = "jane.smith@northwind.example" })
            .WithCandidate(c => c with { LinkedInContact = "Jane Smith" });
        var followUp = builder.Build();
        var message = Rcr.Decide(followUp, builder.At(L(2026, 3, 24, 8, 0)));

        Rcr.Script(followUp, message).ToText().Should().StartWith("LinkedIn message to Jane Smith [RCR-20]\n");
    }

    [Fact]
    [Trait("Rule", "RCR-03")]
    public void Script_AgencyUpdateByPhone_GreetsTheRepresentativeAndAsksForTheTimeline()
    {
        var builder = CaseBuilder.London().ThroughAgency();
        var followUp = builder.Build();
        var action = new NextAction.ContactAgency(CaseBuilder.Agency, AgencyRequest.AskForUpdate, ContactChannel.Phone, [new FollowUpReason(RuleIds.Rcr03, "Ask the agency first.")]);

        var script = Rcr.Script(followUp, action);

        script.Drafts.Should().BeEmpty();
        script.In(ScriptSection.Greeting).Should().ContainSingle().Which.Text.Should().Be("\"Hi Sam, it's Alex Doe. I interviewed with Northwind for the Data Analyst role on Thursday 5 March; have you heard anything from them?\"");
        script.In(ScriptSection.Questions).Select(l => l.Text).Should().Contain("Ask whether the company has given any timeline, and whether there is anything you should send them.");
    }

    [Fact]
    [Trait("Rule", "RCR-03")]
    public void Script_AgencyUpdateByEmail_DraftsAnEmailToTheRepresentative()
    {
        var builder = CaseBuilder.London().ThroughAgency();
        var followUp = builder.Build();
        var action = new NextAction.ContactAgency(CaseBuilder.Agency, AgencyRequest.AskForUpdate, ContactChannel.Email, [new FollowUpReason(RuleIds.Rcr03, "Ask the agency first.")]);

        var draft = Rcr.Script(followUp, action).Drafts.Should().ContainSingle().Subject;

        draft.Address.Should().Be("sam@reed.example");
        draft.Subject.Should().Be("Any news on the Data Analyst role?");
        draft.Body.Should().Be("Hi Sam,\n\nI interviewed with Northwind for the Data Analyst role on Thursday 5 March. Have you heard anything from them, or do they need anything more from me?\n\nThanks,\nAlex Doe");
    }

    [Theory]
    [Trait("Rule", "ETQ-02")]
    [InlineData(0, "They expected to see no more candidates after you.")]
    [InlineData(1, "They expected to see 1 more candidate.")]
    public void Script_EtqCall_SaysHowManyCandidatesWereLeft(int remaining, string expected)
    {
        var builder = CaseBuilder.London().Emailed(L(2026, 3, 5, 12, 0)).WithNotes(new InterviewNotes { CandidatesRemaining = remaining });
        var followUp = builder.Build();
        var call = Etq.Decide(followUp, builder.At(L(2026, 3, 24, 8, 0)));

        Etq.Script(followUp, call).Lines.Select(l => l.Text).Should().Contain(expected);
    }

    [Fact]
    [Trait("Rule", "ETQ-02")]
    public void Script_EtqCall_RecallsTheDecisionDateAndWhenTheInterviewerIsAway()
    {
        var jane = CaseBuilder.Jane with
        {
            OutOfOffice = [new DateInterval(new LocalDate(2026, 4, 6), new LocalDate(2026, 4, 6)), new DateInterval(new LocalDate(2026, 4, 13), new LocalDate(2026, 4, 17))],
        };
        var builder = CaseBuilder.London().WithPeople(jane).Emailed(L(2026, 3, 5, 12, 0)).WithNotes(new InterviewNotes { DecisionExpectedBy = new LocalDate(2026, 4, 30) });
        var followUp = builder.Build();
        var call = Etq.Decide(followUp, builder.At(L(2026, 5, 4, 8, 0))).Should().BeOfType<NextAction.Call>().Subject;

        var lines = Etq.Script(followUp, call).Lines.Select(l => l.Text).ToList();

        lines.Should().Contain("They expected to decide by Thursday 30 April.");
        lines.Should().Contain("Jane Smith is away on Monday 6 April, Monday 13 April to Friday 17 April.");
    }
}
