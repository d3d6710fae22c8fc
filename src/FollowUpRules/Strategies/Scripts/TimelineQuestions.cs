using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies.Scripts;

/// <summary>
/// What to ask about timing, as the profile's <see cref="FollowUpProfile.WhenNoDateGiven"/> says
/// (D7): a timeline for the decision (PHN-09, RCR-18, CBR-06); if none is given, whether a call back
/// after the profile's round interval is welcome (CBR-06's week). Each line cites an article the
/// profile follows, or FUR-09 (the round interval when no date is given) under a profile that
/// follows none of them.
/// </summary>
public sealed class TimelineQuestions : ScriptStrategy
{
    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(nameof(TimelineQuestions), "Asks for a timeline, or leave to call back in a week.", [RuleIds.Phn09, RuleIds.Cbr06, RuleIds.Rcr18, RuleIds.Fur09], [], [ProfileSettings.WhenNoDateGiven]);

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
        var profile = context.Profile;
        var callBackId = profile.Follows(ArticleSet.Cbr) ? RuleIds.Cbr06 : RuleIds.Fur09;
        var timelineId = profile.Follows(ArticleSet.Phn) ? RuleIds.Phn09
            : profile.Follows(ArticleSet.Rcr) ? RuleIds.Rcr18
            : callBackId;
        script.Line(ScriptSection.Questions, timelineId, "If you are still in the running, ask when they expect to make their decision.");
        if (approach == NoDateGivenApproach.AskToCallBackInAWeek)
        {
            script.Line(ScriptSection.Questions, callBackId, "If they cannot give a date, ask whether it would be all right to call back in a week.");
        }
    }
}
