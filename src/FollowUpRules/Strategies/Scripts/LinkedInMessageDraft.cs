using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>Drafts the LinkedIn message to the person the work was already discussed with there (RCR-20).</summary>
public sealed class LinkedInMessageDraft : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(LinkedInMessageDraft), "Drafts the LinkedIn message.", [RuleIds.Rcr20, RuleIds.Fur16], [], [ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.Allows(AllowedChannels.LinkedInMessage);

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Action is not NextAction.MessageOnLinkedIn message)
        {
            return;
        }

        script.Draft(new MessageDraft
        {
            Channel = ContactChannel.LinkedInMessage,
            To = message.Recipient,
            Body = $"Hi {Addressed(context, message.Recipient)}, following on from our messages here: I interviewed for the {context.Role} role on {context.InterviewDay} and am still very interested. Is there any news on the timeline? Thanks, {context.CandidateName}",
            RuleId = context.Profile.Follows(RuleIds.Rcr20) ? RuleIds.Rcr20 : RuleIds.Fur16,
        });
    }

    /// <summary>How to address the recipient: as the case says for the interviewer of that name, else from the name.</summary>
    private static string Addressed(in ScriptContext context, string recipient)
    {
        foreach (var person in context.Case.Interview.Interviewers)
        {
            if (string.Equals(person.Name, recipient, StringComparison.Ordinal))
            {
                return ScriptContext.FormOfAddress(person);
            }
        }

        return ScriptContext.FormOfAddress(recipient);
    }
}
