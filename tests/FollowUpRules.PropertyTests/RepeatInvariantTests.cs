using System.Collections.Concurrent;
using FluentAssertions;
using FollowUpRules.Simulation;
using NodaTime;

namespace FollowUpRules.PropertyTests;

/// <summary>
/// What was just done is not proposed again at once (issue 15.8): each generated case's proposed
/// action is recorded as done, with an outcome drawn from the sample, through the simulator (which
/// records the action's purpose), and the case is decided again 10 minutes later.
/// </summary>
public sealed class RepeatInvariantTests(ITestOutputHelper output)
{
    private static readonly Duration TenMinutes = Duration.FromMinutes(10);

    private static readonly IReadOnlyList<FollowUpReason> EmployerCallBackReasons = new FollowUpRules.Strategies.Decisions.EmployerCallBack().Descriptor.Reasons;

    [Fact]
    public void RightAfterAnActionIsDone_TheNextDecisionNeverRepeatsItToTheSamePersonSoonerThanTheProfilesSpacing()
    {
        var acted = 0;
        var repeats = new ConcurrentBag<string>();
        PropertyRun.Check(output, "no repeat at once", sample =>
        {
            var policy = PropertyRun.Policies[sample.Profile.Name];
            var first = policy.Decide(sample.Case, sample.Now);
            if (first is NextAction.Wait or NextAction.Stop)
            {
                return;
            }

            Interlocked.Increment(ref acted);
            var random = new Random(sample.Seed);
            var outcome = Outcome(random, first, sample);
            var transcript = FollowUpSimulator.Run(policy, sample.Case, sample.Now, _ => outcome, maxSteps: 1);
            var done = transcript.Steps[0].Recorded!;
            done.Purpose.Should().NotBeNull("the simulator records what each action was for\n" + sample);

            var next = policy.Decide(transcript.FinalCase, done.At + TenMinutes);
            if (Repeats(first, done, next, sample) is { } why)
            {
                repeats.Add($"{sample.Profile.Name}: {why}\n  first {first.Describe()}\n  outcome {done}\n  then  {next.Describe()}\n  {sample}");
            }
        });

        output.WriteLine($"{repeats.Count} repeats in {acted} cases that proposed an action ({(acted == 0 ? 0 : 100.0 * repeats.Count / acted):0.00}%)");
        foreach (var repeat in repeats.Take(5))
        {
            output.WriteLine(repeat);
        }

        acted.Should().BeGreaterThan(PropertyRun.Count / 10, "the generated cases propose actions");
        repeats.Should().BeEmpty("an action just done is not proposed again sooner than the profile's spacing");
    }

    /// <summary>Any outcome the action can have: nobody, voicemail, a receptionist, the person, with or without news or a time.</summary>
    private static SimulatedResponse Outcome(Random random, NextAction action, Sample sample)
    {
        var zone = DateTimeZoneProviders.Tzdb[sample.Case.Office.TimeZoneId];
        var today = sample.Now.InZone(zone).Date;
        if (action is not NextAction.Call)
        {
            var replier = action is NextAction.ContactAgency ? Responder.Agency : Responder.Interviewer;
            return random.Next(4) switch
            {
                0 => SimulatedResponse.NoAnswer,
                1 => new SimulatedResponse { AnsweredBy = Responder.Nobody },
                2 => new SimulatedResponse { AnsweredBy = replier },
                _ => new SimulatedResponse { AnsweredBy = replier, Status = CandidateStatus.StillUnderConsideration, DecisionExpectedBy = today.PlusDays(10) },
            };
        }

        return random.Next(9) switch
        {
            0 => SimulatedResponse.NoAnswer,
            1 => new SimulatedResponse { AnsweredBy = Responder.Nobody },
            2 => new SimulatedResponse { AnsweredBy = Responder.Voicemail, VoicemailLeft = false },
            3 => new SimulatedResponse { AnsweredBy = Responder.Voicemail, VoicemailLeft = true },
            4 => new SimulatedResponse { AnsweredBy = Responder.Receptionist },
            5 => new SimulatedResponse { AnsweredBy = Responder.Interviewer },
            6 => new SimulatedResponse { AnsweredBy = Responder.Interviewer, DecisionExpectedBy = today.PlusDays(7) },
            7 => new SimulatedResponse { AnsweredBy = Responder.Receptionist, CallBackOnOrAfter = today.PlusDays(3) },
            _ => new SimulatedResponse { AnsweredBy = Responder.StaffNotAtInterview, Status = CandidateStatus.StillUnderConsideration },
        };
    }

    /// <summary>Says why <paramref name="next"/> repeats <paramref name="first"/> too soon, or <see langword="null"/>.</summary>
    private static string? Repeats(NextAction first, ContactAttempt done, NextAction next, Sample sample)
    {
        if (next.Kind != first.Kind || !SamePerson(first, next))
        {
            return null;
        }

        // The shortest spacing any profile puts between two contacts of one kind to one person is
        // its redial spacing (FUR-04), in office days; a call back the employer just asked for is exempt.
        var zone = DateTimeZoneProviders.Tzdb[sample.Case.Office.TimeZoneId];
        var allowed = done.At.InZone(zone).Date.PlusDays(sample.Profile.RedialAfterDays);
        if (next is NextAction.Call call)
        {
            if (call.RequestedByEmployer && done.GaveCallBackTime)
            {
                return null;
            }

            return call.Window.Start.InZone(zone).Date < allowed ? "a call to the same person " + call.Window.Start.InZone(zone).Date + ", before " + allowed : null;
        }

        // The written stand-in for a call back the employer asked for (no number to call) keeps the employer's date.
        if (first.Kind != next.Kind || EmployerCallBackReasons.Any(next.Reasons.Contains) && !EmployerCallBackReasons.Any(first.Reasons.Contains))
        {
            return null;
        }

        return (done.At + TenMinutes).InZone(zone).Date < allowed ? next.Kind + " again to the same person 10 minutes later" : null;
    }

    private static bool SamePerson(NextAction first, NextAction next) => (first, next) switch
    {
        (NextAction.Call a, NextAction.Call b) => a.Whom.Name == b.Whom.Name,
        (NextAction.SendEmail a, NextAction.SendEmail b) => a.To.Any(p => b.To.Any(q => q.Name == p.Name)),
        (NextAction.SendThankYouNote a, NextAction.SendThankYouNote b) => a.To.Any(p => b.To.Any(q => q.Name == p.Name)),
        (NextAction.MessageOnLinkedIn a, NextAction.MessageOnLinkedIn b) => a.Recipient == b.Recipient,
        (NextAction.ContactAgency, NextAction.ContactAgency) => true,
        _ => false,
    };
}
