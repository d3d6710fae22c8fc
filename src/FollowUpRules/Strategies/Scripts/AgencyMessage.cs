using FollowUpRules.Catalogue;
using FollowUpRules.Strategies.Decisions;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// Drafts the message to the agency representative: the thank-you to pass on (EML-04), or the
/// request for an update, by email or as lines for a call (RCR-03). Each cites the rule the decision
/// contacted the agency by: under a profile that does not follow the article, EML-04, FUR-08 when
/// the agency is the only route left, or FUR-16 for a thank-you or an update the profile sets.
/// </summary>
public sealed class AgencyMessage : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(AgencyMessage), "Drafts what to send or say to the agency.", [RuleIds.Eml04, RuleIds.Rcr03, RuleIds.Fur08, RuleIds.Fur16]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => true;

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Action is not NextAction.ContactAgency agency)
        {
            return;
        }

        var name = agency.Agency.Name;
        var addressed = ScriptContext.FormOfAddress(name);
        if (agency.Request == AgencyRequest.ForwardThankYou)
        {
            script.Draft(new MessageDraft
            {
                Channel = agency.Channel,
                To = name,
                Address = agency.Channel == ContactChannel.Email ? agency.Agency.Email : null,
                Subject = agency.Channel == ContactChannel.Email ? "Please pass on: thank you for the " + context.Role + " interview" : null,
                Body = $"Hi {addressed},\n\nI don't have contact details for the people I met at {context.Company}. Could you please pass the note below on to them?\n\n---\n"
                    + ThankYouEmailDraft.Body(context, context.PersonAddressed)
                    + "\n---\n\nThank you,\n" + context.CandidateName,
                RuleId = context.Profile.Follows(RuleIds.Eml04) ? RuleIds.Eml04 : RuleIds.Fur16,
            });
            return;
        }

        // The update cites the rule the decision chose the agency by, so that a profile cites only its own sources.
        var update = ChosenBy(agency) ?? context.Profile.ChooseReason(AgencyAsLastRoute.ThroughAgency, AgencyAsLastRoute.ThroughAgencyRcr, AgencyAsLastRoute.ThroughAgencyEml).RuleId;
        if (agency.Channel == ContactChannel.Phone)
        {
            script.Line(ScriptSection.Greeting, update, $"\"Hi {addressed}, it's {context.CandidateName}. I interviewed with {context.Company} for the {context.Role} role on {context.InterviewDay}; have you heard anything from them?\"");
            script.Line(ScriptSection.Questions, update, "Ask whether the company has given any timeline, and whether there is anything you should send them.");
        }
        else
        {
            script.Draft(new MessageDraft
            {
                Channel = ContactChannel.Email,
                To = name,
                Address = agency.Agency.Email,
                Subject = "Any news on the " + context.Role + " role?",
                Body = $"Hi {addressed},\n\nI interviewed with {context.Company} for the {context.Role} role on {context.InterviewDay}. Have you heard anything from them, or do they need anything more from me?\n\nThanks,\n{context.CandidateName}",
                RuleId = update,
            });
        }
    }

    /// <summary>The rule of the reason the decision contacted the agency for, when the action carries one.</summary>
    private static RuleId? ChosenBy(NextAction.ContactAgency agency)
    {
        foreach (var reason in agency.Reasons)
        {
            var declared = reason.Declared;
            if (declared == AgencyUpdateFirst.AskAgency || declared == AgencyUpdateFirst.AskAgencyLibrary
                || declared == AgencyAsLastRoute.ThroughAgencyRcr || declared == AgencyAsLastRoute.ThroughAgencyEml || declared == AgencyAsLastRoute.ThroughAgency)
            {
                return reason.RuleId;
            }
        }

        return null;
    }
}
