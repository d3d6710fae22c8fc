using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>Under a profile without phone calls, the thank-you is the whole follow-up: nothing more to do after it (EML-01).</summary>
public sealed class NoPhoneCalls : DecisionStrategy
{
    /// <summary>No calls: the written message already sent was the follow-up (EML-01).</summary>
    public static readonly FollowUpReason WrittenWasTheFollowUp = new(RuleIds.Eml01, "No phone calls: the written message already sent is the follow-up.");

    /// <summary>No calls, and nothing could be sent (EML-01).</summary>
    public static readonly FollowUpReason NothingToSend = new(RuleIds.Eml01, "No phone calls, and there is no address to write to.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(NoPhoneCalls),
        "Never proposes a call; once the thank-you is out there is nothing more to do.",
        [RuleIds.Eml01],
        [WrittenWasTheFollowUp, NothingToSend],
        [ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => !profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (draft.Kind != NextActionKind.Call)
        {
            return;
        }

        if (context.History.Count > 0)
        {
            draft.Stop(StopReason.LimitReached, WrittenWasTheFollowUp);
        }
        else
        {
            draft.Stop(StopReason.NoContactDetails, NothingToSend);
        }
    }
}
