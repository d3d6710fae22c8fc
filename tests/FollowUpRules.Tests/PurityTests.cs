using FluentAssertions;
using FollowUpRules.Tests.Fixtures;
using NodaTime;
using static FollowUpRules.Tests.Fixtures.Policies;

namespace FollowUpRules.Tests;

/// <summary>Deciding is pure: the same input gives the same output, whatever the attempts' order; the input is never changed.</summary>
public sealed class PurityTests
{
    private static CaseBuilder History() => CaseBuilder.London()
        .Emailed(L(2026, 3, 5, 12, 0))
        .Called(L(2026, 3, 10, 9, 5), Responder.Nobody)
        .Called(L(2026, 3, 11, 9, 5), Responder.Receptionist, a => a with { InterviewerAvailableAt = L(2026, 3, 12, 16, 0) })
        .Called(L(2026, 3, 12, 16, 0), Responder.Interviewer, a => a with { Status = CandidateStatus.StillUnderConsideration, DecisionExpectedBy = new LocalDate(2026, 3, 20) });

    [Fact]
    public void Decide_AttemptsInAnyOrder_GivesTheSameAction()
    {
        var builder = History();
        var ordered = builder.Build();
        var now = builder.At(L(2026, 3, 23, 9, 0));
        var expected = Default.Decide(ordered, now);

        foreach (var permutation in Permutations(ordered.Attempts.ToList()))
        {
            foreach (var policy in FollowUpProfiles.All.Select(FollowUpPolicy.Create))
            {
                policy.Decide(ordered with { Attempts = permutation }, now).Should().Be(policy.Decide(ordered, now), policy.Profile.Name);
            }
        }

        expected.Should().BeOfType<NextAction.Call>();
    }

    [Fact]
    public void Decide_TiedTimestamps_AreOrderedByContentNotPosition()
    {
        var builder = CaseBuilder.London();
        var at = L(2026, 3, 10, 9, 5);
        var a = builder.Called(at, Responder.Interviewer, x => x with { Status = CandidateStatus.PositionFilled }).Build();
        var b = a with { Attempts = [a.Attempts[0], new ContactAttempt { At = a.Attempts[0].At, Channel = ContactChannel.Email }] };
        var c = b with { Attempts = [b.Attempts[1], b.Attempts[0]] };

        Default.Decide(b, builder.At(L(2026, 3, 11, 9, 0))).Should().Be(Default.Decide(c, builder.At(L(2026, 3, 11, 9, 0))));
    }

    [Fact]
    public void Decide_SameInputTwice_GivesEqualActions()
    {
        var builder = History();
        var now = builder.At(L(2026, 3, 23, 8, 0));

        Default.Decide(builder.Build(), now).Should().Be(Default.Decide(builder.Build(), now));
    }

    [Fact]
    public void Decide_LeavesTheCaseUnchanged()
    {
        var builder = History();
        var followUp = builder.Build();
        var copy = builder.Build();

        foreach (var policy in FollowUpProfiles.All.Select(FollowUpPolicy.Create))
        {
            var action = policy.Decide(followUp, builder.At(L(2026, 3, 23, 8, 0)));
            policy.Script(followUp, action);
        }

        followUp.Should().Be(copy);
    }

    [Fact]
    public void Decide_FromEightThreads_GivesTheSingleThreadedResults()
    {
        var builder = History();
        var followUp = builder.Build();
        var instants = Enumerable.Range(0, 2000).Select(i => builder.At(L(2026, 3, 12, 17, 0)) + Duration.FromHours(i)).ToArray();
        var expected = instants.Select(i => Default.Decide(followUp, i)).ToArray();

        var actual = new NextAction[instants.Length];
        Parallel.For(0, instants.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Default.Decide(followUp, instants[i]));

        actual.Should().Equal(expected);
    }

    private static IEnumerable<List<T>> Permutations<T>(List<T> items)
    {
        if (items.Count <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var rest = items.Where((_, j) => j != i).ToList();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
