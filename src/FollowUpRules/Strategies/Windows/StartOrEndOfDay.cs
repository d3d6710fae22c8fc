using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules.Strategies.Windows;

/// <summary>
/// Calls only at the start or the end of the working day (RCR-04): within
/// <see cref="FollowUpProfile.StartOfDaySpan"/> of opening or <see cref="FollowUpProfile.EndOfDaySpan"/>
/// of closing. The middle of the day is blocked, and the windows left are
/// <see cref="CallWindowQuality.Preferred"/>.
/// </summary>
public sealed class StartOrEndOfDay : CallWindowStrategy
{
    /// <summary>Start or end of the working day (RCR-04).</summary>
    public static readonly FollowUpReason StartOrEnd = new(RuleIds.Rcr04, p => $"Calls go in the first {ProfileWords.Of(p.StartOfDaySpan)} or the last {ProfileWords.Of(p.EndOfDaySpan)} of the working day, when the interviewer is least likely to be in the middle of work.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(StartOrEndOfDay),
        "Calls only at the start or end of the working day.",
        [RuleIds.Rcr04],
        [StartOrEnd],
        [ProfileSettings.CallAtStartOrEndOfDay, ProfileSettings.StartOfDaySpan, ProfileSettings.EndOfDaySpan, ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone && profile.CallAtStartOrEndOfDay;

    /// <inheritdoc/>
    public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
    {
        var workingDay = day.WorkingDay;
        block = TimeOfDayRange.AfterMidnight(workingDay.StartAfterMidnight + day.Profile.StartOfDaySpan, workingDay.EndAfterMidnight - day.Profile.EndOfDaySpan);
        return block.IsValid && block.EndsAfter(from);
    }

    /// <inheritdoc/>
    public override bool CanMarkPreferred => true;

    /// <inheritdoc/>
    public override bool MarksPreferred(in CallDay day) => true;
}
