using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// What the candidate should do next: a closed set of actions a host can switch on exhaustively
/// (<see cref="Wait"/>, <see cref="Call"/>, <see cref="SendEmail"/>, <see cref="SendThankYouNote"/>,
/// <see cref="MessageOnLinkedIn"/>, <see cref="ContactAgency"/>, <see cref="Stop"/>), with
/// <see cref="Match{TResult}"/> and <see cref="Switch"/> to handle every kind without a default arm.
/// Every action carries its <see cref="Reasons"/>.
/// </summary>
/// <remarks>
/// <para>Actions are immutable values. Two actions are equal when they say the same thing for the
/// same reasons, whichever policy decided them. Reading a member never allocates.</para>
/// <para>An action carries no text beyond names and numbers from the case: scripts and drafts are
/// rendered on request by <see cref="IFollowUpPolicy.Script"/>, so deciding stays cheap. The reasons
/// behind each part of it travel with it (for example <see cref="Call.VoicemailReason"/>), so that a
/// script cites what the deciding strategy said.</para>
/// </remarks>
public abstract record NextAction
{
    private NextAction(ReasonList reasons) => Reasons = reasons;

    /// <summary>Gets the kind of action, for storage and counting.</summary>
    public NextActionKind Kind => KindCore;

    /// <summary>Gets the reasons for the action: each deciding rule's ID and a one-line explanation, in pipeline order.</summary>
    public ReasonList Reasons { get; }

    /// <summary>Gets the kind; abstract and private to this assembly so that no other type can join the set.</summary>
    private protected abstract NextActionKind KindCore { get; }

    /// <summary>Summarizes the action in one line of plain English, for logs and consoles.</summary>
    /// <returns>For example <c>Call Jane Smith on +44 20 7946 0000 (direct line), 2026-03-03 09:00 (+00) - 10:30 (+00), Preferred</c>.</returns>
    public abstract string Describe();

    /// <summary>Returns what the function for this kind of action returns: one function per kind, all required.</summary>
    /// <typeparam name="TResult">What every function returns.</typeparam>
    /// <param name="wait">For a <see cref="Wait"/>.</param>
    /// <param name="call">For a <see cref="Call"/>.</param>
    /// <param name="sendEmail">For a <see cref="SendEmail"/>.</param>
    /// <param name="sendThankYouNote">For a <see cref="SendThankYouNote"/>.</param>
    /// <param name="messageOnLinkedIn">For a <see cref="MessageOnLinkedIn"/>.</param>
    /// <param name="contactAgency">For a <see cref="ContactAgency"/>.</param>
    /// <param name="stop">For a <see cref="Stop"/>.</param>
    /// <returns>The result of the function for this action's kind.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public TResult Match<TResult>(
        Func<Wait, TResult> wait,
        Func<Call, TResult> call,
        Func<SendEmail, TResult> sendEmail,
        Func<SendThankYouNote, TResult> sendThankYouNote,
        Func<MessageOnLinkedIn, TResult> messageOnLinkedIn,
        Func<ContactAgency, TResult> contactAgency,
        Func<Stop, TResult> stop)
    {
        Guard.NotNull(wait);
        Guard.NotNull(call);
        Guard.NotNull(sendEmail);
        Guard.NotNull(sendThankYouNote);
        Guard.NotNull(messageOnLinkedIn);
        Guard.NotNull(contactAgency);
        Guard.NotNull(stop);
        return this switch
        {
            Wait w => wait(w),
            Call c => call(c),
            SendEmail e => sendEmail(e),
            SendThankYouNote n => sendThankYouNote(n),
            MessageOnLinkedIn m => messageOnLinkedIn(m),
            ContactAgency a => contactAgency(a),
            _ => stop((Stop)this),
        };
    }

    /// <summary>Runs the action for this kind of action: one per kind, all required.</summary>
    /// <param name="wait">For a <see cref="Wait"/>.</param>
    /// <param name="call">For a <see cref="Call"/>.</param>
    /// <param name="sendEmail">For a <see cref="SendEmail"/>.</param>
    /// <param name="sendThankYouNote">For a <see cref="SendThankYouNote"/>.</param>
    /// <param name="messageOnLinkedIn">For a <see cref="MessageOnLinkedIn"/>.</param>
    /// <param name="contactAgency">For a <see cref="ContactAgency"/>.</param>
    /// <param name="stop">For a <see cref="Stop"/>.</param>
    /// <exception cref="ArgumentNullException">An action is null.</exception>
    public void Switch(
        Action<Wait> wait,
        Action<Call> call,
        Action<SendEmail> sendEmail,
        Action<SendThankYouNote> sendThankYouNote,
        Action<MessageOnLinkedIn> messageOnLinkedIn,
        Action<ContactAgency> contactAgency,
        Action<Stop> stop)
    {
        Guard.NotNull(wait);
        Guard.NotNull(call);
        Guard.NotNull(sendEmail);
        Guard.NotNull(sendThankYouNote);
        Guard.NotNull(messageOnLinkedIn);
        Guard.NotNull(contactAgency);
        Guard.NotNull(stop);
        switch (this)
        {
            case Wait w:
                wait(w);
                break;
            case Call c:
                call(c);
                break;
            case SendEmail e:
                sendEmail(e);
                break;
            case SendThankYouNote n:
                sendThankYouNote(n);
                break;
            case MessageOnLinkedIn m:
                messageOnLinkedIn(m);
                break;
            case ContactAgency a:
                contactAgency(a);
                break;
            default:
                stop((Stop)this);
                break;
        }
    }

    private static ReasonList Cite(IEnumerable<FollowUpReason> reasons) => ReasonList.Create(Guard.NotNull(reasons));

    private static void CheckWrittenPurpose(AttemptPurpose purpose, string name)
    {
        if (purpose is not (AttemptPurpose.ThankYou or AttemptPurpose.FollowUp))
        {
            throw new ArgumentException($"A written message is a ThankYou or a FollowUp, not {purpose}.", name);
        }
    }

    private static ValueList<Interviewer> People(IEnumerable<Interviewer> people, string name)
    {
        var list = ValueList<Interviewer>.CopyOf(Guard.NotNull(people));
        if (list.Count == 0 || list.Items.Contains(null!))
        {
            throw new ArgumentException("A message goes to at least one person, and none is null.", name);
        }

        return list;
    }

    /// <summary>Nothing to do before <see cref="Until"/>: decide again then (or as soon as something happens).</summary>
    /// <remarks>
    /// <see cref="Until"/> is an instant; <see cref="UntilOffset"/> is the office's UTC offset then, so
    /// <see cref="LocalUntil"/> and <see cref="Describe"/> give the office's wall-clock time as a
    /// <see cref="CallWindow"/> does, with no time zone at hand.
    /// </remarks>
    public sealed record Wait : NextAction
    {
        /// <summary>Initializes a new instance of the <see cref="Wait"/> class.</summary>
        /// <param name="until">The instant to decide again at.</param>
        /// <param name="untilOffset">The office's UTC offset at <paramref name="until"/>.</param>
        /// <param name="reasons">Why.</param>
        /// <exception cref="ArgumentException">The office's wall-clock time (<paramref name="until"/> plus the offset) falls outside the dates NodaTime represents.</exception>
        public Wait(Instant until, Offset untilOffset, IEnumerable<FollowUpReason> reasons)
            : this(until, untilOffset, Cite(reasons))
        {
            CallWindow.CheckLocal(until, untilOffset, nameof(untilOffset));
        }

        internal Wait(Instant until, Offset untilOffset, ReasonList reasons)
            : base(reasons)
        {
            Until = until;
            UntilOffset = untilOffset;
        }

        /// <summary>Gets the instant before which there is nothing to do.</summary>
        public Instant Until { get; }

        /// <summary>Gets the office's UTC offset at <see cref="Until"/>.</summary>
        public Offset UntilOffset { get; }

        /// <summary>Gets the office's wall-clock date and time at <see cref="Until"/>.</summary>
        public LocalDateTime LocalUntil => Until.WithOffset(UntilOffset).LocalDateTime;

        private protected override NextActionKind KindCore => NextActionKind.Wait;

        /// <inheritdoc/>
        /// <returns>Office time as a call's window gives it, then the instant: for example <c>Wait until 2026-03-09 05:00 (-04) [2026-03-09T09:00:00Z]</c>.</returns>
        public override string Describe() => "Wait until " + CallWindow.Format(Until, UntilOffset) + " [" + Until + "]";
    }

    /// <summary>Telephone someone who was at the interview, in a window the office welcomes.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The domain's own word; Visual Basic callers write [Call].")]
    public sealed record Call : NextAction
    {
        /// <summary>Initializes a new instance of the <see cref="Call"/> class (for hosts and readers of stored decisions).</summary>
        /// <param name="whom">The person to ask for.</param>
        /// <param name="number">The number to dial.</param>
        /// <param name="numberKind">Whether the number is the person's direct line or the general number.</param>
        /// <param name="window">The proposed window.</param>
        /// <param name="alternatives">Up to two later windows.</param>
        /// <param name="ifVoicemail">What to do if voicemail answers.</param>
        /// <param name="voicemailReason">Why, if a strategy said.</param>
        /// <param name="ifGatekeeper">What to do if a gatekeeper answers.</param>
        /// <param name="gatekeeperReason">Why, if a strategy said.</param>
        /// <param name="declineUnfamiliarStaff">Whether to decline being passed to staff who were not at the interview.</param>
        /// <param name="declineUnfamiliarStaffReason">Why, if a strategy said; only when declining.</param>
        /// <param name="requestedByEmployer">Whether the employer asked for this call.</param>
        /// <param name="isFinalCall">Whether this is the profile's last call.</param>
        /// <param name="reasons">Why: every reason of the decision (the reasons above are among them).</param>
        /// <exception cref="ArgumentException">More than two alternatives are given, they are not in order after the window, or a reason to decline staff is given without declining.</exception>
        public Call(
            Interviewer whom,
            string number,
            CallNumberKind numberKind,
            CallWindow window,
            IEnumerable<CallWindow> alternatives,
            VoicemailPlan ifVoicemail,
            FollowUpReason? voicemailReason,
            GatekeeperPlan ifGatekeeper,
            FollowUpReason? gatekeeperReason,
            bool declineUnfamiliarStaff,
            FollowUpReason? declineUnfamiliarStaffReason,
            bool requestedByEmployer,
            bool isFinalCall,
            IEnumerable<FollowUpReason> reasons)
            : base(Cite(reasons))
        {
            Whom = Guard.NotNull(whom);
            Number = Guard.NotNull(number);
            NumberKind = numberKind;
            Window = window;
            Alternatives = AlternativeWindows.Of(window, Guard.NotNull(alternatives).ToArray(), nameof(alternatives));
            IfVoicemail = ifVoicemail;
            VoicemailReason = voicemailReason;
            IfGatekeeper = ifGatekeeper;
            GatekeeperReason = gatekeeperReason;
            DeclineUnfamiliarStaff = declineUnfamiliarStaff;
            DeclineUnfamiliarStaffReason = declineUnfamiliarStaff || declineUnfamiliarStaffReason is null
                ? declineUnfamiliarStaffReason
                : throw new ArgumentException("A reason to decline unfamiliar staff is given, but the call does not decline them.", nameof(declineUnfamiliarStaffReason));
            RequestedByEmployer = requestedByEmployer;
            IsFinalCall = isFinalCall;
        }

        internal Call(DecisionState state, ReasonList reasons)
            : base(reasons)
        {
            Whom = state.Callee!;
            Number = state.Number!;
            NumberKind = state.NumberKind;
            Window = state.Windows[0];
            Alternatives = new AlternativeWindows(state.Windows[1], state.Windows[2], state.WindowCount - 1);
            IfVoicemail = state.IfVoicemail;
            VoicemailReason = state.VoicemailReason;
            IfGatekeeper = state.IfGatekeeper;
            GatekeeperReason = state.GatekeeperReason;
            DeclineUnfamiliarStaff = state.DeclineStaffReason is not null;
            DeclineUnfamiliarStaffReason = state.DeclineStaffReason;
            RequestedByEmployer = state.EmployerInvited;
            IsFinalCall = state.FinalCall;
        }

        /// <summary>Gets the person to ask for.</summary>
        public Interviewer Whom { get; }

        /// <summary>Gets the number to dial.</summary>
        public string Number { get; }

        /// <summary>Gets whether <see cref="Number"/> is the person's direct line or the company's general number.</summary>
        public CallNumberKind NumberKind { get; }

        /// <summary>Gets the proposed window: the earliest the office welcomes, or the time the employer named.</summary>
        public CallWindow Window { get; }

        /// <summary>Gets up to two later windows, in order, should the proposed one not suit.</summary>
        public AlternativeWindows Alternatives { get; }

        /// <summary>Gets what to do if voicemail answers.</summary>
        public VoicemailPlan IfVoicemail { get; }

        /// <summary>Gets the reason the plan for voicemail gives, if a strategy planned it; the script's voicemail line cites it.</summary>
        public FollowUpReason? VoicemailReason { get; }

        /// <summary>Gets what to do if a receptionist or switchboard answers.</summary>
        public GatekeeperPlan IfGatekeeper { get; }

        /// <summary>Gets the reason the plan for a gatekeeper gives, if a strategy planned it; the script's gatekeeper lines cite it.</summary>
        public FollowUpReason? GatekeeperReason { get; }

        /// <summary>Gets a value indicating whether to decline being passed to staff who were not at the interview (CBR-02).</summary>
        public bool DeclineUnfamiliarStaff { get; }

        /// <summary>Gets the reason to decline being passed to staff who were not at the interview, when the plan says to.</summary>
        public FollowUpReason? DeclineUnfamiliarStaffReason { get; }

        /// <summary>Gets a value indicating whether the employer asked for this call (ETQ-10, RCR-17, PHN-04, CBR-06); the greeting says so.</summary>
        public bool RequestedByEmployer { get; }

        /// <summary>Gets a value indicating whether this is the last call the profile allows (CBR-08).</summary>
        public bool IsFinalCall { get; }

        /// <summary>
        /// Gets what the call is for, which a host records on the attempt (<see cref="ContactAttempt.Purpose"/>):
        /// <see cref="AttemptPurpose.RequestedCall"/> when the employer asked for it, else <see cref="AttemptPurpose.FollowUp"/>.
        /// </summary>
        public AttemptPurpose Purpose => RequestedByEmployer ? AttemptPurpose.RequestedCall : AttemptPurpose.FollowUp;

        private protected override NextActionKind KindCore => NextActionKind.Call;

        /// <inheritdoc/>
        public override string Describe() =>
            "Call " + Whom.Name + " on " + Number + (NumberKind == CallNumberKind.GeneralNumber ? " (general number)" : " (direct line)") + ", " + Window;

        /// <inheritdoc/>
        public bool Equals(Call? other) =>
            other is not null
            && Reasons.Equals(other.Reasons)
            && Whom.Equals(other.Whom)
            && string.Equals(Number, other.Number, StringComparison.Ordinal)
            && NumberKind == other.NumberKind
            && Window.Equals(other.Window)
            && Alternatives.Equals(other.Alternatives)
            && IfVoicemail == other.IfVoicemail
            && Equals(VoicemailReason, other.VoicemailReason)
            && IfGatekeeper == other.IfGatekeeper
            && Equals(GatekeeperReason, other.GatekeeperReason)
            && DeclineUnfamiliarStaff == other.DeclineUnfamiliarStaff
            && Equals(DeclineUnfamiliarStaffReason, other.DeclineUnfamiliarStaffReason)
            && RequestedByEmployer == other.RequestedByEmployer
            && IsFinalCall == other.IsFinalCall;

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((Whom.GetHashCode() * 397) ^ Window.GetHashCode() ^ Reasons.GetHashCode());
    }

    /// <summary>Send an email, one to each recipient (drafts from <see cref="IFollowUpPolicy.Script"/>).</summary>
    public sealed record SendEmail : NextAction
    {
        /// <summary>Initializes a new instance of the <see cref="SendEmail"/> class.</summary>
        /// <param name="recipients">The people to email, in the order they were met; at least one.</param>
        /// <param name="purpose">What the email is for: <see cref="AttemptPurpose.ThankYou"/> or <see cref="AttemptPurpose.FollowUp"/>.</param>
        /// <param name="chosenBecause">The reason of the strategy that chose to email, if known; a draft cites it.</param>
        /// <param name="reasons">Why: every reason of the decision.</param>
        /// <exception cref="ArgumentException">No recipient, or the purpose is neither.</exception>
        public SendEmail(IEnumerable<Interviewer> recipients, AttemptPurpose purpose, FollowUpReason? chosenBecause, IEnumerable<FollowUpReason> reasons)
            : this(People(recipients, nameof(recipients)), purpose, chosenBecause, Cite(reasons))
        {
            CheckWrittenPurpose(purpose, nameof(purpose));
        }

        internal SendEmail(IReadOnlyList<Interviewer> recipients, AttemptPurpose purpose, FollowUpReason? chosenBecause, ReasonList reasons)
            : base(reasons)
        {
            To = recipients;
            Purpose = purpose;
            ChosenBecause = chosenBecause;
        }

        /// <summary>Gets the people to email, in the order they were met.</summary>
        public IReadOnlyList<Interviewer> To { get; }

        /// <summary>Gets what the email is for: the thank-you or a follow-up.</summary>
        public AttemptPurpose Purpose { get; }

        /// <summary>Gets the reason of the strategy that chose to email; the drafts cite it.</summary>
        public FollowUpReason? ChosenBecause { get; }

        private protected override NextActionKind KindCore => NextActionKind.SendEmail;

        /// <inheritdoc/>
        public override string Describe() =>
            (Purpose == AttemptPurpose.ThankYou ? "Email a thank-you to " : "Email a follow-up to ") + string.Join(", ", To.Select(p => p.Name));

        /// <inheritdoc/>
        public bool Equals(SendEmail? other) =>
            other is not null && Purpose == other.Purpose && Equals(ChosenBecause, other.ChosenBecause) && Reasons.Equals(other.Reasons) && To.SequenceEqual(other.To);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked(((int)Purpose * 397) ^ Reasons.GetHashCode());
    }

    /// <summary>Send a handwritten note or card: the thank-you (PHN-01) or a follow-up in place of a call (RCR-19).</summary>
    public sealed record SendThankYouNote : NextAction
    {
        /// <summary>Initializes a new instance of the <see cref="SendThankYouNote"/> class.</summary>
        /// <param name="recipients">The people to write to, in the order they were met; at least one.</param>
        /// <param name="purpose">What the note is for: <see cref="AttemptPurpose.ThankYou"/> or <see cref="AttemptPurpose.FollowUp"/>.</param>
        /// <param name="chosenBecause">The reason of the strategy that chose the note, if known; a draft cites it.</param>
        /// <param name="reasons">Why: every reason of the decision.</param>
        /// <exception cref="ArgumentException">No recipient, or the purpose is neither.</exception>
        public SendThankYouNote(IEnumerable<Interviewer> recipients, AttemptPurpose purpose, FollowUpReason? chosenBecause, IEnumerable<FollowUpReason> reasons)
            : this(People(recipients, nameof(recipients)), purpose, chosenBecause, Cite(reasons))
        {
            CheckWrittenPurpose(purpose, nameof(purpose));
        }

        internal SendThankYouNote(IReadOnlyList<Interviewer> recipients, AttemptPurpose purpose, FollowUpReason? chosenBecause, ReasonList reasons)
            : base(reasons)
        {
            To = recipients;
            Purpose = purpose;
            ChosenBecause = chosenBecause;
        }

        /// <summary>Gets the people to write to, in the order they were met.</summary>
        public IReadOnlyList<Interviewer> To { get; }

        /// <summary>Gets what the note is for: the thank-you or a follow-up.</summary>
        public AttemptPurpose Purpose { get; }

        /// <summary>Gets the reason of the strategy that chose the note; the drafts cite it.</summary>
        public FollowUpReason? ChosenBecause { get; }

        private protected override NextActionKind KindCore => NextActionKind.SendThankYouNote;

        /// <inheritdoc/>
        public override string Describe() => "Send a handwritten note to " + string.Join(", ", To.Select(p => p.Name));

        /// <inheritdoc/>
        public bool Equals(SendThankYouNote? other) =>
            other is not null && Purpose == other.Purpose && Equals(ChosenBecause, other.ChosenBecause) && Reasons.Equals(other.Reasons) && To.SequenceEqual(other.To);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked(((int)Purpose * 397) ^ Reasons.GetHashCode());
    }

    /// <summary>Message the person the candidate already talked with about this work on LinkedIn (RCR-20).</summary>
    public sealed record MessageOnLinkedIn : NextAction
    {
        /// <summary>Initializes a new instance of the <see cref="MessageOnLinkedIn"/> class.</summary>
        /// <param name="recipient">The person's name.</param>
        /// <param name="reasons">Why.</param>
        public MessageOnLinkedIn(string recipient, IEnumerable<FollowUpReason> reasons)
            : this(recipient, Cite(reasons))
        {
        }

        internal MessageOnLinkedIn(string recipient, ReasonList reasons)
            : base(reasons) => Recipient = Guard.NotNull(recipient);

        /// <summary>Gets the name of the person to message.</summary>
        public string Recipient { get; }

        /// <summary>Gets what the message is for, which a host records on the attempt (<see cref="ContactAttempt.Purpose"/>): always <see cref="AttemptPurpose.FollowUp"/>.</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every action has an instance Purpose, read alike.")]
        public AttemptPurpose Purpose => AttemptPurpose.FollowUp;

        private protected override NextActionKind KindCore => NextActionKind.MessageOnLinkedIn;

        /// <inheritdoc/>
        public override string Describe() => "Message " + Recipient + " on LinkedIn";
    }

    /// <summary>Contact the candidate's agency representative, to pass a message on or for an update.</summary>
    public sealed record ContactAgency : NextAction
    {
        /// <summary>Initializes a new instance of the <see cref="ContactAgency"/> class.</summary>
        /// <param name="agency">The representative.</param>
        /// <param name="request">What to ask of them.</param>
        /// <param name="channel">Phone or email.</param>
        /// <param name="reasons">Why.</param>
        /// <remarks>The purpose is the request's usual one: <see cref="AttemptPurpose.ThankYou"/> for <see cref="AgencyRequest.ForwardThankYou"/>, else <see cref="AttemptPurpose.FollowUp"/>.</remarks>
        public ContactAgency(AgencyContact agency, AgencyRequest request, ContactChannel channel, IEnumerable<FollowUpReason> reasons)
            : this(agency, request, channel, UsualPurpose(request), Cite(reasons))
        {
        }

        /// <summary>Initializes a new instance of the <see cref="ContactAgency"/> class.</summary>
        /// <param name="agency">The representative.</param>
        /// <param name="request">What to ask of them.</param>
        /// <param name="channel">Phone or email.</param>
        /// <param name="purpose">What the contact is for: <see cref="AttemptPurpose.ThankYou"/> to pass a thank-you on; <see cref="AttemptPurpose.AgencyUpdate"/> (RCR-03's early update) or <see cref="AttemptPurpose.FollowUp"/> (the agency standing in for the employer) for an update.</param>
        /// <param name="reasons">Why.</param>
        /// <exception cref="ArgumentException"><paramref name="purpose"/> does not fit <paramref name="request"/>.</exception>
        public ContactAgency(AgencyContact agency, AgencyRequest request, ContactChannel channel, AttemptPurpose purpose, IEnumerable<FollowUpReason> reasons)
            : this(agency, request, channel, CheckAgencyPurpose(request, purpose), Cite(reasons))
        {
        }

        internal ContactAgency(AgencyContact agency, AgencyRequest request, ContactChannel channel, AttemptPurpose purpose, ReasonList reasons)
            : base(reasons)
        {
            Agency = Guard.NotNull(agency);
            Request = request;
            Channel = channel;
            Purpose = purpose;
        }

        /// <summary>Gets the agency representative.</summary>
        public AgencyContact Agency { get; }

        /// <summary>Gets what to ask of them.</summary>
        public AgencyRequest Request { get; }

        /// <summary>Gets how to reach them: by phone when a number is known, otherwise by email.</summary>
        public ContactChannel Channel { get; }

        /// <summary>
        /// Gets what the contact is for, which a host records on the attempt (<see cref="ContactAttempt.Purpose"/>):
        /// <see cref="AttemptPurpose.ThankYou"/>, <see cref="AttemptPurpose.AgencyUpdate"/> or <see cref="AttemptPurpose.FollowUp"/>.
        /// </summary>
        public AttemptPurpose Purpose { get; }

        /// <summary>Gets the purpose a request has when none is given.</summary>
        internal static AttemptPurpose UsualPurpose(AgencyRequest request) =>
            request == AgencyRequest.ForwardThankYou ? AttemptPurpose.ThankYou : AttemptPurpose.FollowUp;

        /// <summary>Returns <paramref name="purpose"/> when it fits <paramref name="request"/>, else throws.</summary>
        internal static AttemptPurpose CheckAgencyPurpose(AgencyRequest request, AttemptPurpose purpose) =>
            (request == AgencyRequest.ForwardThankYou ? purpose == AttemptPurpose.ThankYou : purpose is AttemptPurpose.AgencyUpdate or AttemptPurpose.FollowUp)
                ? purpose
                : throw new ArgumentException($"An agency contact to {request} is not for {purpose}: passing a thank-you on is ThankYou; an update is AgencyUpdate or FollowUp.", nameof(purpose));

        private protected override NextActionKind KindCore => NextActionKind.ContactAgency;

        /// <inheritdoc/>
        public override string Describe() =>
            (Request == AgencyRequest.ForwardThankYou ? "Ask " : "Ask for an update from ") + Agency.Name
            + (Request == AgencyRequest.ForwardThankYou ? " (agency) to pass a thank-you on" : " (agency)")
            + (Channel == ContactChannel.Phone ? ", by phone" : ", by email");
    }

    /// <summary>Stop following up and move on.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The domain's own word; Visual Basic callers write [Stop].")]
    public sealed record Stop : NextAction
    {
        /// <summary>Initializes a new instance of the <see cref="Stop"/> class.</summary>
        /// <param name="reason">Why the follow-up ends.</param>
        /// <param name="reasons">The rules behind it.</param>
        public Stop(StopReason reason, IEnumerable<FollowUpReason> reasons)
            : this(reason, Cite(reasons))
        {
        }

        internal Stop(StopReason reason, ReasonList reasons)
            : base(reasons) => Reason = reason;

        /// <summary>Gets why the follow-up ends.</summary>
        public StopReason Reason { get; }

        private protected override NextActionKind KindCore => NextActionKind.Stop;

        /// <inheritdoc/>
        public override string Describe() => "Stop: " + Reason switch
        {
            StopReason.PositionFilled => "the position has been filled",
            StopReason.OfferMade => "an offer has been made",
            StopReason.NotConsidered => "no longer under consideration",
            StopReason.NoResponse => "no response; move on",
            StopReason.LimitReached => "no further contact allowed",
            StopReason.NoCallWindow => "no time to call within a year",
            _ => "no way to reach anyone",
        };
    }
}
