using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// The follow-up rounds a history adds up to under a profile's <see cref="FollowUpProfile.AttemptsPerRound"/>
/// (FUR-10): the one definition of a round, read by every strategy that limits or spaces rounds.
/// </summary>
/// <remarks>
/// <para>A round ends when a follow-up of the candidate's own reaches someone: a call that reaches
/// someone from the interview, leaves a voicemail or learns the candidacy's status or a decision date,
/// or a written follow-up; when the agency stands in for the employer; or after
/// <see cref="FollowUpProfile.AttemptsPerRound"/> calls in a row that reach nobody useful.</para>
/// <para>The thank-you and the agency update are not rounds. A call the employer asked for is not
/// counted as a round either, but when it reaches someone it ends the round in progress, so the
/// spacing between rounds runs from it.</para>
/// </remarks>
public readonly struct FollowUpRounds
{
    private FollowUpRounds(int completed, int unansweredInRound, Instant? lastEndedAt, bool lastEndedWithVoicemail)
    {
        Completed = completed;
        UnansweredInRound = unansweredInRound;
        LastEndedAt = lastEndedAt;
        LastEndedWithVoicemail = lastEndedWithVoicemail;
    }

    /// <summary>Gets the number of completed rounds the candidate made on their own initiative.</summary>
    public int Completed { get; }

    /// <summary>Gets the number of calls in a row, since the last round ended, that reached nobody useful.</summary>
    public int UnansweredInRound { get; }

    /// <summary>Gets when the last round ended.</summary>
    public Instant? LastEndedAt { get; }

    /// <summary>Gets a value indicating whether the last round ended only with a voicemail left.</summary>
    public bool LastEndedWithVoicemail { get; }

    /// <summary>Counts the rounds of <paramref name="history"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="attemptsPerRound">How many unanswered calls in a row make up a round; at least 1.</param>
    /// <returns>The rounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="attemptsPerRound"/> is below 1.</exception>
    public static FollowUpRounds Of(FollowUpHistory history, int attemptsPerRound)
    {
        if (attemptsPerRound < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(attemptsPerRound), attemptsPerRound, "A round is at least one call.");
        }

        // Several strategies ask for the same decision's rounds: they are counted once.
        var state = history.State;
        if (state.RoundsPerRound == attemptsPerRound)
        {
            return state.Rounds;
        }

        var rounds = Count(state.Attempts, state.Purposes, state.AttemptCount, attemptsPerRound);
        state.Rounds = rounds;
        state.RoundsPerRound = attemptsPerRound;
        return rounds;
    }

    private static FollowUpRounds Count(ContactAttempt[] attempts, AttemptPurpose[] purposes, int count, int attemptsPerRound)
    {
        int completed = 0, unanswered = 0;
        Instant? lastEnded = null;
        var withVoicemail = false;
        for (var i = 0; i < count; i++)
        {
            var recorded = new RecordedAttempt(attempts[i], purposes[i]);
            var own = recorded.Purpose == AttemptPurpose.FollowUp;
            if (!own && recorded.Purpose != AttemptPurpose.RequestedCall)
            {
                continue;
            }

            var attempt = recorded.Attempt;
            if (recorded.WithAgency)
            {
                completed += own ? 1 : 0;
                unanswered = 0;
                lastEnded = attempt.At;
                withVoicemail = false;
            }
            else if (!recorded.IsCall || attempt.ReachedInterviewer || attempt.VoicemailLeft || attempt.Status.HasValue || attempt.DecisionExpectedBy.HasValue)
            {
                completed += own ? 1 : 0;
                unanswered = 0;
                lastEnded = attempt.At;
                withVoicemail = attempt.VoicemailLeft && !attempt.ReachedInterviewer && !attempt.LearnedSomething;
            }
            else if (own && recorded.ReachedNobodyUseful && ++unanswered >= attemptsPerRound)
            {
                completed++;
                unanswered = 0;
                lastEnded = attempt.At;
                withVoicemail = false;
            }
        }

        return new FollowUpRounds(completed, unanswered, lastEnded, withVoicemail);
    }
}
