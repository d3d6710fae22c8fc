using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// What to do if voicemail answers: leave a short message with your name, the role, that you hoped
/// for an update, and thanks (RCR-10); or, past the profile's limit, hang up and call another time
/// (PHN-05, ETQ-11).
/// </summary>
public sealed class VoicemailMessage : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(VoicemailMessage), "Says what to do if voicemail answers.", [RuleIds.Rcr10, RuleIds.Phn05, RuleIds.Etq11, RuleIds.Fur05], [], [ProfileSettings.Channels]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (context.Call is not { } call)
        {
            return;
        }

        // The line carries out the call's voicemail plan, so it cites the reason of the strategy that planned it.
        if (call.VoicemailReason is not { } reason)
        {
            return;
        }

        if (call.IfVoicemail == VoicemailPlan.LeaveMessage)
        {
            script.Line(ScriptSection.IfVoicemail, reason.RuleId, $"\"Hello {ScriptContext.FormOfAddress(call.Whom)}, this is {context.CandidateName}. I interviewed for the {context.Role} role on {context.InterviewDay} and was hoping for an update on the position. My number is {context.CandidatePhone}. Thank you for your time.\"");
        }
        else
        {
            script.Line(ScriptSection.IfVoicemail, reason.RuleId, "Hang up without leaving a message and try another time: the aim is to speak to the person.");
        }
    }
}
