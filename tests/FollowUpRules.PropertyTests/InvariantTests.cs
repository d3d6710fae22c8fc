using FluentAssertions;
using FollowUpRules.Simulation;
using FollowUpRules.Strategies;
using FollowUpRules.Tests.Shared;
using NodaTime;

namespace FollowUpRules.PropertyTests;

/// <summary>The engine's invariants over generated cases, each checked on 10,000 cases with a fixed seed.</summary>
public sealed class InvariantTests(ITestOutputHelper output)
{
    private static readonly Duration Quarter = Duration.FromMinutes(15);

    private static NextAction Decide(Sample sample) => PropertyRun.Policies[sample.Profile.Name].Decide(sample.Case, sample.Now);

    private static IEnumerable<CallWindow> Windows(NextAction action) =>
        action is NextAction.Call call ? new[] { call.Window }.Concat(call.Alternatives) : [];

    [Fact]
    public void EveryProposedWindow_LiesInOpenHoursClearOfEveryBlackoutAndMapsToRealInstants()
    {
        PropertyRun.Check(output, "windows are allowed", sample =>
        {
            var action = Decide(sample);
            if (action is not NextAction.Call call)
            {
                return;
            }

            var zone = DateTimeZoneProviders.Tzdb[sample.Case.Office.TimeZoneId];
            foreach (var window in Windows(action))
            {
                window.LocalStart.Should().Be(window.Start.InZone(zone).LocalDateTime, sample.ToString());
                if (window.Quality == CallWindowQuality.Requested)
                {
                    continue;
                }

                for (var m = window.Start; m < window.End; m += Quarter)
                {
                    ReferenceWindows.Allows(sample.Case, sample.Profile, call.Whom, m).Should().BeTrue($"{m} in {window} must be callable\n{sample}");
                }

                ReferenceWindows.Allows(sample.Case, sample.Profile, call.Whom, window.End - Duration.FromSeconds(1)).Should().BeTrue($"the end of {window}\n{sample}");
            }
        });
    }

    [Fact]
    public void Windows_AreOrderedDoNotOverlapAndStartNoEarlierThanNowOrTheProfilesFirstCallTime()
    {
        PropertyRun.Check(output, "windows are ordered", sample =>
        {
            var action = Decide(sample);
            var windows = Windows(action).ToList();
            var zone = DateTimeZoneProviders.Tzdb[sample.Case.Office.TimeZoneId];
            var calendar = new OfficeCalendar(sample.Case.Office, zone, null);

            // The profile's own first follow-up time binds every call the employer did not ask for.
            var earliest = action is NextAction.Call { RequestedByEmployer: true }
                ? sample.Case.Interview.At
                : calendar.OpeningAfter(sample.Case.Interview.At, sample.Profile.FirstCallDelayDays, sample.Profile.DayCounting);
            for (var i = 0; i < windows.Count; i++)
            {
                windows[i].Start.Should().BeGreaterThanOrEqualTo(sample.Now, sample.ToString());
                windows[i].Start.Should().BeGreaterThanOrEqualTo(earliest, sample.ToString());
                windows[i].End.Should().BeGreaterThan(windows[i].Start, sample.ToString());
                if (i > 0)
                {
                    windows[i].Start.Should().BeGreaterThanOrEqualTo(windows[i - 1].End, sample.ToString());
                }
            }
        });
    }

    [Fact]
    public void TheProfilesLimits_AreNeverExceededByWhatItProposes()
    {
        PropertyRun.Check(output, "limits hold", sample =>
        {
            var action = Decide(sample);
            var zone = DateTimeZoneProviders.Tzdb[sample.Case.Office.TimeZoneId];
            var history = PropertyRun.History(sample.Case, sample.Profile);
            // A call the employer asked for, or whatever is sent in its place once it is due, answers
            // them and is outside the limits (FUR-14, RCR-17).
            var invited = action is NextAction.Call { RequestedByEmployer: true }
                || (history.PendingInvitation is { } pending && sample.Now >= pending.UsableFrom);
            if (action is NextAction.Call { IfVoicemail: VoicemailPlan.LeaveMessage })
            {
                history.VoicemailsLeft.Should().BeLessThan(sample.Profile.MaxVoicemails, sample.ToString());
            }

            var followUp = action is NextAction.Call or NextAction.MessageOnLinkedIn
                || (action is NextAction.SendEmail { Purpose: AttemptPurpose.FollowUp })
                || (action is NextAction.SendThankYouNote && history.Count > 0);
            if (followUp && !invited)
            {
                history.UninvitedFollowUps.Should().BeLessThan(sample.Profile.MaxAttempts, sample.ToString());
                if (sample.Profile.MaxFollowUpRounds is { } rounds)
                {
                    FollowUpRounds.Of(history, sample.Profile.AttemptsPerRound).Completed.Should().BeLessThan(rounds + (sample.Profile.FinalCallAfterSilence is null ? 0 : 1), sample.ToString());
                }
            }
        });
    }

    [Fact]
    public void PlayedForwardWithNobodyAnswering_NeverLeavesMoreVoicemailsOrMakesMoreAttemptsThanAllowed()
    {
        PropertyRun.Check(output, "simulated limits hold", sample =>
        {
            var policy = PropertyRun.Policies[sample.Profile.Name];
            var zone = DateTimeZoneProviders.Tzdb[sample.Case.Office.TimeZoneId];
            var before = PropertyRun.History(sample.Case, sample.Profile);
            var transcript = FollowUpSimulator.Run(policy, sample.Case, sample.Now, maxSteps: 80);
            var after = PropertyRun.History(transcript.FinalCase, sample.Profile);

            after.VoicemailsLeft.Should().BeLessThanOrEqualTo(Math.Max(before.VoicemailsLeft, sample.Profile.MaxVoicemails), sample.ToString());
            after.UninvitedFollowUps.Should().BeLessThanOrEqualTo(Math.Max(before.UninvitedFollowUps, sample.Profile.MaxAttempts), sample.ToString());
            transcript.Stopped.Should().BeTrue("every follow-up ends\n" + sample);
        }, count: PropertyRun.Count / 5);
    }

    [Fact]
    public void TheSameInput_GivesTheSameOutput_EvenWithTheAttemptsInAnotherOrder()
    {
        PropertyRun.Check(output, "deterministic", sample =>
        {
            var first = Decide(sample);
            Decide(sample).Should().Be(first, sample.ToString());
            var shuffled = sample.Case.Attempts.OrderBy(_ => Random.Shared.Next()).ToArray();
            var reordered = sample with { Case = sample.Case with { Attempts = shuffled } };
            Decide(reordered).Should().Be(first, sample.ToString());
        });
    }

    [Fact]
    public void OnceFilledOfferedOrOut_EveryLaterDecisionIsAStop()
    {
        PropertyRun.Check(output, "outcomes are final", sample =>
        {
            var zone = DateTimeZoneProviders.Tzdb[sample.Case.Office.TimeZoneId];
            var history = PropertyRun.History(sample.Case, sample.Profile);
            if (history.Outcome is null)
            {
                return;
            }

            foreach (var later in new[] { Duration.Zero, Duration.FromHours(1), Duration.FromDays(1), Duration.FromDays(90) })
            {
                var action = PropertyRun.Policies[sample.Profile.Name].Decide(sample.Case, sample.Now + later);
                action.Should().BeOfType<NextAction.Stop>(sample.ToString());
            }
        });
    }

    [Fact]
    public void AValidCase_NeverThrowsAndEveryDecisionHasAReason()
    {
        PropertyRun.Check(output, "no throw, always a reason", sample =>
        {
            var policy = PropertyRun.Policies[sample.Profile.Name];
            policy.Validate(sample.Case, sample.Now).Should().BeEmpty(sample.ToString());
            var action = policy.Decide(sample.Case, sample.Now);
            action.Reasons.Count.Should().BeGreaterThan(0, sample.ToString());
            policy.Script(sample.Case, action).Should().NotBeNull();
        });
    }

    [Fact]
    public void TheWindowSearch_MatchesTheMinuteByMinuteReferenceOnSampledCases()
    {
        PropertyRun.Check(output, "search matches the reference", sample =>
        {
            var profile = sample.Profile with { MinimumCallWindow = Duration.FromMinutes(1) };
            if (!profile.AllowsPhone)
            {
                return;
            }

            var policy = FollowUpPolicy.Create(profile);
            var from = sample.Now;
            var until = from + Duration.FromDays(3);
            var engine = new HashSet<Instant>();
            foreach (var window in policy.FindCallWindows(sample.Case, from, 100).Where(w => w.Start < until))
            {
                for (var m = window.Start; m < window.End && m < until; m += Duration.FromMinutes(1))
                {
                    engine.Add(m);
                }
            }

            var reference = new HashSet<Instant>();
            for (var m = from; m < until; m += Duration.FromMinutes(1))
            {
                if (ReferenceWindows.Allows(sample.Case, profile, sample.Case.Interview.Lead, m))
                {
                    reference.Add(m);
                }
            }

            engine.Should().BeEquivalentTo(reference, sample.ToString());
        }, count: Math.Max(1, PropertyRun.Count / 50));
    }
}
