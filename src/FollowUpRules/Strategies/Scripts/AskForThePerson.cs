using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// The greeting: your name, the person you want, and why (following up the interview on a given
/// day), asking to be put through (ETQ-09); when the employer asked for the call, say so (ETQ-10).
/// </summary>
/// <remarks>
/// The greeting ends as the call's gatekeeper plan says (<see cref="NextAction.Call.IfGatekeeper"/>):
/// asking to be put through under <see cref="GatekeeperPlan.AskToBePutThrough"/>, and asking whether
/// the person is free for a short call under <see cref="GatekeeperPlan.AskWhenInterviewerIsFree"/>,
/// so that what the candidate says first agrees with what the plan says to do next (PHN-04, CBR-02).
/// </remarks>
public sealed class AskForThePerson : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(AskForThePerson), "Gives the greeting when the phone is answered.", [RuleIds.Etq09, RuleIds.Etq10]);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Call is not { } call)
        {
            return;
        }

        var name = call.Whom.Name;
        var putThrough = call.IfGatekeeper == GatekeeperPlan.AskToBePutThrough;
        if (call.RequestedByEmployer)
        {
            var ask = putThrough ? "Could you put me through, please?" : $"Is {name} free to speak now?";
            script.Line(ScriptSection.Greeting, RuleIds.Etq10, $"\"Hello, this is {context.CandidateName}, calling for {name}. We met for an interview on {context.InterviewDay} and {name} asked me to call today. {ask}\"");
        }
        else
        {
            var ask = putThrough ? "Could you put me through?" : $"Is {name} free for a short call?";
            script.Line(ScriptSection.Greeting, RuleIds.Etq09, $"\"Hello, this is {context.CandidateName}. I'd like to speak to {name}, please. I interviewed with them on {context.InterviewDay} and I'm calling to follow up. {ask}\"");
        }
    }
}
