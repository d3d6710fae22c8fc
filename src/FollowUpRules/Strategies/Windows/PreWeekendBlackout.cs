using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules.Strategies.Windows;

/// <summary>
/// No call in the last <see cref="FollowUpProfile.PreWeekendBlackout"/> before the office closes
/// for its weekend (ETQ-04): on the last open day of the office's own week.
/// </summary>
public sealed class PreWeekendBlackout : CallWindowStrategy
{
    /// <summary>The weekend is about to start (ETQ-04).</summary>
    public static readonly FollowUpReason WeekendEve = new(RuleIds.Etq04, p => p.PreWeekendBlackout is { } span
        ? $"No call in the last {ProfileWords.Of(span)} before the office closes for its weekend."
        : "No call in the last hours before the office closes for its weekend.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(PreWeekendBlackout),
        "Keeps clear of the last hours before the office's weekend.",
        [RuleIds.Etq04],
        [WeekendEve],
        [ProfileSettings.PreWeekendBlackout, ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone && profile.PreWeekendBlackout.HasValue;

    /// <inheritdoc/>
    public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block) =>
        WeekEdge.TryBlock(day, from, day.ClosesWeek, day.Profile.PreWeekendBlackout, atOpening: false, out block);
}
