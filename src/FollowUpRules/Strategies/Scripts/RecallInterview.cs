using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Recall what the interview revealed: the selection process, candidates left, the expected time frame and days away (ETQ-02).</summary>
public sealed class RecallInterview : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(RecallInterview), "Reminds the candidate what the interview revealed.", [RuleIds.Etq02]);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (!context.IsPhoneCall)
        {
            return;
        }

        var id = RuleIds.Etq02;
        var notes = context.Case.Notes;
        script.Line(ScriptSection.Prepare, id, "Have to hand what the interview told you about the selection, the time frame and when people will be away.");
        if (notes.SelectionProcess is { Length: > 0 } process)
        {
            script.Line(ScriptSection.Prepare, id, "Selection process: " + process + ".");
        }

        if (notes.CandidatesRemaining is { } remaining)
        {
            script.Line(ScriptSection.Prepare, id, remaining == 0
                ? "They expected to see no more candidates after you."
                : $"They expected to see {remaining} more candidate{(remaining == 1 ? string.Empty : "s")}.");
        }

        if (notes.DecisionExpectedBy is { } by)
        {
            script.Line(ScriptSection.Prepare, id, "They expected to decide by " + ScriptContext.Day(by) + ".");
        }

        if (context.Call?.Whom is { OutOfOffice.Count: > 0 } person)
        {
            script.Line(ScriptSection.Prepare, id, person.Name + " is away on " + string.Join(", ", person.OutOfOffice.Select(d => d.Start == d.End ? ScriptContext.Day(d.Start) : ScriptContext.Day(d.Start) + " to " + ScriptContext.Day(d.End))) + ".");
        }
    }
}
