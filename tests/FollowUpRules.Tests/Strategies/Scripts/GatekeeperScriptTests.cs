using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests.Strategies.Scripts;

/// <summary>What a script says to a receptionist carries out the call's gatekeeper plan, under every profile and every plan.</summary>
public sealed class GatekeeperScriptTests
{
    // What asking to be put through sounds like, and what asking when the person is free sounds like.
    private static readonly string[] PutThroughWords = ["put me through", "connected to", "put you through"];
    private static readonly string[] WhenFreeWords = ["when they will be", "will be free", "when would", "free to speak", "free for a short call"];

    public static TheoryData<string, GatekeeperPlan, bool> EveryProfileAndPlan()
    {
        var data = new TheoryData<string, GatekeeperPlan, bool>();
        foreach (var profile in FollowUpProfiles.All)
        {
            foreach (var approach in Enum.GetValues<GatekeeperPlan>())
            {
                data.Add(profile.Name, approach, false);
                data.Add(profile.Name, approach, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryProfileAndPlan))]
    public void Script_EveryProfileAndGatekeeperPlan_SaysToTheReceptionistWhatThePlanSays(string profileName, GatekeeperPlan approach, bool employerAsked)
    {
        var profile = FollowUpProfiles.All.Single(p => p.Name == profileName);
        var policy = FollowUpPolicy.Create(profile with { Gatekeeper = approach, DeclineUnfamiliarStaff = true });
        var builder = CaseBuilder.London()
            .Emailed(L(2026, 3, 5, 12, 0))
            .WithNotes(employerAsked ? new InterviewNotes { CallBackOn = new NodaTime.LocalDate(2026, 3, 24) } : InterviewNotes.None);
        var followUp = builder.Build();

        var action = policy.Decide(followUp, builder.At(employerAsked ? L(2026, 3, 24, 9, 5) : L(2026, 3, 24, 8, 0)));
        var script = policy.Script(followUp, action);
        var toReceptionist = script.In(ScriptSection.Greeting).Concat(script.In(ScriptSection.IfGatekeeper)).Select(l => l.Text).ToList();

        if (action is not NextAction.Call call)
        {
            profile.AllowsPhone.Should().BeFalse("every profile that calls proposes a call in this case: {0}", action.Describe());
            toReceptionist.Should().BeEmpty();
            return;
        }

        var (said, notSaid) = call.IfGatekeeper == GatekeeperPlan.AskToBePutThrough ? (PutThroughWords, WhenFreeWords) : (WhenFreeWords, PutThroughWords);
        call.IfGatekeeper.ToString().Should().Be(approach.ToString());
        toReceptionist.Should().NotBeEmpty().And.OnlyContain(
            line => !notSaid.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase)),
            "the plan is {0}: {1}",
            call.IfGatekeeper,
            string.Join(" | ", toReceptionist));
        toReceptionist.Should().Contain(line => said.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }
}
