using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// What to ask about timing, as the profile's <see cref="FollowUpProfile.WhenNoDateGiven"/> says
/// (D7): a timeline for the decision (PHN-09); if none is given, whether a call back in a week is
/// welcome (CBR-06).
/// </summary>
public sealed class TimelineQuestions : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(TimelineQuestions), "Asks for a timeline, or leave to call back in a week.", [RuleIds.Phn09, RuleIds.Cbr06], [], [ProfileSettings.WhenNoDateGiven]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.WhenNoDateGiven != NoDateGivenApproach.NotAddressed;

    /// <inheritdoc/>
    public override void Contribute(in ScriptContext context, ScriptBuilder script)
    {
        if (!context.IsPhoneCall)
        {
            return;
        }

        var approach = context.Profile.WhenNoDateGiven;
        var timelineId = context.Profile.Follows(SourceArticles.Phn) || !context.Profile.Follows(SourceArticles.Cbr) ? RuleIds.Phn09 : RuleIds.Cbr06;
        script.Line(ScriptSection.Questions, timelineId, "If you are still in the running, ask when they expect to make their decision.");
        if (approach == NoDateGivenApproach.AskToCallBackInAWeek)
        {
            script.Line(ScriptSection.Questions, RuleIds.Cbr06, "If they cannot give a date, ask whether it would be all right to call back in a week.");
        }
    }
}
