using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules.Strategies.Windows;

/// <summary>No call over lunch, <see cref="FollowUpProfile.LunchBlackout"/> (11:00–13:00 by default), when many people are away from their desks (ETQ-06).</summary>
public sealed class LunchBlackout : CallWindowStrategy
{
    /// <summary>Lunch time (ETQ-06).</summary>
    public static readonly FollowUpReason Lunch = new(RuleIds.Etq06, p => p.LunchBlackout is { } lunch
        ? $"No call over lunch, from {ProfileWords.Of(lunch)}, when the interviewer is likely away."
        : "No call over lunch, when the interviewer is likely away.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(LunchBlackout),
        "Keeps clear of lunch time.",
        [RuleIds.Etq06],
        [Lunch],
        [ProfileSettings.LunchBlackout, ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone && profile.LunchBlackout.HasValue;

    /// <inheritdoc/>
    public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
    {
        block = day.Profile.LunchBlackout ?? default;
        return day.Profile.LunchBlackout.HasValue && block.EndsAfter(from);
    }
}
