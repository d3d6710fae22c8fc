using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary>Writes actions for people: times in the office's zone, one line per fact.</summary>
internal static class ActionText
{
    private static readonly LocalDateTimePattern When = LocalDateTimePattern.Create("ddd d MMM HH':'mm", CultureInfo.InvariantCulture);
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    public static string Describe(NextAction action, DateTimeZone office) => action switch
    {
        NextAction.Wait wait => "Wait until " + When.Format(wait.Until.InZone(office).LocalDateTime),
        NextAction.Call call => "Call " + call.Whom.Name + " on " + call.Number + (call.NumberKind == CallNumberKind.GeneralNumber ? " (general number)" : string.Empty)
            + "\n" + Window(call.Window) + (call.IsFinalCall ? " (final call)" : string.Empty)
            + "\nIf voicemail: " + (call.IfVoicemail == VoicemailPlan.LeaveMessage ? "leave a message" : "hang up, call later")
            + "\nIf a receptionist: " + (call.IfGatekeeper == GatekeeperPlan.AskToBePutThrough ? "ask to be put through" : "ask when they are free"),
        _ => action.Describe(),
    };

    public static string Window(CallWindow window) =>
        When.Format(window.LocalStart) + "-" + Time.Format(window.LocalEnd.TimeOfDay) + ", " + window.Quality.ToString().ToLowerInvariant();

    public static string Reasons(NextAction action) =>
        string.Join("\n", action.Reasons.Select(r => r.RuleId + " " + r.Explanation));
}
