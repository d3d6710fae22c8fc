
namespace FollowUpRules.Simulation;

/// <summary>
/// Scripted answers for a simulation: by step number first, then by the kind of action, then a
/// default, and otherwise <see cref="SimulatedResponse.NoAnswer"/>.
/// </summary>
public sealed class SimulationScript
{
    private readonly Dictionary<int, SimulatedResponse> _byStep;
    private readonly Dictionary<NextActionKind, SimulatedResponse> _byKind;

    /// <summary>Initializes a new instance of the <see cref="SimulationScript"/> class.</summary>
    /// <param name="byStep">Answers to particular steps (numbered from 1).</param>
    /// <param name="byKind">Answers to every action of a kind.</param>
    /// <param name="fallback">The answer to anything else; <see cref="SimulatedResponse.NoAnswer"/> when null.</param>
    public SimulationScript(
        IEnumerable<KeyValuePair<int, SimulatedResponse>>? byStep = null,
        IEnumerable<KeyValuePair<NextActionKind, SimulatedResponse>>? byKind = null,
        SimulatedResponse? fallback = null)
    {
        _byStep = new Dictionary<int, SimulatedResponse>();
        foreach (var pair in byStep ?? [])
        {
            if (pair.Key < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(byStep), pair.Key, "Steps are numbered from 1.");
            }

            _byStep[pair.Key] = Guard.NotNull(pair.Value);
        }

        _byKind = new Dictionary<NextActionKind, SimulatedResponse>();
        foreach (var pair in byKind ?? [])
        {
            _byKind[pair.Key] = Guard.NotNull(pair.Value);
        }

        Default = fallback ?? SimulatedResponse.NoAnswer;
    }

    /// <summary>Gets a script in which nobody ever answers.</summary>
    public static SimulationScript NoAnswer { get; } = new();

    /// <summary>Gets the answer to anything not scripted by step or kind.</summary>
    public SimulatedResponse Default { get; }

    /// <summary>Gets the answers by step number.</summary>
    public IReadOnlyDictionary<int, SimulatedResponse> ByStep => _byStep;

    /// <summary>Gets the answers by kind of action.</summary>
    public IReadOnlyDictionary<NextActionKind, SimulatedResponse> ByKind => _byKind;

    /// <summary>Answers a moment of the simulation.</summary>
    /// <param name="moment">The step, its instant and its action.</param>
    /// <returns>The scripted answer.</returns>
    public SimulatedResponse Respond(SimulationMoment moment)
    {
        Guard.NotNull(moment);
        return _byStep.TryGetValue(moment.Step, out var byStep) ? byStep
            : _byKind.TryGetValue(moment.Action.Kind, out var byKind) ? byKind
            : Default;
    }
}
