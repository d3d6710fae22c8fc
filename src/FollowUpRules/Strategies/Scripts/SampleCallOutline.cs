using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// The sample outline, filled in from the case: who you are; when you met and for which role; a
/// topic you valued; that you are calling to show interest and learn the timeline; an invitation to
/// ask you anything, with your number; thanks (RCR-18).
/// </summary>
public sealed class SampleCallOutline : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(SampleCallOutline), "Fills in the sample call outline.", [RuleIds.Rcr18]);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Call is not { } call)
        {
            return;
        }

        var id = RuleIds.Rcr18;
        script.Line(ScriptSection.Conversation, id, $"\"Hi {ScriptContext.FormOfAddress(call.Whom)}, it's {context.CandidateName}.\"");
        script.Line(ScriptSection.Conversation, id, $"\"We met on {context.InterviewDay}, when I interviewed for the {context.Role} role.\"");
        if (context.Topic is { } topic)
        {
            script.Line(ScriptSection.Conversation, id, $"\"I really enjoyed our conversation about {topic}.\"");
        }

        script.Line(ScriptSection.Conversation, id, "\"I'm calling because I'm still very interested in the position, and I'd like to know how your hiring timeline looks.\"");
        script.Line(ScriptSection.Conversation, id, $"\"If any questions come up about my application, please get in touch; my number is {context.CandidatePhone}.\"");
        script.Line(ScriptSection.Closing, id, "\"Thanks again for the interview; I hope to hear from you soon.\"");
    }
}
