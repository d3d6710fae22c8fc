using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>One attempt of a <see cref="FollowUpHistory"/>: the attempt as the host recorded it, and what it was for.</summary>
public readonly struct RecordedAttempt : IEquatable<RecordedAttempt>
{
    internal RecordedAttempt(ContactAttempt attempt, AttemptPurpose purpose)
    {
        Attempt = attempt;
        Purpose = purpose;
    }

    /// <summary>Gets the attempt as the host recorded it.</summary>
    public ContactAttempt Attempt { get; }

    /// <summary>Gets what the attempt was for: as recorded, or inferred (see <see cref="FollowUpHistory"/>).</summary>
    public AttemptPurpose Purpose { get; }

    /// <summary>Gets a value indicating whether the host recorded the purpose, rather than the history inferring it.</summary>
    public bool PurposeRecorded => Attempt.Purpose.HasValue;

    /// <summary>Gets the instant of the attempt.</summary>
    public Instant At => Attempt.At;

    /// <summary>Gets a value indicating whether the attempt went to the candidate's agency (it was made through the agency, or the agency answered).</summary>
    public bool WithAgency => Attempt.ViaAgency || Attempt.AnsweredBy == Responder.Agency;

    /// <summary>Gets a value indicating whether the attempt was a phone call.</summary>
    public bool IsCall => Attempt.Channel == ContactChannel.Phone;

    /// <summary>
    /// Gets a value indicating whether the attempt was a call that reached nobody useful: no one from
    /// the interview, no voicemail left, nothing learned and no time given to call back.
    /// </summary>
    public bool ReachedNobodyUseful =>
        IsCall && !Attempt.ReachedInterviewer && !Attempt.VoicemailLeft && !Attempt.Status.HasValue && !Attempt.DecisionExpectedBy.HasValue && !Attempt.GaveCallBackTime;

    /// <inheritdoc/>
    public bool Equals(RecordedAttempt other) => Equals(Attempt, other.Attempt) && Purpose == other.Purpose;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecordedAttempt other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((Attempt?.GetHashCode() ?? 0) * 397) ^ (int)Purpose;

    /// <summary>Returns the attempt's instant, channel and purpose.</summary>
    /// <returns>For example <c>2026-03-10T09:00:00Z Phone FollowUp</c>.</returns>
    public override string ToString() => Attempt is null ? "(none)" : Attempt.At + " " + Attempt.Channel + " " + Purpose;

    /// <summary>Tests two recorded attempts for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when both hold equal attempts for the same purpose.</returns>
    public static bool operator ==(RecordedAttempt left, RecordedAttempt right) => left.Equals(right);

    /// <summary>Tests two recorded attempts for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RecordedAttempt left, RecordedAttempt right) => !left.Equals(right);
}
