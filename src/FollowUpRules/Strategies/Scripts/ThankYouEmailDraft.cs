using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// Drafts the thank-you email, one per person met (EML-02): short, thanking them for their time,
/// saying in the candidate's own words why they want to work there, and looking forward to hearing
/// back (EML-03). Also drafts the follow-up email that replaces a call (RCR-19).
/// </summary>
public sealed class ThankYouEmailDraft : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(ThankYouEmailDraft), "Drafts the thank-you email for each person met.", [RuleIds.Eml03, RuleIds.Eml02, RuleIds.Fur16], [], [ProfileSettings.ThankYouMessage]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.ThankYouMessage == ThankYouMessage.Email;

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Action is not NextAction.SendEmail { Purpose: AttemptPurpose.ThankYou } email)
        {
            return;
        }

        var role = context.Role;
        var copy = context;
        // EML-03 is how to write it; a profile that does not follow EML cites why the email is sent.
        var ruleId = context.Profile.Follows(RuleIds.Eml03) ? RuleIds.Eml03 : email.ChosenBecause?.RuleId ?? RuleIds.Fur16;
        EmailEach(script, email, "Thank you: " + role + " interview", person => Body(copy, ScriptContext.FormOfAddress(person)), ruleId);
    }

    /// <summary>Drafts one email to each recipient of <paramref name="email"/>.</summary>
    internal static void EmailEach(ScriptBuilder script, NextAction.SendEmail email, string subject, Func<Interviewer, string> body, RuleId ruleId)
    {
        foreach (var person in email.To)
        {
            script.Draft(new MessageDraft
            {
                Channel = ContactChannel.Email,
                To = person.Name,
                Address = person.Email,
                Subject = subject,
                Body = body(person),
                RuleId = ruleId,
            });
        }
    }

    internal static string Body(in ScriptContext context, string addressed) =>
        $"Dear {addressed},\n\n"
        + $"Thank you for taking the time to meet me on {context.InterviewDay} about the {context.Role} role.\n\n"
        + $"[One or two sentences, in your own words, on why you want to work at {context.Company}.]\n\n"
        + "I look forward to hearing from you.\n\n"
        + $"Kind regards,\n{context.CandidateName}"
        + (string.IsNullOrWhiteSpace(context.Case.Candidate.Phone) ? string.Empty : "\n" + context.Case.Candidate.Phone);
}
