using System.Collections.Concurrent;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// Decides many cases at once, as a nightly batch or a candidate list does: one result per case, in
/// the cases' order; an invalid case (or one a strategy fails on) gives an error result for that case
/// only, and the rest are decided.
/// </summary>
/// <remarks>
/// Results can be written into an array or span the caller owns, so a batch allocates nothing beyond
/// the actions themselves. With a degree of parallelism above one, the cases are split into ranges
/// decided on that many threads; the results are the same as deciding them one by one.
/// </remarks>
public static class FollowUpBatch
{
    /// <summary>The most cases one thread takes at a time in a parallel batch.</summary>
    private const int MaxRange = 4096;

    /// <summary>Decides every case at <paramref name="now"/> into <paramref name="results"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="cases">The cases.</param>
    /// <param name="now">The instant to decide at.</param>
    /// <param name="results">Where the results go, one per case, at least as long as <paramref name="cases"/>.</param>
    /// <param name="maxDegreeOfParallelism">How many threads to use; 1 decides on the calling thread.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="cases"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public static void DecideAll(this IFollowUpPolicy policy, IReadOnlyList<FollowUpCase> cases, Instant now, BatchDecision[] results, int maxDegreeOfParallelism = 1)
    {
        Guard.NotNull(policy);
        Guard.NotNull(cases);
        Guard.NotNull(results);
        CheckRoom(results.Length, cases.Count);

        if (maxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use 1 or more threads.");
        }

        if (maxDegreeOfParallelism == 1 || cases.Count < 2)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                results[i] = DecideOne(policy, cases[i], i, now);
            }

            return;
        }

        // Ranges of at most 4,096 cases (a few milliseconds each): when the last range is handed
        // out, the other threads wait at most that long for it, where a range per eighth of a
        // thread's share left one thread idle for tens of milliseconds at the end of a large batch.
        var chunk = Math.Max(64, Math.Min(MaxRange, cases.Count / (maxDegreeOfParallelism * 8)));
        Parallel.ForEach(
            Partitioner.Create(0, cases.Count, chunk),
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = DecideOne(policy, cases[i], i, now);
                }
            });
    }

    /// <summary>Decides every case at <paramref name="now"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="cases">The cases.</param>
    /// <param name="now">The instant to decide at.</param>
    /// <param name="maxDegreeOfParallelism">How many threads to use; 1 decides on the calling thread.</param>
    /// <returns>One result per case, in order.</returns>
    public static BatchDecision[] DecideAll(this IFollowUpPolicy policy, IReadOnlyList<FollowUpCase> cases, Instant now, int maxDegreeOfParallelism = 1)
    {
        Guard.NotNull(cases);
        var results = new BatchDecision[cases.Count];
        DecideAll(policy, cases, now, results, maxDegreeOfParallelism);
        return results;
    }

#if NET8_0_OR_GREATER
    /// <summary>Decides every case at <paramref name="now"/> into <paramref name="results"/>, on the calling thread.</summary>
    /// <param name="policy">The policy.</param>
    /// <param name="cases">The cases.</param>
    /// <param name="now">The instant to decide at.</param>
    /// <param name="results">Where the results go, at least as long as <paramref name="cases"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="cases"/>.</exception>
    public static void DecideAll(this IFollowUpPolicy policy, ReadOnlySpan<FollowUpCase> cases, Instant now, Span<BatchDecision> results)
    {
        Guard.NotNull(policy);
        CheckRoom(results.Length, cases.Length);

        for (var i = 0; i < cases.Length; i++)
        {
            results[i] = DecideOne(policy, cases[i], i, now);
        }
    }
#endif

    private static void CheckRoom(int results, int cases)
    {
        if (results < cases)
        {
            throw new ArgumentException($"There is room for {results} results but there are {cases} cases.", nameof(results));
        }
    }

    private static BatchDecision DecideOne(IFollowUpPolicy policy, FollowUpCase followUpCase, int index, Instant now)
    {
        if (followUpCase is null)
        {
            return new BatchDecision(index, null, [new ValidationProblem("$", ValueText.Null, "a case is required")], null);
        }

        try
        {
            return new BatchDecision(index, policy.Decide(followUpCase, now), null, null);
        }
        catch (InvalidCaseException invalid)
        {
            return new BatchDecision(index, null, invalid.Problems, null);
        }
#pragma warning disable CA1031 // One failing case must not stop the batch: the exception is returned in its result.
        catch (Exception error) when (error is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new BatchDecision(index, null, null, error);
        }
    }
}
