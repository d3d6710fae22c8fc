using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies;

/// <summary>
/// The reasons of the window search itself (<see cref="CallPlanContext.FindWindows"/>): the facts of
/// the office calendar that bound every window, whatever the strategies. Every policy can cite them.
/// </summary>
public static class WindowSearchReasons
{
    /// <summary>Windows start and end with the office's opening hours (FUR-02).</summary>
    public static readonly FollowUpReason OfficeHours = new(RuleIds.Fur02, "Calls fall inside the office's opening hours, in its own time zone.");

    /// <summary>A holiday was passed over (FUR-03).</summary>
    public static readonly FollowUpReason Holiday = new(RuleIds.Fur03, "The office is closed for a holiday, so no call is placed that day.");

    /// <summary>A window too short to be worth a call was passed over (FUR-11).</summary>
    public static readonly FollowUpReason TooShort = new(RuleIds.Fur11, p => $"A window shorter than the profile's minimum of {ProfileWords.Of(p.MinimumCallWindow)} was passed over.");

    /// <summary>Gets every reason of the window search.</summary>
    public static IReadOnlyList<FollowUpReason> All { get; } = [OfficeHours, Holiday, TooShort];
}
