using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FollowUpRules.Strategies;
using NodaTime;

namespace FollowUpRules.Engine;

/// <summary>
/// The working state of one decision: the case and its history, read once; the draft the decision
/// strategies shape; the plan the call-planning strategies shape. Strategies see it only through
/// views (<see cref="DecisionContext"/>, <see cref="DecisionDraft"/>, <see cref="FollowUpHistory"/>,
/// <see cref="CallPlanContext"/>, <see cref="CallPlanDraft"/>) stamped with the decision's number,
/// so a view kept past its decision throws instead of reading the next one.
/// </summary>
/// <remarks>
/// One state per thread is reused from one decision to the next, so deciding allocates only the
/// action it returns; a nested decision on the same thread (a strategy that decides another case)
/// gets a state of its own. A StrategyTrial owns one for as long as it lives.
/// </remarks>
internal sealed class DecisionState
{
    /// <summary>The most windows a plan holds: the proposed one and two alternatives.</summary>
    public const int MaxWindows = 3;

    [ThreadStatic]
    private static DecisionState? _spare;

    private int _generation;

    // The case and what it adds up to ----------------------------------------------------------------

    public FollowUpCase Case = null!;
    public Instant Now;
    public FollowUpProfile Profile = null!;
    public OfficeCalendar Calendar;
    public ReasonCatalogue Catalogue = ReasonCatalogue.Empty;
    public CallWindowSearch? Search;

    /// <summary>The attempts in time order: the case's own array when it is in order, else <see cref="_sorted"/>.</summary>
    public ContactAttempt[] Attempts = [];
    public AttemptPurpose[] Purposes = new AttemptPurpose[16];
    public int AttemptCount;
    private ContactAttempt[] _sorted = new ContactAttempt[16];

    private Instant _firstFollowUpDue;
    private bool _firstFollowUpDueKnown;
    private Instant _thankYouWindowEnd;
    private bool _thankYouWindowEndKnown;
    private Instant? _agencyUpdateDue;
    private bool _agencyUpdateDueKnown;
    public Instant? LastAttemptAt;
    public int CallCount;
    public Instant? FirstCallAt;
    public Instant? LastCallAt;
    public int LastCallIndex;
    public int VoicemailsLeft;
    public Instant? LastVoicemailAt;
    public Instant? LastNewsAt;
    public CandidateStatus? Outcome;
    public LocalDate? DecisionExpectedBy;
    public CallBackInvitation? PendingInvitation;
    public int AgencyContacts;
    public readonly int[] PurposeCounts = new int[PurposeSlots];

    /// <summary>The decision's rounds under <see cref="RoundsPerRound"/> unanswered calls a round, once a strategy has asked (0: not yet).</summary>
    public FollowUpRounds Rounds;
    public int RoundsPerRound;
    public readonly Instant[] PurposeFirst = new Instant[PurposeSlots];
    public readonly Instant[] PurposeLast = new Instant[PurposeSlots];

    // The decision stage's draft -----------------------------------------------------------------------

    public NextActionKind Kind;
    public Instant Earliest;
    public Instant Floor;
    public Interviewer? Callee;
    public string? Number;
    public CallNumberKind NumberKind;
    public StopReason StopReason;
    public bool EmployerInvited;
    public LocalDateTime? InvitedTime;
    public FollowUpReason? InvitationReason;
    public bool FinalCall;
    public AttemptPurpose WrittenPurpose;
    public readonly List<Interviewer> Recipients = [];
    public AgencyRequest AgencyRequest;
    public ContactChannel AgencyChannel;
    public AttemptPurpose AgencyPurpose;
    public string? LinkedInRecipient;
    public FollowUpReason? ChosenBecause;
    public ReasonBits Reasons;
    public ReasonBits TimingReasons;

    // The call-planning stage's plan -------------------------------------------------------------------

    public readonly CallWindow[] Windows = new CallWindow[MaxWindows];
    public int WindowCount;
    public VoicemailPlan IfVoicemail;
    public FollowUpReason? VoicemailReason;
    public GatekeeperPlan IfGatekeeper;
    public FollowUpReason? GatekeeperReason;
    public FollowUpReason? DeclineStaffReason;
    public PlanOutcome PlanOutcome;
    public Instant PlanWaitUntil;
    public StopReason PlanStopReason;
    public ReasonBits PlanReasons;

    /// <summary>The window search's scratch: the windows of the last search and what it passed on the way.</summary>
    public readonly CallWindow[] Found = new CallWindow[MaxWindows];

    /// <summary>The window search's per-strategy blocks (two longs a window strategy), grown when a policy has more strategies.</summary>
    public long[] SearchBlocks = new long[32];
    public int FoundCount;
    public int SearchCount;
    public ReasonBits FoundBlockedBy;
    public bool FoundSkippedHoliday;
    public bool FoundSkippedShort;

    private const int PurposeSlots = 5;

    /// <summary>Gets when the profile's first follow-up falls due, worked out the first time it is asked for in a decision.</summary>
    public Instant FirstFollowUpDue
    {
        get
        {
            if (!_firstFollowUpDueKnown)
            {
                _firstFollowUpDue = Calendar.OpeningAfter(Case.Interview.At, Profile.FirstCallDelayDays, Profile.DayCounting);
                _firstFollowUpDueKnown = true;
            }

            return _firstFollowUpDue;
        }
    }

    /// <summary>Gets the number of the decision the state holds now; views compare theirs with it.</summary>
    public int Generation => _generation;

    /// <summary>Takes the thread's state for a decision, or a new one when it is in use (a nested decision).</summary>
    public static DecisionState Rent()
    {
        var state = _spare ?? new DecisionState();
        _spare = null;
        return state;
    }

    /// <summary>Ends the decision (its views stop working) and gives the state back to the thread.</summary>
    public void Return()
    {
        End();
        _spare = this;
    }

    /// <summary>Starts a decision: reads the case's history and sets the draft to "call the person to ask for, no earlier than the interview".</summary>
    public void Begin(FollowUpCase followUpCase, Instant now, FollowUpProfile profile, in OfficeCalendar calendar, ReasonCatalogue catalogue, CallWindowSearch? search)
    {
        _generation++;
        Case = followUpCase;
        Now = now;
        Profile = profile;
        Calendar = calendar;
        Catalogue = catalogue;
        Search = search;
        ReadHistory();
        StartDraft();
        StartPlan();
    }

    /// <summary>Ends the decision: views stop working, and nothing of the case is held on to.</summary>
    public void End()
    {
        _generation++;
        if (!ReferenceEquals(Attempts, Case?.AttemptArray))
        {
            Array.Clear(_sorted, 0, AttemptCount);
        }

        Attempts = [];
        Case = null!;
        Profile = null!;
        Calendar = default;
        Callee = null;
        Number = null;
        InvitationReason = null;
        ChosenBecause = null;
        LinkedInRecipient = null;
        Recipients.Clear();
        VoicemailReason = null;
        GatekeeperReason = null;
        DeclineStaffReason = null;

        // The windows hold only reasons of the policy, which outlive it; they are overwritten, not cleared.
        WindowCount = 0;
        FoundCount = 0;
    }

    /// <summary>
    /// Gets the state a view reads, or throws when the view is a default value or its decision has
    /// ended. Every read of a view goes through it, so it is kept small enough to inline.
    /// </summary>
    /// <param name="state">The view's state.</param>
    /// <param name="generation">The view's decision number.</param>
    /// <param name="defaultValueMessage">What to say when the view is a default value.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DecisionState Open(DecisionState? state, int generation, string defaultValueMessage)
    {
        if (state is null || state._generation != generation)
        {
            ThrowClosed(state, defaultValueMessage);
        }

        return state;
    }

    [DoesNotReturn]
    private static void ThrowClosed(DecisionState? state, string defaultValueMessage) =>
        throw new InvalidOperationException(state is null
            ? defaultValueMessage
            : "This view belongs to a decision that has ended; contexts and drafts are valid only during the call that receives them.");

    public int Cite(FollowUpReason reason) => Catalogue.Require(reason);

    private void StartDraft()
    {
        var interviewAt = Case.Interview.At;
        Kind = NextActionKind.Call;
        Earliest = interviewAt;
        Floor = interviewAt;
        Callee = Case.Interview.Lead;
        Number = null;
        NumberKind = CallNumberKind.DirectLine;
        StopReason = StopReason.LimitReached;
        EmployerInvited = false;
        InvitedTime = null;
        InvitationReason = null;
        FinalCall = false;
        WrittenPurpose = AttemptPurpose.ThankYou;
        Recipients.Clear();
        AgencyRequest = AgencyRequest.AskForUpdate;
        AgencyChannel = ContactChannel.Phone;
        AgencyPurpose = AttemptPurpose.FollowUp;
        LinkedInRecipient = null;
        ChosenBecause = null;
        Reasons = default;
        TimingReasons = default;
    }

    private void StartPlan()
    {
        WindowCount = 0;
        IfVoicemail = VoicemailPlan.HangUpAndCallAgain;
        VoicemailReason = null;
        IfGatekeeper = GatekeeperPlan.AskToBePutThrough;
        GatekeeperReason = null;
        DeclineStaffReason = null;
        PlanOutcome = PlanOutcome.None;
        PlanReasons = default;
        FoundCount = 0;
    }

    // The history ----------------------------------------------------------------------------------------

    private void ReadHistory()
    {
        var followUpCase = Case;
        var attempts = followUpCase.AttemptArray;
        var count = attempts.Length;
        if (IsInOrder(attempts))
        {
            Attempts = attempts;
        }
        else
        {
            if (_sorted.Length < count)
            {
                _sorted = new ContactAttempt[Math.Max(count, 2 * _sorted.Length)];
            }

            Array.Copy(attempts, _sorted, count);
            Array.Sort(_sorted, 0, count, AttemptOrder.Instance);
            Attempts = _sorted;
        }

        if (Purposes.Length < count)
        {
            Purposes = new AttemptPurpose[Math.Max(count, 2 * Purposes.Length)];
        }

        AttemptCount = count;
        RoundsPerRound = 0;
        LastAttemptAt = null;
        CallCount = 0;
        FirstCallAt = null;
        LastCallAt = null;
        LastCallIndex = -1;
        VoicemailsLeft = 0;
        LastVoicemailAt = null;
        LastNewsAt = null;
        Outcome = null;
        AgencyContacts = 0;
        Array.Clear(PurposeCounts, 0, PurposeSlots);
        DecisionExpectedBy = followUpCase.Notes.DecisionExpectedBy;
        PendingInvitation = FromNotes();
        _firstFollowUpDueKnown = false;
        _thankYouWindowEndKnown = false;
        _agencyUpdateDueKnown = false;

        for (var i = 0; i < count; i++)
        {
            Read(i, Attempts[i]);
        }
    }

    private void Read(int index, ContactAttempt attempt)
    {
        var at = attempt.At;
        LastAttemptAt = at;
        if (attempt.LearnedSomething || attempt.ReachedInterviewer)
        {
            LastNewsAt = at;
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
            LastVoicemailAt = at;
        }

        var viaAgency = attempt.ViaAgency || attempt.AnsweredBy == Responder.Agency;
        AttemptPurpose purpose;
        bool answersInvitation;
        if (attempt.Purpose is { } recorded)
        {
            // What the host recorded wins. A recorded call back answers the invitation whatever its
            // time; so does a follow-up from the moment the call back is usable (the written
            // alternative to a call the employer asked for, when there is no number to call).
            answersInvitation = PendingInvitation is { } pending
                && (recorded == AttemptPurpose.RequestedCall || (recorded == AttemptPurpose.FollowUp && attempt.At >= pending.UsableFrom));
            purpose = recorded;
        }
        else
        {
            purpose = PurposeOf(attempt, viaAgency, out answersInvitation);
        }

        if (answersInvitation)
        {
            PendingInvitation = null;
        }

        if (viaAgency && purpose != AttemptPurpose.ThankYou)
        {
            AgencyContacts++;
        }

        if (!viaAgency && purpose != AttemptPurpose.ThankYou && attempt.Channel == ContactChannel.Phone)
        {
            CallCount++;
            FirstCallAt ??= at;
            LastCallAt = at;
            LastCallIndex = index;
        }

        Purposes[index] = purpose;
        var slot = (int)purpose;
        if (PurposeCounts[slot]++ == 0)
        {
            PurposeFirst[slot] = at;
        }

        PurposeLast[slot] = at;
        if (FromAttempt(attempt) is { } invitation)
        {
            PendingInvitation = invitation;
        }
    }

    /// <summary>
    /// What an attempt was for, when the host did not record it: inferred from its channel and the
    /// profile's timing, never from its place in the history (docs/concepts.md, "What an attempt was
    /// for"). A written message to the employer before the thank-you window closes is the thank-you;
    /// an agency contact in that window, before the agency update falls due, passes the thank-you on
    /// when the profile sends one; the first other agency contact, before any follow-up, is RCR-03's
    /// update when the profile makes one; an attempt from the moment a requested call back is usable
    /// answers it; anything else is a follow-up.
    /// </summary>
    private AttemptPurpose PurposeOf(ContactAttempt attempt, bool viaAgency, out bool answersInvitation)
    {
        var at = attempt.At;
        bool thankYou;
        if (viaAgency)
        {
            thankYou = Profile.ThankYouMessage != ThankYouMessage.None && PurposeCounts[(int)AttemptPurpose.ThankYou] == 0
                && at < ThankYouWindowEnd && !(at >= AgencyUpdateDue);
        }
        else
        {
            thankYou = attempt.Channel is ContactChannel.Email or ContactChannel.HandwrittenNote && at < ThankYouWindowEnd;
        }

        answersInvitation = !thankYou && PendingInvitation is { } pending && at >= pending.UsableFrom;
        if (thankYou)
        {
            return AttemptPurpose.ThankYou;
        }

        if (viaAgency && Profile.AgencyUpdateDelayDays.HasValue && PurposeCounts[(int)AttemptPurpose.AgencyUpdate] == 0
            && PurposeCounts[(int)AttemptPurpose.FollowUp] == 0 && PurposeCounts[(int)AttemptPurpose.RequestedCall] == 0 && !answersInvitation)
        {
            return AttemptPurpose.AgencyUpdate;
        }

        return answersInvitation ? AttemptPurpose.RequestedCall : AttemptPurpose.FollowUp;
    }

    /// <summary>Gets when the thank-you window closes: when the first follow-up falls due, and no earlier than the end of the interview's office day.</summary>
    /// <remarks>Worked out once a decision, the first time an attempt asks: it maps office dates to instants.</remarks>
    private Instant ThankYouWindowEnd
    {
        get
        {
            if (!_thankYouWindowEndKnown)
            {
                _thankYouWindowEnd = Instant.Max(FirstFollowUpDue, Calendar.StartOfDay(Calendar.DateOf(Case.Interview.At).PlusDays(1)));
                _thankYouWindowEndKnown = true;
            }

            return _thankYouWindowEnd;
        }
    }

    /// <summary>Gets when the profile's agency update falls due, or <see langword="null"/> when it makes none.</summary>
    /// <remarks>Worked out once a decision, the first time an agency attempt asks: it walks the office's open days.</remarks>
    private Instant? AgencyUpdateDue
    {
        get
        {
            if (!_agencyUpdateDueKnown)
            {
                _agencyUpdateDue = Profile.AgencyUpdateDelayDays is { } days ? Calendar.OpeningAfter(Case.Interview.At, days, Profile.DayCounting) : null;
                _agencyUpdateDueKnown = true;
            }

            return _agencyUpdateDue;
        }
    }

    private CallBackInvitation? FromNotes()
    {
        var notes = Case.Notes;
        var given = Case.Interview.At;
        if (notes.CallBackOn is { } on)
        {
            return new CallBackInvitation(InvitationKind.CallBackOn, given, Calendar.StartOfDay(on), on, null, null);
        }

        if (notes.CallBackWithinDays is { } days)
        {
            // Calendar days from when it was said, in the office's zone, whatever the profile counts (docs/time.md).
            var end = given.InZone(Calendar.Zone).LocalDateTime.PlusDays(days);
            return new CallBackInvitation(InvitationKind.CallBackWithinDays, given, given, end.Date, null, days, Calendar.ToInstant(end));
        }

        return null;
    }

    private CallBackInvitation? FromAttempt(ContactAttempt attempt)
    {
        if (attempt.InterviewerAvailableAt is { } time)
        {
            return new CallBackInvitation(InvitationKind.InterviewerAvailableAt, attempt.At, Calendar.StartOfDay(time.Date), time.Date, time, null);
        }

        if (attempt.CallBackOnOrAfter is { } date)
        {
            return new CallBackInvitation(InvitationKind.CallBackOnOrAfter, attempt.At, Calendar.StartOfDay(date), date, null, null);
        }

        if (attempt.CallBackInAWeekAgreed)
        {
            var weekLater = Calendar.DateOf(attempt.At).PlusDays(7);
            return new CallBackInvitation(InvitationKind.CallBackInAWeek, attempt.At, Calendar.StartOfDay(weekLater), weekLater, null, null);
        }

        return null;
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
}

/// <summary>How the call-planning stage settled, when not with a call.</summary>
internal enum PlanOutcome
{
    None = 0,
    Wait = 1,
    Stop = 2,
}
