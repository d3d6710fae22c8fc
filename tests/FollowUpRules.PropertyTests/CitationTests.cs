using FluentAssertions;

namespace FollowUpRules.PropertyTests;

/// <summary>A profile cites its own sources: what it decides and what its scripts say name only its articles' rules or the library's.</summary>
public sealed class CitationTests(ITestOutputHelper output)
{
    /// <summary>Every rule ID an action and its script cite: its reasons, the reasons for its plans and choices, every line and draft.</summary>
    internal static IEnumerable<RuleId> Cited(NextAction action, FollowUpScript script)
    {
        var reasons = action.Reasons.AsEnumerable();
        reasons = action switch
        {
            NextAction.Call call => reasons.Concat(new[] { call.VoicemailReason, call.GatekeeperReason, call.DeclineUnfamiliarStaffReason }.OfType<FollowUpReason>()),
            NextAction.SendEmail email => reasons.Concat(new[] { email.ChosenBecause }.OfType<FollowUpReason>()),
            NextAction.SendThankYouNote note => reasons.Concat(new[] { note.ChosenBecause }.OfType<FollowUpReason>()),
            _ => reasons,
        };

        return reasons.Select(r => r.RuleId).Concat(script.Lines.Select(l => l.RuleId)).Concat(script.Drafts.Select(d => d.RuleId));
    }

    /// <summary>
    /// Each built-in profile, and each with a setting that only one article covers turned on the way a
    /// host might: a thank-you card or email, written messages, LinkedIn, an agency update, no general
    /// number, asking for a call back in a week, a voicemail.
    /// </summary>
    private static readonly FollowUpPolicy[] HostVariants = FollowUpProfiles.All.SelectMany(p => new[]
    {
        p,
        p with { Name = p.Name + "-note", Channels = AllowedChannels.All, ThankYouMessage = ThankYouMessage.HandwrittenNote, OfferWrittenAlternatives = true },
        p with { Name = p.Name + "-email", Channels = AllowedChannels.All, ThankYouMessage = ThankYouMessage.Email },
        p with { Name = p.Name + "-agency", AgencyUpdateDelayDays = 2, AvoidGeneralNumber = true, DeclineUnfamiliarStaff = true },
        p with { Name = p.Name + "-calls", Channels = AllowedChannels.All, WhenNoDateGiven = NoDateGivenApproach.AskToCallBackInAWeek, MaxVoicemails = 1, Gatekeeper = GatekeeperPlan.AskToBePutThrough },
    }).Select(FollowUpPolicy.Create).ToArray();

    [Fact]
    public void EveryProfile_CitesOnlyItsOwnArticlesOrTheLibrarysRules_InActionsAndScripts()
    {
        PropertyRun.Check(output, "a profile cites its own sources", sample =>
        {
            foreach (var policy in HostVariants)
            {
                var name = policy.Profile.Name;
                var action = policy.Decide(sample.Case, sample.Now);
                var script = policy.Script(sample.Case, action);
                var foreign = Cited(action, script).Where(id => !policy.Profile.Follows(id)).Distinct().ToList();
                foreign.Should().BeEmpty($"profile {name} follows only {policy.Profile.Sources}; {action.Describe()}\n{script.ToText()}\n{sample}");
            }
        });
    }
}
