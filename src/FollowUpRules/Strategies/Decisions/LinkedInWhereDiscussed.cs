using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// When there is no number to call, messages on LinkedIn the person the candidate already talked
/// with about this work there, and never anyone else (RCR-20).
/// </summary>
public sealed class LinkedInWhereDiscussed : DecisionStrategy
{
    /// <summary>LinkedIn where the work was discussed (RCR-20).</summary>
    public static readonly FollowUpReason AlreadyTalkedThere = new(RuleIds.Rcr20, "There is no number to call, and the candidate already talked about this work with them on LinkedIn, so a message there is acceptable.");

    /// <summary>A LinkedIn message, under a profile that allows one though its articles do not say when (FUR-16).</summary>
    public static readonly FollowUpReason AlreadyTalkedThereLibrary = new(RuleIds.Fur16, "There is no number to call, and the candidate already talked about this work with them on LinkedIn, a channel the profile allows.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(LinkedInWhereDiscussed),
        "Uses LinkedIn only with someone the work was already discussed with there.",
        [RuleIds.Rcr20, RuleIds.Fur16],
        [AlreadyTalkedThere, AlreadyTalkedThereLibrary],
        [ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.Allows(AllowedChannels.LinkedInMessage);

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (draft.Kind == NextActionKind.Call && draft.Number is null && !string.IsNullOrWhiteSpace(context.Case.Candidate.LinkedInContact))
        {
            draft.MessageOnLinkedIn(context.Case.Candidate.LinkedInContact!, context.Profile.ChooseReason(AlreadyTalkedThereLibrary, AlreadyTalkedThere));
        }
    }
}
