using FollowUpRules.Catalogue;
using NodaTime;

namespace FollowUpRules.Strategies.Windows;

/// <summary>No call in the days or hours the interviewer described as hectic (ETQ-05).</summary>
public sealed class HecticPeriods : CallWindowStrategy
{
    /// <summary>A hectic time (ETQ-05).</summary>
    public static readonly FollowUpReason Hectic = new(RuleIds.Etq05, "No call in a period the interviewer described as hectic.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(HecticPeriods),
        "Keeps clear of the periods the interviewer called hectic.",
        [RuleIds.Etq05],
        [Hectic],
        [ProfileSettings.AvoidHecticPeriods, ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone && profile.AvoidHecticPeriods;

    /// <inheritdoc/>
    public override bool TryGetBlock(in CallDay day, LocalTime from, out TimeOfDayRange block)
    {
        var found = false;
        block = default;
        var periods = day.Calendar.Office.HecticPeriods;
        for (var i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            if (!period.AppliesOn(day.Date))
            {
                continue;
            }

            var span = period.Hours ?? TimeOfDayRange.WholeDay;
            if (!span.IsValid || !span.EndsAfter(from))
            {
                continue;
            }

            // The first block to matter is the one containing 'from', or else the earliest to start.
            if (!found || Earlier(span, block, from))
            {
                block = span;
                found = true;
            }
        }

        return found;
    }

    private static bool Earlier(TimeOfDayRange candidate, TimeOfDayRange current, LocalTime from)
    {
        var candidateStart = candidate.Start > from ? candidate.Start : from;
        var currentStart = current.Start > from ? current.Start : from;
        return candidateStart < currentStart || (candidateStart == currentStart && candidate.EndAfterMidnight > current.EndAfterMidnight);
    }
}
