using NodaTime;

namespace FollowUpRules.Tests.Fixtures;

/// <summary>Policies built once per profile for the whole test run (policies are immutable and thread-safe).</summary>
internal static class Policies
{
    public static readonly FollowUpPolicy Default = FollowUpPolicy.Create(FollowUpProfiles.Default);
    public static readonly FollowUpPolicy Etq = FollowUpPolicy.Create(FollowUpProfiles.Etq);
    public static readonly FollowUpPolicy Eml = FollowUpPolicy.Create(FollowUpProfiles.Eml);
    public static readonly FollowUpPolicy Phn = FollowUpPolicy.Create(FollowUpProfiles.Phn);
    public static readonly FollowUpPolicy Rcr = FollowUpPolicy.Create(FollowUpProfiles.Rcr);
    public static readonly FollowUpPolicy Cbr = FollowUpPolicy.Create(FollowUpProfiles.Cbr);

    public static FollowUpPolicy For(string name) => name switch
    {
        "default" => Default,
        "etq" => Etq,
        "eml" => Eml,
        "phn" => Phn,
        "rcr" => Rcr,
        "cbr" => Cbr,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such profile"),
    };

    /// <summary>A profile with one setting changed, built into a policy.</summary>
    public static FollowUpPolicy With(Func<FollowUpProfile, FollowUpProfile> change, FollowUpProfile? from = null) =>
        FollowUpPolicy.Create(change(from ?? FollowUpProfiles.Default));

    public static LocalDateTime L(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute);
}

/// <summary>Policies for testing one window rule at a time: CBR's profile, which has no blackout of its own, plus the one setting under test.</summary>
internal static class WindowPolicies
{
    public static FollowUpPolicy Only(Func<FollowUpProfile, FollowUpProfile> setting) =>
        FollowUpPolicy.Create(setting(FollowUpProfiles.Cbr with { Name = "window-test" }));

    public static IReadOnlyList<CallWindow> WindowsOf(FollowUpPolicy policy, CaseBuilder builder, NodaTime.LocalDateTime from, int count = 6) =>
        policy.FindCallWindows(builder.Build(), builder.At(from), count);

    public static string Describe(IEnumerable<CallWindow> windows) =>
        string.Join("; ", windows.Select(w => w.LocalStart.ToString("ddd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + "-" + w.LocalEnd.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
}
