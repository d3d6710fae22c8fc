using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// What the contact attempts add up to, worked out once per decision for every rule to read:
/// counts, the last relevant moments, the outcome so far, and any call back the employer asked for.
/// </summary>
/// <remarks>
/// <para>Attempts are read in time order (ties broken by content), so the order a host stores them
/// in never changes the result.</para>
/// <para>A follow-up <em>round</em> ends when a call reaches someone from the interview, a voicemail
/// is left, or status news is learned; when a written follow-up (not the thank-you) goes to the
/// employer; or after the profile's <see cref="FollowUpProfile.AttemptsPerRound"/> calls in a row
/// reach nobody useful (FUR-10). Calls the employer asked for, and contacts with the agency, are not
/// rounds.</para>
/// </remarks>
public readonly struct FollowUpHistory
{
    internal FollowUpHistory(in HistoryTally tally)
    {
        AttemptCount = tally.AttemptCount;
        CallAttempts = tally.CallAttempts;
        UninvitedFollowUps = tally.UninvitedFollowUps;
        AgencyContacts = tally.AgencyContacts;
        FirstFollowUpAt = tally.FirstFollowUpAt;
        VoicemailsLeft = tally.VoicemailsLeft;
        LastVoicemailAt = tally.LastVoicemailAt;
        FirstCallAt = tally.FirstCallAt;
        LastCallAt = tally.LastCallAt;
        LastCallReachedNobodyUseful = tally.LastCallReachedNobodyUseful;
        LastAttemptAt = tally.LastAttemptAt;
        ThankYouSent = tally.ThankYouSent;
        CompletedRounds = tally.CompletedRounds;
        UnansweredInRound = tally.UnansweredInRound;
        LastRoundEndedAt = tally.LastRoundEndedAt;
        LastRoundEndedWithVoicemail = tally.LastRoundEndedWithVoicemail;
        LastNewsAt = tally.LastNewsAt;
        Outcome = tally.Outcome;
        DecisionExpectedBy = tally.DecisionExpectedBy;
        PendingInvitation = tally.PendingInvitation;
        FirstFollowUpDue = tally.FirstFollowUpDue;
    }

    /// <summary>
    /// Gets when the profile's first follow-up falls due: the office's opening once
    /// <see cref="FollowUpProfile.FirstCallDelayDays"/> have passed after the interview, counted as
    /// the profile's <see cref="FollowUpProfile.DayCounting"/> says. No call the employer did not ask
    /// for is made earlier, whatever the history holds.
    /// </summary>
    public Instant FirstFollowUpDue { get; }

    /// <summary>Gets the number of attempts.</summary>
    public int AttemptCount { get; }

    /// <summary>Gets the number of phone calls to the employer.</summary>
    public int CallAttempts { get; }

    /// <summary>
    /// Gets the number of follow-up attempts the candidate made on their own initiative: calls and
    /// written follow-ups to the employer, and agency contacts standing in for them, but not the
    /// thank-you, the first agency update or calls the employer asked for. The profile's
    /// <see cref="FollowUpProfile.MaxAttempts"/> caps these (FUR-05).
    /// </summary>
    public int UninvitedFollowUps { get; }

    /// <summary>Gets the number of contacts with the candidate's agency, the thank-you forward excluded.</summary>
    public int AgencyContacts { get; }

    /// <summary>Gets when the first follow-up (not the thank-you, not the first agency update) was made.</summary>
    public Instant? FirstFollowUpAt { get; }

    /// <summary>Gets the number of voicemails left.</summary>
    public int VoicemailsLeft { get; }

    /// <summary>Gets when the last voicemail was left.</summary>
    public Instant? LastVoicemailAt { get; }

    /// <summary>Gets when the first call to the employer was made.</summary>
    public Instant? FirstCallAt { get; }

    /// <summary>Gets when the last call to the employer was made.</summary>
    public Instant? LastCallAt { get; }

    /// <summary>Gets a value indicating whether the last call reached nobody useful: no one from the interview, no voicemail left, nothing learned and no time given.</summary>
    public bool LastCallReachedNobodyUseful { get; }

    /// <summary>Gets when the last attempt of any kind was made.</summary>
    public Instant? LastAttemptAt { get; }

    /// <summary>
    /// Gets a value indicating whether the first attempt was a written thank-you: an email or a note,
    /// to the employer or through the agency, under a profile that sends one or before the profile's
    /// first follow-up was due.
    /// </summary>
    public bool ThankYouSent { get; }

    /// <summary>Gets the number of completed follow-up rounds the candidate made on their own initiative (see remarks).</summary>
    public int CompletedRounds { get; }

    /// <summary>Gets the number of calls in a row, since the last completed round, that reached nobody useful.</summary>
    public int UnansweredInRound { get; }

    /// <summary>Gets when the last round was completed.</summary>
    public Instant? LastRoundEndedAt { get; }

    /// <summary>Gets a value indicating whether the last round was completed only by leaving a voicemail.</summary>
    public bool LastRoundEndedWithVoicemail { get; }

    /// <summary>Gets when the employer last told the candidate anything (a conversation with someone from the interview, or anything learned).</summary>
    public Instant? LastNewsAt { get; }

    /// <summary>Gets the outcome that ends the follow-up (filled, not considered, offer), if one was learned; the latest wins.</summary>
    public CandidateStatus? Outcome { get; }

    /// <summary>Gets the latest date by which the employer said it would decide (from an attempt, else from the interview notes).</summary>
    public LocalDate? DecisionExpectedBy { get; }

    /// <summary>Gets the call back the employer asked for that the candidate has not made yet, if any.</summary>
    public CallBackInvitation? PendingInvitation { get; }
}
