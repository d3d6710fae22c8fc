using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules.Strategies.Windows;

/// <summary>No call on a day the person called is out of the office (ETQ-07, following from ETQ-02).</summary>
public sealed class OutOfOfficeDays : CallWindowStrategy
{
    /// <summary>The person is out of the office (ETQ-07).</summary>
    public static readonly FollowUpReason OutOfOffice = new(RuleIds.Etq07, "No call on a day the interviewer said they would be out of the office.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(OutOfOfficeDays),
        "Skips the days the person called is out of the office.",
        [RuleIds.Etq07, RuleIds.Etq02],
        [OutOfOffice],
        [ProfileSettings.AvoidOutOfOffice, ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone && profile.AvoidOutOfOffice;

    /// <inheritdoc/>
    public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
    {
        block = TimeOfDayRange.WholeDay;
        return day.Callee is { } person && person.IsOutOfOffice(day.Date);
    }
}
