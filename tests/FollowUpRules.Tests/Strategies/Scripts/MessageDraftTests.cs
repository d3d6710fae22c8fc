using FluentAssertions;
using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Scripts;

/// <summary>
/// The drafts a candidate copies into an email or onto a card: the whole text, the candidate's
/// number at the foot only when they have one, and the rule each draft cites, which falls back to
/// the library's own rule when the profile does not follow the article that says how to write it.
/// </summary>
public sealed class MessageDraftTests
{
    private static readonly FollowUpReason Acme = new(RuleId.Parse("ACME-01"), "Acme's own rule.");

    /// <summary>The default profile, but following ETQ alone: it cites none of EML, PHN or RCR.</summary>
    private static readonly FollowUpPolicy EtqSourced = FollowUpPolicy.Create(FollowUpProfiles.Default with { Name = "etq-sourced", Sources = ArticleSet.Etq });

    private static FollowUpCase Case(string? phone = "+44 7700 900123", string? topic = null) =>
        CaseBuilder.London().WithPeople(CaseBuilder.Jane).WithCandidate(c => c with { Phone = phone }).WithNotes(new InterviewNotes { TopicToMention = topic }).Build();

    private static MessageDraft Draft(FollowUpPolicy policy, FollowUpCase followUpCase, NextAction action) =>
        policy.Script(followUpCase, action).Drafts.Should().ContainSingle().Subject;

    [Fact]
    public void FollowUpEmail_WithTopicAndPhone_IsTheWholeLetterSignedWithTheNumber()
    {
        var email = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.FollowUp, null, [Acme]);

        var draft = Draft(Default, Case(topic: "the reporting pipeline"), email);

        draft.Subject.Should().Be("Following up: Data Analyst interview");
        draft.Address.Should().Be("jane.smith@northwind.example");
        draft.Body.Should().Be(
            "Dear Jane,\n\n"
            + "I interviewed for the Data Analyst role on Thursday 5 March and wanted to say that I remain very interested in it.\n\n"
            + "I especially valued our conversation about the reporting pipeline.\n\n"
            + "Could you tell me how the hiring timeline looks? I am happy to answer any questions about my application.\n\n"
            + "Thank you again for your time.\n\nKind regards,\nAlex Doe\n+44 7700 900123");
        draft.RuleId.Should().Be(RuleIds.Rcr19, "no reason chose the email, and the default follows RCR-19");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void FollowUpEmail_NoTopicAndNoPhone_EndsWithTheNameAndSaysNothingOfATopic(string? phone)
    {
        var email = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.FollowUp, null, [Acme]);

        var draft = Draft(Default, Case(phone), email);

        draft.Body.Should().EndWith("Kind regards,\nAlex Doe").And.NotContain("conversation about");
    }

    [Fact]
    public void FollowUpEmail_ChosenByAReasonOrUnderAProfileWithoutRcr_CitesThatReasonOrFur08()
    {
        var chosen = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.FollowUp, Acme, [Acme]);
        var unchosen = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.FollowUp, null, [Acme]);

        Draft(Default, Case(), chosen).RuleId.Should().Be(Acme.RuleId);
        Draft(EtqSourced, Case(), unchosen).RuleId.Should().Be(RuleIds.Fur08);
    }

    [Fact]
    public void ThankYouEmail_WithAndWithoutPhone_IsTheWholeLetter()
    {
        var email = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.ThankYou, null, [Acme]);
        const string Letter = "Dear Jane,\n\n"
            + "Thank you for taking the time to meet me on Thursday 5 March about the Data Analyst role.\n\n"
            + "[One or two sentences, in your own words, on why you want to work at Northwind.]\n\n"
            + "I look forward to hearing from you.\n\n"
            + "Kind regards,\nAlex Doe";

        var withPhone = Draft(Default, Case(), email);
        var withoutPhone = Draft(Default, Case(phone: " "), email);

        withPhone.Subject.Should().Be("Thank you: Data Analyst interview");
        withPhone.Body.Should().Be(Letter + "\n+44 7700 900123");
        withoutPhone.Body.Should().Be(Letter);
    }

    [Fact]
    public void ThankYouEmail_RuleId_IsEml03ElseTheChoosingReasonElseFur16()
    {
        var chosen = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.ThankYou, Acme, [Acme]);
        var unchosen = new NextAction.SendEmail([CaseBuilder.Jane], AttemptPurpose.ThankYou, null, [Acme]);

        Draft(Default, Case(), chosen).RuleId.Should().Be(RuleIds.Eml03, "the default follows EML, which says how to write it");
        Draft(EtqSourced, Case(), chosen).RuleId.Should().Be(Acme.RuleId);
        Draft(EtqSourced, Case(), unchosen).RuleId.Should().Be(RuleIds.Fur16);
    }

    [Fact]
    public void HandwrittenNote_ThankYouAndFollowUp_AreTheirOwnWholeNotes()
    {
        var policy = FollowUpPolicy.Create(FollowUpProfiles.Default with { Name = "notes", Channels = AllowedChannels.All });
        var thanks = new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.ThankYou, null, [Acme]);
        var followUp = new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.FollowUp, null, [Acme]);

        Draft(policy, Case(), thanks).Body.Should().Be(
            "Dear Jane,\n\nThank you for meeting me on Thursday 5 March. I enjoyed learning more about the Data Analyst role and Northwind, and I hope to hear from you.\n\nWith thanks,\nAlex Doe");
        Draft(policy, Case(), followUp).Body.Should().Be(
            "Dear Jane,\n\nA short note to say I am still very interested in the Data Analyst role we discussed on Thursday 5 March, and I would be glad to hear how things stand.\n\nWith thanks,\nAlex Doe");
    }

    [Fact]
    public void HandwrittenNote_RuleId_FollowsWhatChoseIt()
    {
        var all = FollowUpProfiles.Default with { Name = "notes", Channels = AllowedChannels.All };
        var cited = FollowUpPolicy.Create(all);
        var uncited = FollowUpPolicy.Create(all with { Sources = ArticleSet.Etq });
        var thanks = new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.ThankYou, null, [Acme]);
        var followUp = new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.FollowUp, null, [Acme]);

        Draft(cited, Case(), thanks).RuleId.Should().Be(RuleIds.Phn01);
        Draft(uncited, Case(), thanks).RuleId.Should().Be(RuleIds.Fur16);
        Draft(cited, Case(), followUp).RuleId.Should().Be(RuleIds.Rcr19);
        Draft(uncited, Case(), followUp).RuleId.Should().Be(RuleIds.Fur08);
        Draft(cited, Case(), new NextAction.SendThankYouNote([CaseBuilder.Jane], AttemptPurpose.FollowUp, Acme, [Acme])).RuleId.Should().Be(Acme.RuleId);
    }

    public static TheoryData<string, FollowUpReason?, string> AgencyUpdateReasons => new()
    {
        { "RCR-03's early update", AgencyUpdateFirst.AskAgency.For(FollowUpProfiles.Default), "RCR-03" },
        { "the library's early update", AgencyUpdateFirst.AskAgencyLibrary.For(FollowUpProfiles.Default), "FUR-16" },
        { "no number, RCR", AgencyAsLastRoute.ThroughAgencyRcr, "RCR-03" },
        { "no number, EML", AgencyAsLastRoute.ThroughAgencyEml, "EML-04" },
        { "no number, the library", AgencyAsLastRoute.ThroughAgency, "FUR-08" },
        { "no agency reason: the default's choice", null, "RCR-03" },
    };

    [Theory]
    [MemberData(nameof(AgencyUpdateReasons))]
    public void AgencyUpdate_ByEmail_CitesTheReasonTheDecisionContactedTheAgencyFor(string scenario, FollowUpReason? because, string ruleId)
    {
        var followUpCase = CaseBuilder.London().ThroughAgency().Build();
        var update = new NextAction.ContactAgency(CaseBuilder.Agency, AgencyRequest.AskForUpdate, ContactChannel.Email, because is null ? [Acme] : [Acme, because]);

        var draft = Draft(Default, followUpCase, update);

        draft.RuleId.Value.Should().Be(ruleId, scenario);
        draft.Address.Should().Be("sam@reed.example");
        draft.Subject.Should().Be("Any news on the Data Analyst role?");
        draft.Body.Should().Be("Hi Sam,\n\nI interviewed with Northwind for the Data Analyst role on Thursday 5 March. Have you heard anything from them, or do they need anything more from me?\n\nThanks,\nAlex Doe");
    }

    [Fact]
    public void AgencyUpdate_ByPhoneUnderAProfileWithoutTheArticles_CitesTheLibrarysRuleInItsLines()
    {
        var followUpCase = CaseBuilder.London().ThroughAgency().Build();
        var update = new NextAction.ContactAgency(CaseBuilder.Agency, AgencyRequest.AskForUpdate, ContactChannel.Phone, [Acme]);

        var script = EtqSourced.Script(followUpCase, update);

        script.Drafts.Should().BeEmpty();
        script.In(ScriptSection.Greeting).Should().ContainSingle(l => l.RuleId == RuleIds.Fur08 && l.Text.StartsWith("\"Hi Sam, it's Alex Doe.", StringComparison.Ordinal));
        script.In(ScriptSection.Questions).Should().ContainSingle(l => l.RuleId == RuleIds.Fur08);
    }

    [Theory]
    [InlineData(ContactChannel.Email, "sam@reed.example", "Please pass on: thank you for the Data Analyst interview")]
    [InlineData(ContactChannel.Phone, null, null)]
    public void AgencyForwardsTheThankYou_TheNoteToPassOnIsWrappedInARequest(ContactChannel channel, string? address, string? subject)
    {
        var followUpCase = CaseBuilder.London().ThroughAgency().Build();
        var forward = new NextAction.ContactAgency(CaseBuilder.Agency, AgencyRequest.ForwardThankYou, channel, [Acme]);

        var draft = Draft(Default, followUpCase, forward);
        var library = Draft(EtqSourced, followUpCase, forward);

        draft.Channel.Should().Be(channel);
        draft.Address.Should().Be(address);
        draft.Subject.Should().Be(subject);
        draft.Body.Should().StartWith("Hi Sam,\n\nI don't have contact details for the people I met at Northwind. Could you please pass the note below on to them?\n\n---\nDear Jane,\n\n")
            .And.EndWith("\n---\n\nThank you,\nAlex Doe");
        draft.RuleId.Should().Be(RuleIds.Eml04);
        library.RuleId.Should().Be(RuleIds.Fur16);
    }
}
