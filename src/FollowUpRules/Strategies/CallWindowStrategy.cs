using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// A strategy about when calls are welcome: on each open office day it names the spans it blocks.
/// The window search offers what remains of the opening hours once every window strategy has had
/// its say.
/// </summary>
/// <remarks>
/// The windows a strategy shapes cite the first reason its descriptor declares, so declare one.
/// Window strategies only block; they never open time outside the office's hours.
/// </remarks>
public abstract class CallWindowStrategy : FollowUpStrategy
{
    /// <summary>
    /// Gets a value indicating whether the strategy can mark a day's windows preferred
    /// (<see cref="MarksPreferred"/>); the search asks only those that say so.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public virtual bool CanMarkPreferred => false;

    /// <summary>
    /// Finds the first span of <paramref name="day"/> this strategy blocks that ends after
    /// <paramref name="from"/>: the one containing <paramref name="from"/>, or else the next to start.
    /// </summary>
    /// <param name="day">The office day.</param>
    /// <param name="from">The wall-clock time from which to look.</param>
    /// <param name="block">The blocked span (<see cref="TimeOfDayRange.WholeDay"/> to block the day).</param>
    /// <returns><see langword="true"/> when such a span exists.</returns>
    public abstract bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block);

    /// <summary>
    /// Tells whether every window this strategy leaves open on <paramref name="day"/> is a preferred
    /// time to call (as RCR-04's start and end of the working day are). Asked only when
    /// <see cref="CanMarkPreferred"/> is <see langword="true"/>.
    /// </summary>
    /// <param name="day">The office day.</param>
    /// <returns><see langword="true"/> when windows left open are <see cref="CallWindowQuality.Preferred"/>.</returns>
    public virtual bool MarksPreferred(in CallDay day) => false;
}
