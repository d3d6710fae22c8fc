
namespace FollowUpRules;

/// <summary>The parts of a call script, in the order they are used.</summary>
public enum ScriptSection
{
    /// <summary>Before dialling.</summary>
    Prepare = 0,

    /// <summary>When the phone is answered.</summary>
    Greeting = 1,

    /// <summary>Introducing yourself to the person.</summary>
    Introduction = 2,

    /// <summary>The body of the call.</summary>
    Conversation = 3,

    /// <summary>What to ask.</summary>
    Questions = 4,

    /// <summary>If a receptionist or switchboard answers.</summary>
    IfGatekeeper = 5,

    /// <summary>If voicemail answers.</summary>
    IfVoicemail = 6,

    /// <summary>Ending the call.</summary>
    Closing = 7,

    /// <summary>Things not to do or say.</summary>
    Avoid = 8,
}

/// <summary>One line of a call script, with the rule it comes from.</summary>
/// <param name="Section">The part of the call it belongs to.</param>
/// <param name="RuleId">The rule it implements.</param>
/// <param name="Text">What to do or say.</param>
public sealed record ScriptLine(ScriptSection Section, RuleId RuleId, string Text)
{
    /// <summary>Formats the line with its rule ID.</summary>
    /// <returns>For example <c>Ask whether the position has been filled. (PHN-08)</c>.</returns>
    public override string ToString() => Text + " (" + RuleId + ")";
}

/// <summary>A message to write: an email, a note, a LinkedIn message or a message to the agency.</summary>
public sealed record MessageDraft
{
    /// <summary>Gets the channel the message goes by.</summary>
    public required ContactChannel Channel { get; init; }

    /// <summary>Gets the recipient's name.</summary>
    public required string To { get; init; }

    /// <summary>Gets the recipient's address (an email address), if the channel uses one.</summary>
    public string? Address { get; init; }

    /// <summary>Gets the subject line, for an email.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the body.</summary>
    public required string Body { get; init; }

    /// <summary>Gets the rule the draft follows.</summary>
    public required RuleId RuleId { get; init; }
}
