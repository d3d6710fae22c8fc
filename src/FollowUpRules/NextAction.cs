using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>
/// What the candidate should do next: a closed set of actions a host can switch on exhaustively
/// (<see cref="Wait"/>, <see cref="Call"/>, <see cref="SendEmail"/>, <see cref="SendThankYouNote"/>,
/// <see cref="MessageOnLinkedIn"/>, <see cref="ContactAgency"/>, <see cref="Stop"/>). Every action
/// carries its <see cref="Reasons"/>.
/// </summary>
/// <remarks>
/// <para>Actions are immutable values. Two actions are equal when they say the same thing for the
/// same reasons, whichever policy decided them.</para>
/// <para>An action carries no text beyond names and numbers from the case: scripts and drafts are
/// rendered on request by <see cref="IFollowUpPolicy.Script"/>, so deciding stays cheap.</para>
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

    private static ReasonList Cite(IEnumerable<FollowUpReason> reasons) => ReasonList.Create(Guard.NotNull(reasons));

    /// <summary>Nothing to do before <see cref="Until"/>: decide again then (or as soon as something happens).</summary>
    public sealed record Wait : NextAction
    {
        /// <summary>Initializes a new instance of the <see cref="Wait"/> class.</summary>
        /// <param name="until">The instant to decide again at.</param>
        /// <param name="reasons">Why.</param>
        public Wait(Instant until, IEnumerable<FollowUpReason> reasons)
            : this(until, Cite(reasons))
        {
        }

        internal Wait(Instant until, ReasonList reasons)
            : base(reasons) => Until = until;

        /// <summary>Gets the instant before which there is nothing to do.</summary>
        public Instant Until { get; }

        private protected override NextActionKind KindCore => NextActionKind.Wait;

        /// <inheritdoc/>
        public override string Describe() => "Wait until " + Until;
    }

    /// <summary>Telephone someone who was at the interview, in a window the office welcomes.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "The domain's own word; Visual Basic callers write [Call].")]
    public sealed record Call : NextAction
    {
        private const byte DeclineFlag = 1;
        private const byte RequestedFlag = 2;
        private const byte FinalFlag = 4;

        private readonly PackedWindow _window;
        private readonly PackedWindow _alternative1;
        private readonly PackedWindow _alternative2;
        private readonly byte _alternativeCount;
        private readonly byte _flags;
        private readonly byte _voicemail;
        private readonly byte _gatekeeper;
        private readonly byte _numberKind;

        /// <summary>Initializes a new instance of the <see cref="Call"/> class (for hosts and readers of stored decisions).</summary>
        /// <param name="whom">The person to ask for.</param>
        /// <param name="number">The number to dial.</param>
        /// <param name="numberKind">Whether the number is the person's direct line or the general number.</param>
        /// <param name="window">The proposed window.</param>
        /// <param name="alternatives">Up to two later windows.</param>
        /// <param name="ifVoicemail">What to do if voicemail answers.</param>
        /// <param name="ifGatekeeper">What to do if a gatekeeper answers.</param>
        /// <param name="declineUnfamiliarStaff">Whether to decline being passed to staff who were not at the interview.</param>
        /// <param name="requestedByEmployer">Whether the employer asked for this call.</param>
        /// <param name="isFinalCall">Whether this is the profile's last call.</param>
        /// <param name="reasons">Why.</param>
        /// <exception cref="ArgumentException">More than two alternatives are given.</exception>
        public Call(
            Interviewer whom,
            string number,
            CallNumberKind numberKind,
            CallWindow window,
            IEnumerable<CallWindow> alternatives,
            VoicemailPlan ifVoicemail,
            GatekeeperPlan ifGatekeeper,
            bool declineUnfamiliarStaff,
            bool requestedByEmployer,
            bool isFinalCall,
            IEnumerable<FollowUpReason> reasons)
            : base(CiteWithShapers(reasons, window, alternatives))
        {
            var others = alternatives.ToArray();
            var catalogue = Reasons.Catalogue;
            Whom = Guard.NotNull(whom);
            Number = Guard.NotNull(number);
            _numberKind = (byte)numberKind;
            _window = PackedWindow.Pack(window, catalogue);
            _alternativeCount = (byte)others.Length;
            _alternative1 = others.Length > 0 ? PackedWindow.Pack(others[0], catalogue) : default;
            _alternative2 = others.Length > 1 ? PackedWindow.Pack(others[1], catalogue) : default;
            _voicemail = (byte)ifVoicemail;
            _gatekeeper = (byte)ifGatekeeper;
            _flags = Flags(declineUnfamiliarStaff, requestedByEmployer, isFinalCall);
        }

        internal Call(
            ReasonList reasons,
            Interviewer whom,
            string number,
            CallNumberKind numberKind,
            in WindowTriple windows,
            VoicemailPlan ifVoicemail,
            GatekeeperPlan ifGatekeeper,
            bool declineUnfamiliarStaff,
            bool requestedByEmployer,
            bool isFinalCall)
            : base(reasons)
        {
            Whom = whom;
            Number = number;
            _numberKind = (byte)numberKind;
            _window = windows.First;
            _alternative1 = windows.Second;
            _alternative2 = windows.Third;
            _alternativeCount = (byte)(windows.Count - 1);
            _voicemail = (byte)ifVoicemail;
            _gatekeeper = (byte)ifGatekeeper;
            _flags = Flags(declineUnfamiliarStaff, requestedByEmployer, isFinalCall);
        }

        /// <summary>Gets the person to ask for.</summary>
        public Interviewer Whom { get; }

        /// <summary>Gets the number to dial.</summary>
        public string Number { get; }

        /// <summary>Gets whether <see cref="Number"/> is the person's direct line or the company's general number.</summary>
        public CallNumberKind NumberKind => (CallNumberKind)_numberKind;

        /// <summary>Gets the proposed window: the earliest the office welcomes, or the time the employer named.</summary>
        public CallWindow Window => _window.Unpack(Reasons.Catalogue);

        /// <summary>Gets up to two later windows, in order, should the proposed one not suit.</summary>
        public IReadOnlyList<CallWindow> Alternatives =>
            _alternativeCount switch
            {
                0 => ValueList<CallWindow>.Empty,
                1 => ValueList<CallWindow>.Adopt([_alternative1.Unpack(Reasons.Catalogue)]),
                _ => ValueList<CallWindow>.Adopt([_alternative1.Unpack(Reasons.Catalogue), _alternative2.Unpack(Reasons.Catalogue)]),
            };

        /// <summary>Gets what to do if voicemail answers.</summary>
        public VoicemailPlan IfVoicemail => (VoicemailPlan)_voicemail;

        /// <summary>Gets what to do if a receptionist or switchboard answers.</summary>
        public GatekeeperPlan IfGatekeeper => (GatekeeperPlan)_gatekeeper;

        /// <summary>Gets a value indicating whether to decline being passed to staff who were not at the interview (CBR-02).</summary>
        public bool DeclineUnfamiliarStaff => (_flags & DeclineFlag) != 0;

        /// <summary>Gets a value indicating whether the employer asked for this call (ETQ-10, RCR-17, PHN-04, CBR-06); the greeting says so.</summary>
        public bool RequestedByEmployer => (_flags & RequestedFlag) != 0;

        /// <summary>Gets a value indicating whether this is the last call the profile allows (CBR-08).</summary>
        public bool IsFinalCall => (_flags & FinalFlag) != 0;

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
            && _numberKind == other._numberKind
            && _voicemail == other._voicemail
            && _gatekeeper == other._gatekeeper
            && _flags == other._flags
            && Window.Equals(other.Window)
            && Alternatives.SequenceEqual(other.Alternatives);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked((Whom.GetHashCode() * 397) ^ _window.StartTicks.GetHashCode() ^ Reasons.GetHashCode());

        private static byte Flags(bool decline, bool requested, bool final) =>
            (byte)((decline ? DeclineFlag : 0) | (requested ? RequestedFlag : 0) | (final ? FinalFlag : 0));

        private static ReasonList CiteWithShapers(IEnumerable<FollowUpReason> reasons, CallWindow window, IEnumerable<CallWindow> alternatives)
        {
            var others = Guard.NotNull(alternatives).ToArray();
            if (others.Length > 2)
            {
                throw new ArgumentException($"A call carries at most two alternative windows; {others.Length} were given. Ask the policy for more with FindCallWindows.", nameof(alternatives));
            }

            var cited = Guard.NotNull(reasons).ToList();
            var shapers = new[] { window }.Concat(others).SelectMany(w => new[] { w.StartShapedBy, w.EndShapedBy }).OfType<FollowUpReason>();
            var catalogue = ReasonCatalogue.Create(cited.Concat(shapers));
            var list = new ReasonList(catalogue, 0, 0);
            foreach (var reason in cited)
            {
                list = list.With(catalogue.IndexOf(reason));
            }

            return list;
        }
    }

    /// <summary>Send an email, one to each recipient (drafts from <see cref="IFollowUpPolicy.Script"/>).</summary>
    public sealed record SendEmail : NextAction
    {
        private readonly Recipients _recipients;

        /// <summary>Initializes a new instance of the <see cref="SendEmail"/> class.</summary>
        /// <param name="recipients">The people to email; each has an address.</param>
        /// <param name="purpose">What the email is for.</param>
        /// <param name="reasons">Why.</param>
        public SendEmail(IEnumerable<Interviewer> recipients, EmailPurpose purpose, IEnumerable<FollowUpReason> reasons)
            : this(Recipients.All(recipients), purpose, Cite(reasons))
        {
        }

        internal SendEmail(Recipients recipients, EmailPurpose purpose, ReasonList reasons)
            : base(reasons)
        {
            _recipients = recipients;
            Purpose = purpose;
        }

        /// <summary>Gets the people to email, in the order they were met.</summary>
        public IReadOnlyList<Interviewer> To => _recipients.ToList();

        /// <summary>Gets what the email is for.</summary>
        public EmailPurpose Purpose { get; }

        private protected override NextActionKind KindCore => NextActionKind.SendEmail;

        /// <inheritdoc/>
        public override string Describe() =>
            (Purpose == EmailPurpose.ThankYou ? "Email a thank-you to " : "Email a follow-up to ") + string.Join(", ", To.Select(p => p.Name));

        /// <inheritdoc/>
        public bool Equals(SendEmail? other) =>
            other is not null && Purpose == other.Purpose && Reasons.Equals(other.Reasons) && To.SequenceEqual(other.To);

        /// <inheritdoc/>
        public override int GetHashCode() => unchecked(((int)Purpose * 397) ^ Reasons.GetHashCode());
    }

    /// <summary>Send a handwritten thank-you note or card (PHN-01, RCR-19).</summary>
    public sealed record SendThankYouNote : NextAction
    {
        private readonly Recipients _recipients;

        /// <summary>Initializes a new instance of the <see cref="SendThankYouNote"/> class.</summary>
        /// <param name="recipients">The people to write to.</param>
        /// <param name="reasons">Why.</param>
        public SendThankYouNote(IEnumerable<Interviewer> recipients, IEnumerable<FollowUpReason> reasons)
            : this(Recipients.All(recipients), Cite(reasons))
        {
        }

        internal SendThankYouNote(Recipients recipients, ReasonList reasons)
            : base(reasons) => _recipients = recipients;

        /// <summary>Gets the people to write to, in the order they were met.</summary>
        public IReadOnlyList<Interviewer> To => _recipients.ToList();

        private protected override NextActionKind KindCore => NextActionKind.SendThankYouNote;

        /// <inheritdoc/>
        public override string Describe() => "Send a handwritten note to " + string.Join(", ", To.Select(p => p.Name));

        /// <inheritdoc/>
        public bool Equals(SendThankYouNote? other) => other is not null && Reasons.Equals(other.Reasons) && To.SequenceEqual(other.To);

        /// <inheritdoc/>
        public override int GetHashCode() => Reasons.GetHashCode();
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
        public ContactAgency(AgencyContact agency, AgencyRequest request, ContactChannel channel, IEnumerable<FollowUpReason> reasons)
            : this(agency, request, channel, Cite(reasons))
        {
        }

        internal ContactAgency(AgencyContact agency, AgencyRequest request, ContactChannel channel, ReasonList reasons)
            : base(reasons)
        {
            Agency = Guard.NotNull(agency);
            Request = request;
            Channel = channel;
        }

        /// <summary>Gets the agency representative.</summary>
        public AgencyContact Agency { get; }

        /// <summary>Gets what to ask of them.</summary>
        public AgencyRequest Request { get; }

        /// <summary>Gets how to reach them: by phone when a number is known, otherwise by email.</summary>
        public ContactChannel Channel { get; }

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
