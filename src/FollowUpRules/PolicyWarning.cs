namespace FollowUpRules;

/// <summary>Something a policy's builder noticed about its composition and did not refuse (see <see cref="PolicyStrategies.Warnings"/>).</summary>
/// <param name="Setting">The profile setting concerned.</param>
/// <param name="Value">The setting's value in the policy's profile.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record PolicyWarning(ProfileSetting Setting, string Value, string Message)
{
    /// <summary>Formats the warning as one line.</summary>
    /// <returns>For example <c>maxVoicemails = 1: no strategy of this policy reads it, so it has no effect ...</c>.</returns>
    public override string ToString() => Setting.Path + " = " + Value + ": " + Message;
}
