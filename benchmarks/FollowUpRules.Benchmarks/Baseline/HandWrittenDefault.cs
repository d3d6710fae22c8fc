using NodaTime;

namespace FollowUpRules.Benchmarks.Baseline;

/// <summary>
/// The default profile's decisions written out by hand: one method, its settings inlined as
/// constants, no strategies, interfaces, reasons or draft, and no validation (the case is assumed
/// valid). It is the <c>Baseline</c> the Decide benchmark is measured against, and
/// <c>BaselineEquivalenceTests</c> checks it gives the same action as
/// <see cref="FollowUpPolicy.Default"/> on every case of the benchmark mix.
/// </summary>
/// <remarks>
/// <para>It reads the model through the public API only, as a host writing its own rules would. It
/// is as lean as such code gets: no allocation, one zone-interval lookup per searched day when no
/// offset change is near that day, and the general local-to-instant mapping only near a change.</para>
/// <para>Its limits, none of which the mix reaches: attempts sharing an instant keep the order the
/// host gave (the library orders them by content too), and a holiday calendar is not consulted
/// (the default policy has none).</para>
/// </remarks>
internal static class HandWrittenDefault
{
    private const long NanosPerDay = 86_400_000_000_000L;
    private const long NanosPerMinute = 60_000_000_000L;
    private const long NanosPerHour = 60 * NanosPerMinute;

    // The default profile's settings (FollowUpProfiles.Default), inlined.
    private const int FirstCallDelayBusinessDays = 3;
    private const int AgencyUpdateBusinessDays = 2;
    private const int AttemptsPerRound = 3;
    private const int MaxFollowUpRounds = 1;
    private const int MaxAttempts = 8;
    private const int RedialAfterBusinessDays = 1;
    private const int VoicemailSpacingBusinessDays = 2;
    private const int RoundIntervalDays = 7;
    private const int FinalCallAfterDays = 21;
    private const int GiveUpAfterDays = 28;
    private const int SearchDays = 92;
    private const int YearOfDays = 366;
    private const long WeekOpeningNanos = 2 * NanosPerHour;
    private const long PreWeekendNanos = 3 * NanosPerHour;
    private const long LunchStartNanos = 11 * NanosPerHour;
    private const long LunchEndNanos = 13 * NanosPerHour;
    private const long StartOfDayNanos = 90 * NanosPerMinute;
    private const long EndOfDayNanos = 90 * NanosPerMinute;
    private const long MinimumWindowTicks = 15 * 60 * 10_000_000L;
    private const long InvitedCallNanos = 30 * NanosPerMinute;

    private static readonly Duration MaxOffset = Duration.FromHours(18);

    private enum Invitation
    {
        None,
        CallBackOn,
        CallBackWithinDays,
        CallBackOnOrAfter,
        InterviewerAvailableAt,
        CallBackInAWeek,
    }

    /// <summary>Decides what <paramref name="followUpCase"/>'s candidate does next at <paramref name="now"/>, as the default policy would.</summary>
    /// <param name="followUpCase">A valid case.</param>
    /// <param name="now">The instant of the decision.</param>
    /// <returns>The action.</returns>
    public static BaselineAction Decide(FollowUpCase followUpCase, Instant now)
    {
        var office = followUpCase.Office;
        var zone = DateTimeZoneProviders.Tzdb[office.TimeZoneId];
        var interview = followUpCase.Interview;
        var interviewAt = interview.At;
        var interviewDate = interviewAt.InZone(zone).Date;
        var people = interview.Interviewers;
        var lead = interview.Lead;
        var agency = followUpCase.Candidate.Agency;
        var notes = followUpCase.Notes;

        // What the attempts add up to, in time order.
        var pending = Invitation.None;
        var pendingFrom = default(Instant);
        var pendingDate = default(LocalDate);
        var pendingTime = default(LocalDateTime);
        if (notes.CallBackOn is { } callBackOn)
        {
            (pending, pendingFrom, pendingDate) = (Invitation.CallBackOn, StartOfDay(zone, callBackOn), callBackOn);
        }
        else if (notes.CallBackWithinDays is { } withinDays)
        {
            (pending, pendingFrom, pendingDate) = (Invitation.CallBackWithinDays, interviewAt, AddOpenDays(office, interviewDate, withinDays));
        }

        var firstDue = OpeningOn(office, zone, AddOpenDays(office, interviewDate, FirstCallDelayBusinessDays));
        var attempts = followUpCase.Attempts;
        if (!IsInTimeOrder(attempts))
        {
            attempts = [.. attempts.OrderBy(a => a.At)];
        }

        // The thank-you window closes when the first follow-up falls due (never before the end of the
        // interview's day); the agency update falls due two business days after the interview.
        var thankYouWindowEnd = Later(firstDue, StartOfDay(zone, interviewDate.PlusDays(1)));
        var agencyUpdateDue = OpeningOn(office, zone, AddOpenDays(office, interviewDate, AgencyUpdateBusinessDays));
        int uninvited = 0, agencyContacts = 0, voicemails = 0, rounds = 0, unanswered = 0, thankYous = 0, agencyUpdates = 0, followUps = 0;
        Instant? firstFollowUpAt = null, lastCallAt = null, lastRoundAt = null, lastNewsAt = null, lastThankYouAt = null;
        var lastCallNobodyUseful = false;
        var lastCallRequested = false;
        var lastRoundByVoicemail = false;
        var outcome = (CandidateStatus?)null;
        var decisionBy = notes.DecisionExpectedBy;
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            var isCall = attempt.Channel == ContactChannel.Phone;
            var viaAgency = attempt.ViaAgency || attempt.AnsweredBy == Responder.Agency;
            if (attempt.LearnedSomething || attempt.ReachedInterviewer)
            {
                lastNewsAt = attempt.At;
            }

            if (attempt.Status is CandidateStatus.PositionFilled or CandidateStatus.NoLongerConsidered or CandidateStatus.OfferMade)
            {
                outcome = attempt.Status;
            }

            decisionBy = attempt.DecisionExpectedBy ?? decisionBy;
            if (attempt.VoicemailLeft)
            {
                voicemails++;
            }

            // What the attempt was for: recorded, or inferred from its channel and timing.
            AttemptPurpose purpose;
            bool invited;
            if (attempt.Purpose is { } recorded)
            {
                purpose = recorded;
                invited = pending != Invitation.None
                    && (recorded == AttemptPurpose.RequestedCall || (recorded == AttemptPurpose.FollowUp && attempt.At >= pendingFrom));
            }
            else
            {
                var thankYou = viaAgency
                    ? thankYous == 0 && attempt.At < thankYouWindowEnd && attempt.At < agencyUpdateDue
                    : attempt.Channel is ContactChannel.Email or ContactChannel.HandwrittenNote && attempt.At < thankYouWindowEnd;
                invited = !thankYou && pending != Invitation.None && attempt.At >= pendingFrom;
                purpose = thankYou ? AttemptPurpose.ThankYou
                    : viaAgency && agencyUpdates == 0 && followUps == 0 && !invited ? AttemptPurpose.AgencyUpdate
                    : invited ? AttemptPurpose.RequestedCall
                    : AttemptPurpose.FollowUp;
            }

            if (invited)
            {
                pending = Invitation.None;
            }

            if (purpose == AttemptPurpose.ThankYou)
            {
                // The thank-you is not a follow-up round.
                thankYous++;
                lastThankYouAt = attempt.At;
            }
            else if (purpose == AttemptPurpose.AgencyUpdate)
            {
                // RCR-03's early update is not a follow-up round either.
                agencyUpdates++;
                agencyContacts += viaAgency ? 1 : 0;
            }
            else if (viaAgency)
            {
                // Later agency contacts stand in for the employer.
                agencyContacts++;
                followUps++;
                firstFollowUpAt ??= attempt.At;
                if (purpose == AttemptPurpose.FollowUp)
                {
                    uninvited++;
                    rounds++;
                }

                (unanswered, lastRoundAt, lastRoundByVoicemail) = (0, attempt.At, false);
            }
            else
            {
                var own = purpose == AttemptPurpose.FollowUp;
                followUps++;
                firstFollowUpAt ??= attempt.At;
                if (own)
                {
                    uninvited++;
                }

                var connected = !isCall || attempt.ReachedInterviewer || attempt.VoicemailLeft || attempt.Status.HasValue || attempt.DecisionExpectedBy.HasValue;
                var nobodyUseful = isCall && !connected && !attempt.GaveCallBackTime;
                if (isCall)
                {
                    lastCallAt = attempt.At;
                    lastCallNobodyUseful = nobodyUseful;
                    lastCallRequested = !own;
                }

                if (connected)
                {
                    rounds += own ? 1 : 0;
                    (unanswered, lastRoundAt) = (0, attempt.At);
                    lastRoundByVoicemail = attempt.VoicemailLeft && !attempt.ReachedInterviewer && !attempt.LearnedSomething;
                }
                else if (nobodyUseful && own && ++unanswered >= AttemptsPerRound)
                {
                    rounds++;
                    (unanswered, lastRoundAt, lastRoundByVoicemail) = (0, attempt.At, false);
                }
            }

            if (attempt.InterviewerAvailableAt is { } time)
            {
                (pending, pendingFrom, pendingDate, pendingTime) = (Invitation.InterviewerAvailableAt, StartOfDay(zone, time.Date), time.Date, time);
            }
            else if (attempt.CallBackOnOrAfter is { } onOrAfter)
            {
                (pending, pendingFrom, pendingDate) = (Invitation.CallBackOnOrAfter, StartOfDay(zone, onOrAfter), onOrAfter);
            }
            else if (attempt.CallBackInAWeekAgreed)
            {
                var weekLater = attempt.At.InZone(zone).Date.PlusDays(7);
                (pending, pendingFrom, pendingDate) = (Invitation.CallBackInAWeek, StartOfDay(zone, weekLater), weekLater);
            }
        }

        if (outcome is { } settled)
        {
            return Stop(settled switch
            {
                CandidateStatus.PositionFilled => StopReason.PositionFilled,
                CandidateStatus.NoLongerConsidered => StopReason.NotConsidered,
                _ => StopReason.OfferMade,
            });
        }

        // First contact: the thank-you email to everyone with an address, else through the agency.
        var count = attempts.Count;
        var withEmail = count == 0 ? WithEmail(people) : 0;
        if (withEmail != 0)
        {
            return interviewAt > now
                ? new BaselineAction { Kind = NextActionKind.Wait, Until = interviewAt }
                : new BaselineAction { Kind = NextActionKind.SendEmail, Recipients = withEmail, Purpose = AttemptPurpose.ThankYou };
        }

        var kind = NextActionKind.Call;
        var earliest = interviewAt;
        var agencyRequest = AgencyRequest.AskForUpdate;
        var agencyChannel = ContactChannel.Phone;
        if (count == 0 && agency is not null && (HasText(agency.Email) || HasText(agency.Phone)))
        {
            (kind, agencyRequest, agencyChannel) = (NextActionKind.ContactAgency, AgencyRequest.ForwardThankYou, HasText(agency.Email) ? ContactChannel.Email : ContactChannel.Phone);
        }

        // A thank-you that went out late restarts the waits measured from the interview.
        var followUpDue = lastThankYouAt >= firstDue ? OpeningOn(office, zone, AddOpenDays(office, lastThankYouAt.Value.InZone(zone).Date, FirstCallDelayBusinessDays)) : firstDue;
        var updateDue = lastThankYouAt >= agencyUpdateDue ? OpeningOn(office, zone, AddOpenDays(office, lastThankYouAt.Value.InZone(zone).Date, AgencyUpdateBusinessDays)) : agencyUpdateDue;

        // An early word with the agency, while the first follow-up is not yet due.
        if (kind == NextActionKind.Call && agency is not null && agencyContacts == 0 && firstFollowUpAt is null && pending == Invitation.None
            && followUpDue > now && (HasText(agency.Phone) || HasText(agency.Email)))
        {
            (kind, agencyChannel) = (NextActionKind.ContactAgency, HasText(agency.Phone) ? ContactChannel.Phone : ContactChannel.Email);
            earliest = Later(earliest, updateDue);
        }

        var isCallDraft = kind == NextActionKind.Call;
        if (isCallDraft && !(uninvited > 0 && followUpDue <= now))
        {
            earliest = Later(earliest, followUpDue);
        }

        // A call back the employer asked for sets the time outright (never before the interview).
        var invitedByEmployer = isCallDraft && pending != Invitation.None;
        var invitedTime = (LocalDateTime?)null;
        if (invitedByEmployer)
        {
            switch (pending)
            {
                case Invitation.CallBackWithinDays:
                    // Early in the period: the office's next open day after the interview.
                    earliest = Later(OpeningOn(office, zone, AddOpenDays(office, interviewDate, 1)), interviewAt);
                    break;
                case Invitation.InterviewerAvailableAt:
                    invitedTime = pendingTime;
                    earliest = Later(Earliest(zone, pendingTime), interviewAt);
                    break;
                default:
                    earliest = Later(OpeningOn(office, zone, pendingDate), interviewAt);
                    break;
            }
        }

        var finalCall = false;
        if (isCallDraft && !invitedByEmployer)
        {
            if (decisionBy is { } decision && !(lastRoundAt >= StartOfDay(zone, decision.PlusDays(1))))
            {
                earliest = Later(earliest, OpeningOn(office, zone, decision.PlusDays(1)));
            }

            if (lastCallNobodyUseful && (unanswered > 0 || lastCallRequested) && lastCallAt is { } lastCall)
            {
                earliest = Later(earliest, OpeningOn(office, zone, AddOpenDays(office, lastCall.InZone(zone).Date, RedialAfterBusinessDays)));
            }

            if (lastRoundAt is { } lastRound)
            {
                var roundDate = lastRound.InZone(zone).Date;
                earliest = Later(earliest, lastRoundByVoicemail
                    ? OpeningOn(office, zone, AddOpenDays(office, roundDate, VoicemailSpacingBusinessDays))
                    : OpeningOn(office, zone, roundDate.PlusDays(RoundIntervalDays)));
            }

            if (rounds == MaxFollowUpRounds)
            {
                finalCall = true;
                earliest = Later(earliest, OpeningOn(office, zone, interviewDate.PlusDays(FinalCallAfterDays)));
            }
            else if (rounds > MaxFollowUpRounds)
            {
                return Stop(StopReason.LimitReached);
            }
        }

        // Long silence, and the ceiling on attempts, end any follow-up the employer did not ask for.
        if (!invitedByEmployer && firstFollowUpAt is { } silenceFrom)
        {
            if (lastNewsAt > silenceFrom)
            {
                silenceFrom = lastNewsAt.Value;
            }

            if (decisionBy is { } decided && StartOfDay(zone, decided.PlusDays(1)) is var afterDecision && afterDecision > silenceFrom)
            {
                silenceFrom = afterDecision;
            }

            if (Later(earliest, now) >= StartOfDay(zone, silenceFrom.InZone(zone).Date.PlusDays(GiveUpAfterDays)))
            {
                return Stop(StopReason.NoResponse);
            }
        }

        if (!invitedByEmployer && uninvited >= MaxAttempts)
        {
            return Stop(StopReason.LimitReached);
        }

        if (!isCallDraft)
        {
            return earliest > now
                ? new BaselineAction { Kind = NextActionKind.Wait, Until = earliest }
                : new BaselineAction { Kind = NextActionKind.ContactAgency, AgencyRequest = agencyRequest, AgencyChannel = agencyChannel };
        }

        // Whom to call, on which number: a direct line; the general number only when the employer asked.
        var callee = lead;
        string? number = null;
        var numberKind = CallNumberKind.DirectLine;
        if (lead is not null)
        {
            if (HasText(lead.DirectLine))
            {
                number = lead.DirectLine;
            }
            else
            {
                for (var i = 0; i < people.Count; i++)
                {
                    if (HasText(people[i].DirectLine))
                    {
                        (callee, number) = (people[i], people[i].DirectLine);
                        break;
                    }
                }

                if (number is null && invitedByEmployer && HasText(interview.GeneralNumber))
                {
                    (number, numberKind) = (interview.GeneralNumber, CallNumberKind.GeneralNumber);
                }
            }
        }

        // No number (or the candidate prefers writing): LinkedIn, the agency, an email, a note.
        if (number is null || (followUpCase.Candidate.PrefersWrittenContact && !invitedByEmployer))
        {
            BaselineAction? written = null;
            if (number is null && HasText(followUpCase.Candidate.LinkedInContact))
            {
                written = new BaselineAction { Kind = NextActionKind.MessageOnLinkedIn, LinkedInRecipient = followUpCase.Candidate.LinkedInContact };
            }
            else if (number is null && agency is not null && (HasText(agency.Phone) || HasText(agency.Email)))
            {
                written = new BaselineAction { Kind = NextActionKind.ContactAgency, AgencyRequest = AgencyRequest.AskForUpdate, AgencyChannel = HasText(agency.Phone) ? ContactChannel.Phone : ContactChannel.Email };
            }
            else
            {
                var target = callee;
                if (target is null || !HasText(target.Email))
                {
                    for (var i = 0; i < people.Count; i++)
                    {
                        if (HasText(people[i].Email))
                        {
                            target = people[i];
                            break;
                        }
                    }
                }

                if (target is not null)
                {
                    written = HasText(target.Email)
                        ? new BaselineAction { Kind = NextActionKind.SendEmail, Whom = target, Purpose = AttemptPurpose.FollowUp }
                        : new BaselineAction { Kind = NextActionKind.SendThankYouNote, Whom = target };
                }
            }

            if (written is { } message)
            {
                return earliest > now ? new BaselineAction { Kind = NextActionKind.Wait, Until = earliest } : message;
            }

            if (number is null)
            {
                return Stop(StopReason.NoContactDetails);
            }
        }

        if (earliest > now)
        {
            // A call not yet due that no window can ever follow stops now (FUR-06), not after the wait.
            if (number is not null && callee is not null)
            {
                var ahead = default(WindowBuffer);
                Search(office, zone, callee, earliest, YearOfDays, ref ahead);
                if (ahead.Count == 0)
                {
                    return Stop(StopReason.NoCallWindow);
                }
            }

            return new BaselineAction { Kind = NextActionKind.Wait, Until = earliest };
        }

        // The windows: the time the employer named, then the first the blackouts leave open.
        var windows = default(WindowBuffer);
        var searchFrom = now;
        if (invitedTime is { } named)
        {
            MapSpan(zone, named, named.PlusNanoseconds(InvitedCallNanos), now, 1, CallWindowQuality.Requested, ref windows);
            if (windows.Count > 0)
            {
                searchFrom = windows.First.End;
            }
        }

        Search(office, zone, callee!, searchFrom, SearchDays, ref windows);
        if (windows.Count == 0)
        {
            Search(office, zone, callee!, searchFrom, YearOfDays, ref windows);
            return windows.Count > 0
                ? new BaselineAction { Kind = NextActionKind.Wait, Until = windows.First.Start }
                : Stop(StopReason.NoCallWindow);
        }

        // One voicemail at most.
        return new BaselineAction
        {
            Kind = NextActionKind.Call,
            Whom = callee,
            Number = number,
            NumberKind = numberKind,
            First = windows.First,
            Second = windows.Second,
            Third = windows.Third,
            WindowCount = windows.Count,
            IfVoicemail = voicemails == 0 && windows.First.Start >= interviewAt ? VoicemailPlan.LeaveMessage : VoicemailPlan.HangUpAndCallAgain,
            IfGatekeeper = GatekeeperPlan.AskWhenInterviewerIsFree,
            DeclineUnfamiliarStaff = true,
            RequestedByEmployer = invitedByEmployer,
            IsFinalCall = finalCall,
        };
    }

    private static BaselineAction Stop(StopReason reason) => new() { Kind = NextActionKind.Stop, StopReason = reason };

    private static Instant Later(Instant a, Instant b) => a > b ? a : b;

    private static bool HasText(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool IsInTimeOrder(IReadOnlyList<ContactAttempt> attempts)
    {
        for (var i = 1; i < attempts.Count; i++)
        {
            if (attempts[i].At < attempts[i - 1].At)
            {
                return false;
            }
        }

        return true;
    }

    private static ulong WithEmail(IReadOnlyList<Interviewer> people)
    {
        var mask = 0UL;
        for (var i = 0; i < people.Count && i < 64; i++)
        {
            mask |= HasText(people[i].Email) ? 1UL << i : 0;
        }

        return mask;
    }

    private static bool IsOpen(EmployerOffice office, LocalDate date) => office.Hours[date.DayOfWeek].Count > 0 && !office.IsListedHoliday(date);

    private static LocalDate AddOpenDays(EmployerOffice office, LocalDate date, int days)
    {
        if (days <= 0)
        {
            return date.PlusDays(days);
        }

        for (var walked = 0; days > 0 && walked < 3660; walked++)
        {
            date = date.PlusDays(1);
            days -= IsOpen(office, date) ? 1 : 0;
        }

        return date;
    }

    /// <summary>The office's opening on <paramref name="date"/>, or on the next open day within two weeks; else that day's midnight.</summary>
    private static Instant OpeningOn(EmployerOffice office, DateTimeZone zone, LocalDate date)
    {
        for (var day = date; day < date.PlusDays(14); day = day.PlusDays(1))
        {
            if (IsOpen(office, day))
            {
                var (opens, _) = DayBounds(office.Hours[day.DayOfWeek]);
                return Earliest(zone, day.At(LocalTime.FromNanosecondsSinceMidnight(opens)));
            }
        }

        return StartOfDay(zone, date);
    }

    private static Instant StartOfDay(DateTimeZone zone, LocalDate date) => Earliest(zone, date.AtMidnight());

    /// <summary>The earliest instant whose local time is <paramref name="local"/>; in a gap, the instant the clocks jump.</summary>
    private static Instant Earliest(DateTimeZone zone, LocalDateTime local)
    {
        var asUtc = local.InUtc().ToInstant();

        // No offset exceeds 18 hours, so the interval in force then precedes every mapping; walk forward.
        var interval = zone.GetZoneInterval(asUtc - MaxOffset);
        while (true)
        {
            var candidate = asUtc - Duration.FromSeconds(interval.WallOffset.Seconds);
            if (interval.HasStart && candidate < interval.Start)
            {
                return interval.Start;
            }

            if (!interval.HasEnd || candidate < interval.End)
            {
                return candidate;
            }

            interval = zone.GetZoneInterval(interval.End);
        }
    }

    /// <summary>The day's opening and the end of its last range (ranges ordered by start, then end), in nanoseconds of the day.</summary>
    private static (long Opens, long Closes) DayBounds(IReadOnlyList<TimeOfDayRange> ranges)
    {
        var first = ranges[0];
        var last = ranges[0];
        for (var i = 1; i < ranges.Count; i++)
        {
            var r = ranges[i];
            if (Before(r, first))
            {
                first = r;
            }

            if (Before(last, r))
            {
                last = r;
            }
        }

        return (first.Start.NanosecondOfDay, EndOf(last));
    }

    private static bool Before(TimeOfDayRange a, TimeOfDayRange b) =>
        a.Start < b.Start || (a.Start == b.Start && EndOf(a) < EndOf(b));

    private static long EndOf(TimeOfDayRange range) => range.EndsAtEndOfDay ? NanosPerDay : range.End.NanosecondOfDay;

    private static void Search(EmployerOffice office, DateTimeZone zone, Interviewer callee, Instant from, int days, ref WindowBuffer windows)
    {
        var date = from.InZone(zone).Date;
        var lastDate = date.PlusDays(days);
        Span<long> blocks = stackalloc long[32];
        Span<long> ranges = stackalloc long[16];
        for (; date <= lastDate && !windows.IsFull; date = date.PlusDays(1))
        {
            var hours = office.Hours[date.DayOfWeek];
            if (hours.Count == 0 || office.IsListedHoliday(date) || callee.IsOutOfOffice(date))
            {
                continue;
            }

            var (opens, closes) = DayBounds(hours);
            var blockCount = 0;
            if (OpensWeek(office, date))
            {
                Block(blocks, ref blockCount, opens, Math.Min(opens + WeekOpeningNanos, NanosPerDay));
            }

            if (ClosesWeek(office, date))
            {
                Block(blocks, ref blockCount, Math.Max(closes - PreWeekendNanos, 0), closes);
            }

            Block(blocks, ref blockCount, LunchStartNanos, LunchEndNanos);
            foreach (var period in office.HecticPeriods)
            {
                if (period.AppliesOn(date) && blockCount < blocks.Length)
                {
                    var span = period.Hours ?? TimeOfDayRange.WholeDay;
                    if (span.IsValid)
                    {
                        Block(blocks, ref blockCount, span.Start.NanosecondOfDay, EndOf(span));
                    }
                }
            }

            Block(blocks, ref blockCount, opens + StartOfDayNanos, closes - EndOfDayNanos);

            // Local midnight to the next: one interval covering 18 hours either side means a fixed offset all day.
            var midnight = date.AtMidnight().InUtc().ToInstant();
            var interval = zone.GetZoneInterval(midnight - MaxOffset);
            var fixedOffset = !interval.HasEnd || interval.End >= midnight + Duration.FromDays(1) + MaxOffset;
            if (!fixedOffset)
            {
                // Near an offset change, a block lying wholly in a gap removes no real time.
                var kept = 0;
                for (var b = 0; b < blockCount; b += 2)
                {
                    if (Earliest(zone, At(date, blocks[b])) < Earliest(zone, At(date, blocks[b + 1])))
                    {
                        blocks[kept++] = blocks[b];
                        blocks[kept++] = blocks[b + 1];
                    }
                }

                blockCount = kept;
            }

            var rangeCount = SortedRanges(hours, ranges);
            for (var r = 0; r < rangeCount && !windows.IsFull; r += 2)
            {
                var t = ranges[r];
                var rangeEnd = ranges[r + 1];
                while (t < rangeEnd && !windows.IsFull)
                {
                    // Past every block covering t; then up to the next block to start.
                    var end = rangeEnd;
                    var moved = false;
                    for (var b = 0; b < blockCount; b += 2)
                    {
                        if (blocks[b] <= t && blocks[b + 1] > t)
                        {
                            t = blocks[b + 1];
                            moved = true;
                        }
                        else if (blocks[b] > t && blocks[b] < end)
                        {
                            end = blocks[b];
                        }
                    }

                    if (moved)
                    {
                        continue;
                    }

                    if (fixedOffset)
                    {
                        var offset = Duration.FromSeconds(interval.WallOffset.Seconds);
                        Emit(midnight + Duration.FromNanoseconds(t) - offset, midnight + Duration.FromNanoseconds(end) - offset, from, MinimumWindowTicks, CallWindowQuality.Preferred, ref windows);
                    }
                    else
                    {
                        MapSpan(zone, At(date, t), At(date, end), from, MinimumWindowTicks, CallWindowQuality.Preferred, ref windows);
                    }

                    t = end;
                }
            }
        }
    }

    private static void Block(Span<long> blocks, ref int count, long start, long end)
    {
        if (start < end)
        {
            blocks[count++] = start;
            blocks[count++] = end;
        }
    }

    private static int SortedRanges(IReadOnlyList<TimeOfDayRange> hours, Span<long> ranges)
    {
        var count = 0;
        for (var i = 0; i < hours.Count && count < ranges.Length; i++)
        {
            var range = hours[i];
            if (!range.IsValid)
            {
                continue;
            }

            // Insertion sort by start, then end: days have one or two ranges.
            var start = range.Start.NanosecondOfDay;
            var end = EndOf(range);
            var at = count;
            while (at > 0 && (ranges[at - 2] > start || (ranges[at - 2] == start && ranges[at - 1] > end)))
            {
                ranges[at] = ranges[at - 2];
                ranges[at + 1] = ranges[at - 1];
                at -= 2;
            }

            ranges[at] = start;
            ranges[at + 1] = end;
            count += 2;
        }

        return count;
    }

    private static bool OpensWeek(EmployerOffice office, LocalDate date)
    {
        if (office.EffectiveWeekStart is not { } first)
        {
            return false;
        }

        var back = ((int)date.DayOfWeek - (int)first + 7) % 7;
        for (var d = date.PlusDays(-back); d < date; d = d.PlusDays(1))
        {
            if (IsOpen(office, d))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ClosesWeek(EmployerOffice office, LocalDate date)
    {
        if (office.EffectiveWeekStart is not { } first)
        {
            return false;
        }

        var weekEnd = date.PlusDays(6 - (((int)date.DayOfWeek - (int)first + 7) % 7));
        for (var d = date.PlusDays(1); d <= weekEnd; d = d.PlusDays(1))
        {
            if (IsOpen(office, d))
            {
                return false;
            }
        }

        return true;
    }

    private static LocalDateTime At(LocalDate date, long nanos) =>
        nanos >= NanosPerDay ? date.PlusDays(1).AtMidnight() : date.At(LocalTime.FromNanosecondsSinceMidnight(nanos));

    /// <summary>Maps a local span to instants, leaving out the repeated hour of a fall-back change.</summary>
    private static void MapSpan(DateTimeZone zone, LocalDateTime start, LocalDateTime end, Instant from, long minimumTicks, CallWindowQuality quality, ref WindowBuffer windows)
    {
        var pieceStart = Earliest(zone, start);
        var to = Earliest(zone, end);
        var interval = zone.GetZoneInterval(pieceStart);
        while (pieceStart < to && !windows.IsFull)
        {
            if (!interval.HasEnd || interval.End >= to)
            {
                Emit(pieceStart, to, from, minimumTicks, quality, ref windows);
                return;
            }

            var next = zone.GetZoneInterval(interval.End);
            var repeated = Duration.FromSeconds((interval.WallOffset - next.WallOffset).Seconds);
            if (repeated > Duration.Zero)
            {
                Emit(pieceStart, interval.End, from, minimumTicks, quality, ref windows);
                pieceStart = interval.End + repeated;
                interval = zone.GetZoneInterval(pieceStart);
            }
            else
            {
                interval = next;
            }
        }
    }

    private static void Emit(Instant start, Instant end, Instant from, long minimumTicks, CallWindowQuality quality, ref WindowBuffer windows)
    {
        if (end <= from)
        {
            return;
        }

        start = Later(start, from);
        var startTicks = start.ToUnixTimeTicks();
        startTicks += Instant.FromUnixTimeTicks(startTicks) < start ? 1 : 0;
        var endTicks = end.ToUnixTimeTicks();
        if (endTicks - startTicks >= minimumTicks)
        {
            windows.Add(new BaselineWindow(Instant.FromUnixTimeTicks(startTicks), Instant.FromUnixTimeTicks(endTicks), quality));
        }
    }

    private struct WindowBuffer
    {
        public BaselineWindow First;
        public BaselineWindow Second;
        public BaselineWindow Third;
        public int Count;

        public readonly bool IsFull => Count == 3;

        public void Add(BaselineWindow window)
        {
            switch (Count++)
            {
                case 0:
                    First = window;
                    break;
                case 1:
                    Second = window;
                    break;
                default:
                    Third = window;
                    break;
            }
        }
    }
}
