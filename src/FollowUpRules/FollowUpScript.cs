using System.Text;

namespace FollowUpRules;

/// <summary>
/// What to say or write for an action: for a call, the script by section (each line citing its
/// rule); for a written action, one draft per recipient.
/// </summary>
public sealed class FollowUpScript
{
    internal FollowUpScript(NextActionKind kind, IReadOnlyList<ScriptLine> lines, IReadOnlyList<MessageDraft> drafts)
    {
        ActionKind = kind;
        Lines = lines;
        Drafts = drafts;
    }

    /// <summary>Gets the kind of action the script is for.</summary>
    public NextActionKind ActionKind { get; }

    /// <summary>Gets every line of the call script, by section.</summary>
    public IReadOnlyList<ScriptLine> Lines { get; }

    /// <summary>Gets the drafts of the messages to send.</summary>
    public IReadOnlyList<MessageDraft> Drafts { get; }

    /// <summary>Gets a value indicating whether there is nothing to say or write.</summary>
    public bool IsEmpty => Lines.Count == 0 && Drafts.Count == 0;

    /// <summary>Gets the lines of one section.</summary>
    /// <param name="section">The section.</param>
    /// <returns>The lines, in order.</returns>
    public IReadOnlyList<ScriptLine> In(ScriptSection section) => Lines.Where(l => l.Section == section).ToList();

    /// <summary>Renders the script as plain text: sections with headings, then each draft.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        foreach (var group in Lines.GroupBy(l => l.Section))
        {
            text.Append(Heading(group.Key)).Append('\n');
            foreach (var line in group)
            {
                text.Append("  - ").Append(line.Text).Append(" [").Append(line.RuleId).Append("]\n");
            }
        }

        foreach (var draft in Drafts)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(draft.Channel switch
            {
                ContactChannel.Email => "Email",
                ContactChannel.HandwrittenNote => "Handwritten note",
                ContactChannel.LinkedInMessage => "LinkedIn message",
                _ => "Call",
            }).Append(" to ").Append(draft.To);
            if (draft.Address is not null)
            {
                text.Append(" <").Append(draft.Address).Append('>');
            }

            text.Append(" [").Append(draft.RuleId).Append("]\n");
            if (draft.Subject is not null)
            {
                text.Append("Subject: ").Append(draft.Subject).Append('\n');
            }

            text.Append('\n').Append(draft.Body).Append('\n');
        }

        return text.Length == 0 ? "Nothing to say or write for this action.\n" : text.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => ToText();

    private static string Heading(ScriptSection section) => section switch
    {
        ScriptSection.Prepare => "Before you call",
        ScriptSection.Greeting => "When they answer",
        ScriptSection.Introduction => "Introduce yourself",
        ScriptSection.Conversation => "The call",
        ScriptSection.Questions => "Ask",
        ScriptSection.IfGatekeeper => "If a receptionist answers",
        ScriptSection.IfVoicemail => "If voicemail answers",
        ScriptSection.Closing => "To close",
        _ => "Avoid",
    };
}
