using FollowUpRules.Catalogue;


namespace FollowUpRules.Strategies;

/// <summary>The reasons the policy itself gives, outside any strategy.</summary>
public static class LibraryReasons
{
    /// <summary>Windows start and end with the office's opening hours (FUR-02).</summary>
    public static readonly FollowUpReason OfficeHours = new(RuleIds.Fur02, "Calls fall inside the office's opening hours, in its own time zone.");

    /// <summary>A holiday was skipped (FUR-03).</summary>
    public static readonly FollowUpReason Holiday = new(RuleIds.Fur03, "The office is closed for a holiday, so no call is placed that day.");

    /// <summary>No window in the search horizon, but a later one (FUR-06).</summary>
    public static readonly FollowUpReason NoWindow = new(RuleIds.Fur06, "No call window opens within the profile's search horizon; the next one is later, so wait for it.");

    /// <summary>No window within a year (FUR-06).</summary>
    public static readonly FollowUpReason NoWindowInAYear = new(RuleIds.Fur06, "The office's hours, holidays and blackouts leave no time to call within a year.");

    /// <summary>No route, when no strategy settled one (FUR-08).</summary>
    public static readonly FollowUpReason NoRoute = new(RuleIds.Fur08, "There is no number to call and no other way the profile allows.");

    /// <summary>A window too short to be worth a call was passed over (FUR-11).</summary>
    public static readonly FollowUpReason TooShort = new(RuleIds.Fur11, "A window shorter than the profile's minimum was passed over.");

    /// <summary>A window at the time the employer named (FUR-12).</summary>
    public static readonly FollowUpReason NamedTime = new(RuleIds.Fur12, "The window is at the time the employer named, even if that falls inside a usual blackout.");

    /// <summary>Gets every library reason.</summary>
    public static IReadOnlyList<FollowUpReason> All { get; } = [OfficeHours, Holiday, NoWindow, NoWindowInAYear, NoRoute, TooShort, NamedTime];
}
