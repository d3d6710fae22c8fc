using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// The greeting: your name, the person you want, and why (following up the interview on a given
/// day), asking to be put through (ETQ-09); when the employer asked for the call, say so (ETQ-10).
/// </summary>
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

        if (call.RequestedByEmployer)
        {
            script.Line(ScriptSection.Greeting, RuleIds.Etq10, $"\"Hello, this is {context.CandidateName}, calling for {call.Whom.Name}. We met for an interview on {context.InterviewDay} and {call.Whom.Name} asked me to call today. Could you put me through, please?\"");
        }
        else
        {
            script.Line(ScriptSection.Greeting, RuleIds.Etq09, $"\"Hello, this is {context.CandidateName}. I'd like to speak to {call.Whom.Name}, please. I interviewed with them on {context.InterviewDay} and I'm calling to follow up. Could you put me through?\"");
        }
    }
}
