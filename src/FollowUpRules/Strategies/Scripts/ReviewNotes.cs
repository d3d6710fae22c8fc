using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Before calling, reread the interview notes and the job description and have two or three points about fit ready (ETQ-01).</summary>
public sealed class ReviewNotes : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(ReviewNotes), "Reminds the candidate to review their notes before calling.", [RuleIds.Etq01]);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.IsPhoneCall)
        {
            script.Line(ScriptSection.Prepare, RuleIds.Etq01, $"Go back over your interview notes and the {context.Role} job description, and pick two or three points that show why you fit.");
        }
    }
}
