using NodaTime;

namespace FollowUpRules.Testing.Tests;

/// <summary>The cases the kit's tests play: an interview on Friday 6 March 2026 at 10:00 in London with Jane Smith.</summary>
internal static class Cases
{
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    public static readonly FollowUpPolicy Default = FollowUpPolicy.Create(FollowUpProfiles.Default);

    /// <summary>The kit's own sample, which docs/testing.md uses.</summary>
    public static FollowUpCase FridayInLondon() => FollowUpSamples.FridayInLondon();

    /// <summary>The story: a receptionist says Thursday at three; then voicemail twice; then silence for a month.</summary>
    public static ScenarioTranscript ReceptionistThenVoicemailTwiceThenSilence() =>
        FollowUpScenario.For(FridayInLondon())
            .OnCall(1, Answers.Receptionist(interviewerFreeAt: new LocalDateTime(2026, 3, 19, 15, 0)))
            .OnCall(2, Answers.Voicemail)
            .OnCall(3, Answers.Voicemail)
            .For(Period.FromMonths(1))
            .Run(Default);
}
