namespace FollowUpRules.Strategies;

/// <summary>
/// A strategy about what to say or write: it adds lines to a call script or drafts messages for an
/// action. Rendered only on request (<see cref="IFollowUpPolicy.Script"/>), never while deciding.
/// </summary>
/// <remarks>
/// <para>A line or draft that carries out a decision (what to do on voicemail, with a gatekeeper, why
/// a note is sent) cites the reason the deciding strategy gave, which travels on the action (for
/// example <see cref="NextAction.Call.VoicemailReason"/>): replacing that strategy changes what the
/// script cites.</para>
/// <para>By default a script strategy is part of a policy when the profile follows the article of the
/// first rule ID its descriptor names (<see cref="FollowUpProfile.Sources"/>); a host strategy with
/// its own ID prefix, or one citing the library's FUR rules, is always included.</para>
/// </remarks>
public abstract class ScriptStrategy : FollowUpStrategy
{
    /// <summary>Adds this strategy's lines or drafts for the action in <paramref name="context"/>.</summary>
    /// <param name="context">The case, the action, the profile and the office calendar.</param>
    /// <param name="script">The script being built.</param>
    public abstract void Contribute(in ScriptContext context, ScriptBuilder script);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => Guard.NotNull(profile).Follows(Descriptor.RuleIds[0]);
}
