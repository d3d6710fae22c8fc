using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Drafts the handwritten thank-you card (PHN-01), or the note that replaces a call (RCR-19).</summary>
public sealed class HandwrittenNoteDraft : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(HandwrittenNoteDraft), "Drafts the handwritten note for each recipient.", [RuleIds.Phn01, RuleIds.Rcr19, RuleIds.Fur16, RuleIds.Fur08], [], [ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.Allows(AllowedChannels.HandwrittenNote);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Action is not NextAction.SendThankYouNote note)
        {
            return;
        }

        // The draft follows the rule that chose the note: the thank-you card, or a note in place of a call.
        var thankYou = note.Purpose == AttemptPurpose.ThankYou;
        var profile = context.Profile;
        var ruleId = note.ChosenBecause?.RuleId
            ?? (thankYou ? (profile.Follows(RuleIds.Phn01) ? RuleIds.Phn01 : RuleIds.Fur16)
                : profile.Follows(RuleIds.Rcr19) ? RuleIds.Rcr19 : RuleIds.Fur08);
        foreach (var person in note.To)
        {
            script.Draft(new MessageDraft
            {
                Channel = ContactChannel.HandwrittenNote,
                To = person.Name,
                Body = thankYou
                    ? $"Dear {ScriptContext.FormOfAddress(person)},\n\nThank you for meeting me on {context.InterviewDay}. I enjoyed learning more about the {context.Role} role and {context.Company}, and I hope to hear from you.\n\nWith thanks,\n{context.CandidateName}"
                    : $"Dear {ScriptContext.FormOfAddress(person)},\n\nA short note to say I am still very interested in the {context.Role} role we discussed on {context.InterviewDay}, and I would be glad to hear how things stand.\n\nWith thanks,\n{context.CandidateName}",
                RuleId = ruleId,
            });
        }
    }
}
