namespace FollowUpRules;

/// <summary>One problem found in a case or profile: where it is, the offending value, and what is allowed.</summary>
/// <param name="Path">Where the problem is, in the JSON field names, such as <c>attempts[2].at</c> or <c>maxVoicemails</c>.</param>
/// <param name="Value">The offending value as text (<c>null</c> when missing; empty when the problem is not about one value, such as a document that is not JSON).</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ValidationProblem(string Path, string Value, string Message)
{
    /// <summary>Formats the problem as one line.</summary>
    /// <returns>For example <c>maxVoicemails = -1: must be between 0 and 10</c>, or <c>$: not JSON</c> without a value.</returns>
    public override string ToString() => Value.Length == 0 ? Path + ": " + Message : Path + " = " + Value + ": " + Message;
}
