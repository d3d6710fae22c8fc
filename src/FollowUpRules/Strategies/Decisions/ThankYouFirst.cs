using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Sends the profile's thank-you straight after the interview, before anything else: an email to
/// every person met who has an address (EML-02, EML-05), or a handwritten card (PHN-01).
/// </summary>
public sealed class ThankYouFirst : DecisionStrategy
{
    /// <summary>A thank-you card comes before any call (PHN-01).</summary>
    public static readonly FollowUpReason Card = new(RuleIds.Phn01, "A handwritten thank-you card goes out before any call.");

    /// <summary>The email goes to every person met (EML-02).</summary>
    public static readonly FollowUpReason EmailEveryone = new(RuleIds.Eml02, "The thank-you email goes to each person met at the interview who has an address.");

    /// <summary>The email goes out straight away (EML-05).</summary>
    public static readonly FollowUpReason StraightAway = new(RuleIds.Eml05, "The thank-you email is sent straight after the interview, with no waiting period.");

    /// <summary>The thank-you card, under a profile that sets one though its articles do not (FUR-16).</summary>
    public static readonly FollowUpReason CardLibrary = new(RuleIds.Fur16, "The profile sends a handwritten thank-you card before any other contact.");

    /// <summary>The thank-you email, under a profile that sets one though its articles do not (FUR-16).</summary>
    public static readonly FollowUpReason EmailLibrary = new(RuleIds.Fur16, "The profile sends a thank-you email, to each person met who has an address, before any other contact.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(ThankYouFirst),
        "Sends the thank-you (email to everyone met, or a card) before any other contact.",
        [RuleIds.Phn01, RuleIds.Eml02, RuleIds.Eml05, RuleIds.Fur16],
        [Card, EmailEveryone, StraightAway, CardLibrary, EmailLibrary],
        [ProfileSettings.ThankYouMessage]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.ThankYouMessage != ThankYouMessage.None;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (context.History.Count > 0)
        {
            return;
        }

        var people = context.Case.Interview.Interviewers;
        var profile = context.Profile;
        switch (profile.ThankYouMessage)
        {
            case ThankYouMessage.HandwrittenNote:
                draft.WriteNote(people, AttemptPurpose.ThankYou, profile.ChooseReason(CardLibrary, Card));
                break;
            case ThankYouMessage.Email when AnyoneHasEmail(people):
                draft.Email(people.Where(p => p.HasEmail), AttemptPurpose.ThankYou, profile.ChooseReason(EmailLibrary, EmailEveryone));
                if (profile.Follows(StraightAway.Article))
                {
                    draft.Because(StraightAway);
                }

                break;
        }
    }

    /// <summary>Tells whether anyone met at the interview has an email address.</summary>
    /// <param name="people">The people met.</param>
    /// <returns><see langword="true"/> when at least one has an address.</returns>
    public static bool AnyoneHasEmail(IReadOnlyList<Interviewer> people)
    {
        for (var i = 0; i < people?.Count; i++)
        {
            if (people[i].HasEmail)
            {
                return true;
            }
        }

        return false;
    }
}
