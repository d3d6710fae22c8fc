using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules.Strategies.Windows;

/// <summary>
/// No call in the first <see cref="FollowUpProfile.WeekOpeningBlackout"/> after the office opens
/// for its week (ETQ-03). The week is the office's own: Sunday for a Sunday-to-Thursday office, and
/// the next open day when the usual first day is a holiday.
/// </summary>
public sealed class WeekOpeningBlackout : CallWindowStrategy
{
    /// <summary>The week has just opened (ETQ-03).</summary>
    public static readonly FollowUpReason JustOpened = new(RuleIds.Etq03, p => p.WeekOpeningBlackout is { } span
        ? $"No call in the first {ProfileWords.Of(span)} after the office opens for its week."
        : "No call right as the office opens for its week.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(WeekOpeningBlackout),
        "Keeps clear of the first hours after the office opens for its week.",
        [RuleIds.Etq03],
        [JustOpened],
        [ProfileSettings.WeekOpeningBlackout, ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone && profile.WeekOpeningBlackout.HasValue;

    /// <inheritdoc/>
    public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block) =>
        WeekEdge.TryBlock(day, from, day.OpensWeek, day.Profile.WeekOpeningBlackout, atOpening: true, out block);
}
