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

    [Fact]
    public void EveryProfile_CitesOnlyItsOwnArticlesOrTheLibrarysRules_InActionsAndScripts()
    {
        PropertyRun.Check(output, "a profile cites its own sources", sample =>
        {
            foreach (var (name, policy) in PropertyRun.Policies)
            {
                var action = policy.Decide(sample.Case, sample.Now);
                var script = policy.Script(sample.Case, action);
                var foreign = Cited(action, script).Where(id => !policy.Profile.Follows(id)).Distinct().ToList();
                foreign.Should().BeEmpty($"profile {name} follows only {policy.Profile.Sources}; {action.Describe()}\n{script.ToText()}\n{sample}");
            }
        });
    }
}
