using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.Cli;

/// <summary>Writes actions for people: times in the office's zone, one line per fact, values named as the JSON names them.</summary>
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
        When.Format(window.LocalStart) + "-" + Time.Format(window.LocalEnd.TimeOfDay) + ", " + JsonName(window.Quality);

    public static string Reasons(NextAction action) =>
        string.Join("\n", action.Reasons.Select(r => r.RuleId + " " + r.Explanation));

    /// <summary>An enum value as the JSON writes it: camelCase, such as <c>hiringManager</c>.</summary>
    public static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
