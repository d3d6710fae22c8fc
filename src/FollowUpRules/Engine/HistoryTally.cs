using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>Works out a <see cref="FollowUpHistory"/> in one pass over the attempts in time order.</summary>
internal struct HistoryTally
{
    public int AttemptCount;
    public int CallAttempts;
    public int UninvitedFollowUps;
    public int AgencyContacts;
    public Instant? FirstFollowUpAt;
    public int VoicemailsLeft;
    public Instant? LastVoicemailAt;
    public Instant? FirstCallAt;
    public Instant? LastCallAt;
    public bool LastCallReachedNobodyUseful;
    public Instant? LastAttemptAt;
    public bool ThankYouSent;
    public int CompletedRounds;
    public int UnansweredInRound;
    public Instant? LastRoundEndedAt;
    public bool LastRoundEndedWithVoicemail;
    public Instant? LastNewsAt;
    public CandidateStatus? Outcome;
    public LocalDate? DecisionExpectedBy;
    public CallBackInvitation? PendingInvitation;
    public Instant FirstFollowUpDue;

    [ThreadStatic]
    private static ContactAttempt[]? _scratch;

    /// <summary>
    /// Works out the history of <paramref name="followUpCase"/> into <paramref name="tally"/>, which
    /// must start zeroed: the context passes its own field, so the tally is built where it is kept,
    /// with no temporary to zero and copy.
    /// </summary>
    public static void Compute(ref HistoryTally tally, FollowUpCase followUpCase, FollowUpProfile profile, in OfficeCalendar calendar)
    {
        tally.DecisionExpectedBy = followUpCase.Notes.DecisionExpectedBy;
        tally.PendingInvitation = FromNotes(followUpCase, profile, calendar);

        var firstFollowUpDue = calendar.OpeningAfter(followUpCase.Interview.At, profile.FirstCallDelayDays, profile.DayCounting);
        tally.FirstFollowUpDue = firstFollowUpDue;
        var attempts = followUpCase.AttemptArray;
        if (IsInOrder(attempts))
        {
            tally.Walk(attempts, attempts.Length, profile, calendar, firstFollowUpDue);
        }
        else
        {
            var sorted = _scratch is { } buffer && buffer.Length >= attempts.Length ? buffer : new ContactAttempt[Math.Max(16, attempts.Length)];
            Array.Copy(attempts, sorted, attempts.Length);
            Array.Sort(sorted, 0, attempts.Length, AttemptOrder.Instance);
            try
            {
                tally.Walk(sorted, attempts.Length, profile, calendar, firstFollowUpDue);
            }
            finally
            {
                Array.Clear(sorted, 0, attempts.Length);
                _scratch = sorted;
            }
        }
    }

    /// <summary>Works out the history of <paramref name="followUpCase"/> as the public view.</summary>
    public static FollowUpHistory Compute(FollowUpCase followUpCase, FollowUpProfile profile, in OfficeCalendar calendar)
    {
        var tally = default(HistoryTally);
        Compute(ref tally, followUpCase, profile, calendar);
        return new FollowUpHistory(tally);
    }

    private static bool IsInOrder(ContactAttempt[] attempts)
    {
        for (var i = 1; i < attempts.Length; i++)
        {
            if (AttemptOrder.Instance.Compare(attempts[i - 1], attempts[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static CallBackInvitation? FromNotes(FollowUpCase followUpCase, FollowUpProfile profile, in OfficeCalendar calendar)
    {
        var notes = followUpCase.Notes;
        var given = followUpCase.Interview.At;
        if (notes.CallBackOn is { } on)
        {
            return new CallBackInvitation(InvitationKind.CallBackOn, given, calendar.StartOfDay(on), on, null, null);
        }

        if (notes.CallBackWithinDays is { } days)
        {
            var lastDay = calendar.AddDays(calendar.DateOf(given), days, profile.DayCounting);
            return new CallBackInvitation(InvitationKind.CallBackWithinDays, given, given, lastDay, null, days);
        }

        return null;
    }

    private static CallBackInvitation? FromAttempt(ContactAttempt attempt, in OfficeCalendar calendar)
    {
        if (attempt.InterviewerAvailableAt is { } time)
        {
            return new CallBackInvitation(InvitationKind.InterviewerAvailableAt, attempt.At, calendar.StartOfDay(time.Date), time.Date, time, null);
        }

        if (attempt.CallBackOnOrAfter is { } date)
        {
            return new CallBackInvitation(InvitationKind.CallBackOnOrAfter, attempt.At, calendar.StartOfDay(date), date, null, null);
        }

        if (attempt.CallBackInAWeekAgreed)
        {
            var weekLater = calendar.DateOf(attempt.At).PlusDays(7);
            return new CallBackInvitation(InvitationKind.CallBackInAWeek, attempt.At, calendar.StartOfDay(weekLater), weekLater, null, null);
        }

        return null;
    }

    private void Walk(ContactAttempt[] attempts, int count, FollowUpProfile profile, in OfficeCalendar calendar, Instant firstFollowUpDue)
    {
        AttemptCount = count;
        for (var i = 0; i < count; i++)
        {
            var attempt = attempts[i];
            LastAttemptAt = attempt.At;
            var isCall = attempt.Channel == ContactChannel.Phone;
            var viaAgency = attempt.ViaAgency || attempt.AnsweredBy == Responder.Agency;

            if (attempt.LearnedSomething || attempt.ReachedInterviewer)
            {
                LastNewsAt = attempt.At;
            }

            if (attempt.Status is CandidateStatus.PositionFilled or CandidateStatus.NoLongerConsidered or CandidateStatus.OfferMade)
            {
                Outcome = attempt.Status;
            }

            if (attempt.DecisionExpectedBy is { } decision)
            {
                DecisionExpectedBy = decision;
            }

            if (attempt.VoicemailLeft)
            {
                VoicemailsLeft++;
                LastVoicemailAt = attempt.At;
            }

            // A written first attempt is the thank-you, not a follow-up round, when the profile sends
            // one or when it went out before any follow-up was due.
            var thankYou = i == 0 && !isCall && attempt.Channel != ContactChannel.LinkedInMessage
                && (profile.ThankYouMessage != ThankYouMessage.None || attempt.At < firstFollowUpDue);

            // Any follow-up from the moment a requested call back is due answers it, whatever the
            // channel: an email in place of the call, or a word with the agency, uses it up too.
            var invited = !thankYou && PendingInvitation is { } pending && attempt.At >= pending.UsableFrom;
            if (invited)
            {
                PendingInvitation = null;
            }

            if (thankYou)
            {
                ThankYouSent = true;
            }
            else if (viaAgency)
            {
                // The first agency contact is RCR-03's early update when the profile makes one;
                // any other is the agency standing in for the employer: a follow-up round.
                AgencyContacts++;
                if (AgencyContacts > (profile.AgencyUpdateDelayDays.HasValue ? 1 : 0))
                {
                    FirstFollowUpAt ??= attempt.At;
                    if (!invited)
                    {
                        UninvitedFollowUps++;
                        CompletedRounds++;
                    }

                    UnansweredInRound = 0;
                    LastRoundEndedAt = attempt.At;
                    LastRoundEndedWithVoicemail = false;
                }
            }
            else
            {
                FirstFollowUpAt ??= attempt.At;
                if (!invited)
                {
                    UninvitedFollowUps++;
                }

                if (isCall)
                {
                    CallAttempts++;
                    FirstCallAt ??= attempt.At;
                    LastCallAt = attempt.At;
                }

                var connected = !isCall || attempt.ReachedInterviewer || attempt.VoicemailLeft || attempt.Status.HasValue || attempt.DecisionExpectedBy.HasValue;
                var nobodyUseful = isCall && !connected && !attempt.GaveCallBackTime && !attempt.CallBackInAWeekAgreed;
                if (isCall)
                {
                    LastCallReachedNobodyUseful = nobodyUseful;
                }

                if (connected)
                {
                    if (!invited)
                    {
                        CompletedRounds++;
                    }

                    UnansweredInRound = 0;
                    LastRoundEndedAt = attempt.At;
                    LastRoundEndedWithVoicemail = attempt.VoicemailLeft && !attempt.ReachedInterviewer && !attempt.LearnedSomething;
                }
                else if (nobodyUseful && !invited)
                {
                    UnansweredInRound++;
                    if (UnansweredInRound >= profile.AttemptsPerRound)
                    {
                        CompletedRounds++;
                        UnansweredInRound = 0;
                        LastRoundEndedAt = attempt.At;
                        LastRoundEndedWithVoicemail = false;
                    }
                }
            }

            if (FromAttempt(attempt, calendar) is { } invitation)
            {
                PendingInvitation = invitation;
            }
        }
    }
}

/// <summary>Orders attempts by time, then by content, so that equal inputs in any order give one order.</summary>
internal sealed class AttemptOrder : IComparer<ContactAttempt>
{
    public static readonly AttemptOrder Instance = new();

    public int Compare(ContactAttempt? x, ContactAttempt? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = x.At.CompareTo(y.At);
        if (c != 0)
        {
            return c;
        }

        c = x.Channel.CompareTo(y.Channel);
        if (c != 0)
        {
            return c;
        }

        c = x.AnsweredBy.CompareTo(y.AnsweredBy);
        if (c != 0)
        {
            return c;
        }

        c = x.ViaAgency.CompareTo(y.ViaAgency);
        if (c != 0)
        {
            return c;
        }

        c = x.VoicemailLeft.CompareTo(y.VoicemailLeft);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(x.Status, y.Status);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(x.DecisionExpectedBy, y.DecisionExpectedBy);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(x.CallBackOnOrAfter, y.CallBackOnOrAfter);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(x.InterviewerAvailableAt, y.InterviewerAvailableAt);
        return c != 0 ? c : x.CallBackInAWeekAgreed.CompareTo(y.CallBackInAWeekAgreed);
    }
}
