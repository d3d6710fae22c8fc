using FollowUpRules.Engine;

namespace FollowUpRules.Strategies;

/// <summary>
/// What a window search found (<see cref="CallPlanContext.FindWindows"/>): the windows in order, and
/// what it passed over before the first of them, so that a plan can say why the call is then.
/// </summary>
/// <remarks>A view of the decision in progress, valid until the next search or the end of the strategy call.</remarks>
public readonly struct WindowSearchResult
{
    private readonly DecisionState _state;
    private readonly int _generation;
    private readonly int _search;

    internal WindowSearchResult(DecisionState state)
    {
        _state = state;
        _generation = state.Generation;
        _search = state.SearchCount;
    }

    /// <summary>Gets the number of windows found.</summary>
    public int Count => State.FoundCount;

    /// <summary>Gets the window at <paramref name="index"/>, in time order.</summary>
    /// <param name="index">Zero-based position.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the windows found.</exception>
    public CallWindow this[int index]
    {
        get
        {
            var state = State;
            return (uint)index < (uint)state.FoundCount
                ? state.Found[index]
                : throw new ArgumentOutOfRangeException(nameof(index), index, $"The search found {state.FoundCount} windows.");
        }
    }

    /// <summary>Gets the reasons of the window strategies that blocked time before the first window found.</summary>
    public ReasonList BlockedBy
    {
        get
        {
            var state = State;
            return state.Catalogue.ListOf(state.FoundBlockedBy);
        }
    }

    /// <summary>Gets a value indicating whether a holiday was passed over before the first window found.</summary>
    public bool SkippedHoliday => State.FoundSkippedHoliday;

    /// <summary>Gets a value indicating whether a window shorter than the profile's minimum was passed over before the first window found.</summary>
    public bool SkippedShortWindow => State.FoundSkippedShort;

    private DecisionState State
    {
        get
        {
            var state = DecisionState.Open(_state, _generation, "This WindowSearchResult is a default value; results come from CallPlanContext.FindWindows.");
            return state.SearchCount == _search
                ? state
                : throw new InvalidOperationException("This window search result has been replaced by a later search; read what you need before searching again.");
        }
    }
}
