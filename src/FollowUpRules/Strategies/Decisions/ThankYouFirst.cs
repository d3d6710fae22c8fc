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

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(ThankYouFirst),
        "Sends the thank-you (email to everyone met, or a card) before any other contact.",
        [RuleIds.Phn01, RuleIds.Eml02, RuleIds.Eml05],
        [Card, EmailEveryone, StraightAway],
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
        switch (context.Profile.ThankYouMessage)
        {
            case ThankYouMessage.HandwrittenNote:
                draft.WriteNote(people, AttemptPurpose.ThankYou, Card);
                break;
            case ThankYouMessage.Email when AnyoneHasEmail(people):
                draft.Email(people.Where(p => p.HasEmail), AttemptPurpose.ThankYou, EmailEveryone);
                draft.Because(StraightAway);
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
