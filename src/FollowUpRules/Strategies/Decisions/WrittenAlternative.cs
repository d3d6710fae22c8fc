using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Offers an email, or without an address a handwritten note, instead of a call to a candidate who
/// would rather write or who has no number the profile lets them call (RCR-19). A call the employer
/// asked for stays a call.
/// </summary>
public sealed class WrittenAlternative : DecisionStrategy
{
    /// <summary>Write instead of calling (RCR-19).</summary>
    public static readonly FollowUpReason WriteInstead = new(RuleIds.Rcr19, "An email or a handwritten note is an accepted alternative to a call.");

    /// <summary>Write instead of calling, under profiles that do not follow RCR (FUR-08).</summary>
    public static readonly FollowUpReason WriteInsteadLibrary = new(RuleIds.Fur08, "There is no call the profile allows, so the follow-up is written.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(WrittenAlternative),
        "Writes instead of calling when the candidate prefers it or there is no number to call.",
        [RuleIds.Rcr19, RuleIds.Fur08],
        [WriteInstead, WriteInsteadLibrary],
        [ProfileSettings.OfferWrittenAlternatives, ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.OfferWrittenAlternatives;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        // A call the employer asked for is made as a call; writing replaces only the calls the
        // candidate makes on their own initiative, or calls there is no number for.
        if (draft.Kind != NextActionKind.Call || (draft.Number is not null && (!context.Case.Candidate.PrefersWrittenContact || draft.EmployerInvited)))
        {
            return;
        }

        var profile = context.Profile;
        var reason = profile.ChooseReason(WriteInsteadLibrary, WriteInstead);
        var target = draft.Callee ?? context.Lead;
        if (profile.Allows(AllowedChannels.Email))
        {
            if (target is { HasEmail: true })
            {
                draft.EmailPerson(target, AttemptPurpose.FollowUp, reason);
                return;
            }

            var people = context.Case.Interview.Interviewers;
            for (var i = 0; i < people.Count; i++)
            {
                if (people[i].HasEmail)
                {
                    draft.EmailPerson(people[i], AttemptPurpose.FollowUp, reason);
                    return;
                }
            }
        }

        if (profile.Allows(AllowedChannels.HandwrittenNote) && target is not null)
        {
            draft.WriteNoteTo(target, AttemptPurpose.FollowUp, reason);
        }
    }
}
