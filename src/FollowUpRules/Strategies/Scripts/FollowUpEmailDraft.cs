using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Drafts the email that replaces a follow-up call (RCR-19): who you are, continued interest, a question about the timeline, thanks.</summary>
public sealed class FollowUpEmailDraft : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(FollowUpEmailDraft), "Drafts the email that replaces a call.", [RuleIds.Rcr19, RuleIds.Fur08], [], [ProfileSettings.OfferWrittenAlternatives]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.OfferWrittenAlternatives;

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Action is not NextAction.SendEmail { Purpose: AttemptPurpose.FollowUp } email)
        {
            return;
        }

        var copy = context;
        ThankYouEmailDraft.EmailEach(
            script,
            email,
            "Following up: " + context.Role + " interview",
            person => $"Dear {ScriptContext.FormOfAddress(person)},\n\n"
                + $"I interviewed for the {copy.Role} role on {copy.InterviewDay} and wanted to say that I remain very interested in it.\n\n"
                + (copy.Topic is { } topic ? $"I especially valued our conversation about {topic}.\n\n" : string.Empty)
                + "Could you tell me how the hiring timeline looks? I am happy to answer any questions about my application.\n\n"
                + $"Thank you again for your time.\n\nKind regards,\n{copy.CandidateName}"
                + (string.IsNullOrWhiteSpace(copy.Case.Candidate.Phone) ? string.Empty : "\n" + copy.Case.Candidate.Phone),
            email.ChosenBecause?.RuleId ?? (context.Profile.Follows(RuleIds.Rcr19) ? RuleIds.Rcr19 : RuleIds.Fur08));
    }
}
