using FollowUpRules.Engine;


namespace FollowUpRules;

/// <summary>
/// The result for one case of a batch: its action, or why it could not be decided. One bad case
/// never stops a batch.
/// </summary>
public readonly struct BatchDecision
{
    private readonly IReadOnlyList<ValidationProblem>? _problems;

    internal BatchDecision(int index, NextAction? action, IReadOnlyList<ValidationProblem>? problems, Exception? error)
    {
        Index = index;
        Action = action;
        _problems = problems;
        Error = error;
    }

    /// <summary>Gets the position of the case in the batch.</summary>
    public int Index { get; }

    /// <summary>Gets the action, when the case could be decided.</summary>
    public NextAction? Action { get; }

    /// <summary>Gets every problem that made the case invalid; empty when it was valid.</summary>
    public IReadOnlyList<ValidationProblem> Problems => _problems ?? ValueList<ValidationProblem>.Empty;

    /// <summary>Gets the exception a strategy threw on a valid case, if one did (a host rule's bug, say).</summary>
    public Exception? Error { get; }

    /// <summary>Gets a value indicating whether the case was decided.</summary>
    public bool Succeeded => Action is not null;

    /// <summary>Describes the result in one line.</summary>
    /// <returns>The action, the first problem, or the error.</returns>
    public override string ToString() =>
        "#" + Index + ": " + (Action?.Describe() ?? (_problems is { Count: > 0 } ? "invalid: " + _problems[0] : "failed: " + Error?.Message));
}
