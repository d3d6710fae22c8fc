

namespace FollowUpRules.Strategies;

/// <summary>Collects the lines and drafts script rules contribute.</summary>
public sealed class ScriptBuilder
{
    private readonly List<ScriptLine> _lines = [];
    private readonly List<MessageDraft> _drafts = [];

    /// <summary>Initializes a new instance of the <see cref="ScriptBuilder"/> class, empty.</summary>
    public ScriptBuilder()
    {
    }

    /// <summary>Adds a line to a section of the call script.</summary>
    /// <param name="section">The section.</param>
    /// <param name="ruleId">The rule the line implements.</param>
    /// <param name="text">What to do or say.</param>
    /// <returns>This builder.</returns>
    public ScriptBuilder Line(ScriptSection section, RuleId ruleId, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("A script line needs text.", nameof(text));
        }

        _lines.Add(new ScriptLine(section, ruleId, text));
        return this;
    }

    /// <summary>Adds a message draft.</summary>
    /// <param name="draft">The draft.</param>
    /// <returns>This builder.</returns>
    public ScriptBuilder Draft(MessageDraft draft)
    {
        _drafts.Add(Guard.NotNull(draft));
        return this;
    }

    /// <summary>Builds the script: the lines ordered by section (in the order added within a section), then the drafts.</summary>
    /// <param name="kind">The kind of action the script is for.</param>
    /// <returns>The script.</returns>
    public FollowUpScript Build(NextActionKind kind) =>
        new(kind, _lines.OrderBy(l => l.Section).ToList(), _drafts.ToList());
}
