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
        [Card, EmailEveryone, StraightAway]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.ThankYouMessage != ThankYouMessage.None;

    /// <inheritdoc/>
    public override void Apply(in DecisionContext context, ref DecisionDraft draft)
    {
        if (context.HistoryRef.AttemptCount > 0)
        {
            return;
        }

        var people = context.Case.Interview.InterviewerArray;
        switch (context.Profile.ThankYouMessage)
        {
            case ThankYouMessage.HandwrittenNote:
                draft.SendThankYouNote(AllOf(people), people, Card);
                break;
            case ThankYouMessage.Email:
                var withAddress = WithEmail(people);
                if (withAddress != 0)
                {
                    draft.SendEmail(withAddress, people, EmailPurpose.ThankYou, EmailEveryone);
                    draft.Because(StraightAway);
                }

                break;
        }
    }

    internal static ulong AllOf(Interviewer[] people) => people.Length >= 64 ? ulong.MaxValue : (1UL << people.Length) - 1;

    internal static ulong WithEmail(Interviewer[] people)
    {
        var mask = 0UL;
        for (var i = 0; i < people.Length && i < 64; i++)
        {
            if (!string.IsNullOrWhiteSpace(people[i].Email))
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }
}
