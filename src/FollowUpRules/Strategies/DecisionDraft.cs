using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// The decision as it takes shape in the rule pipeline: the kind of action, the earliest moment for
/// it, whom to contact, and the reasons so far. Rules adjust it through its methods, each of which
/// records the reason for the change.
/// </summary>
/// <remarks>
/// <para>A draft starts as "call the person to ask for, no earlier than the interview".</para>
/// <para>Timing is a single <see cref="Earliest"/> instant. <see cref="NotBefore"/> can only push it
/// later, and its reason replaces the timing reasons that no longer bind; <see cref="Reschedule"/>
/// sets it outright (a date the employer gave overrides the profile's own waits), but never before
/// the interview: a call-back date on the interview's own day still means after it.</para>
/// <para>Once a rule calls <see cref="Stop"/>, the pipeline ends; the stop carries that rule's reason only.</para>
/// </remarks>
public struct DecisionDraft
{
    private readonly ReasonCatalogue _catalogue;
    // Reasons as bits without the catalogue (no object reference), so that citing one writes two
    // numbers, not a reference that needs the GC's write barrier.
    private Bits _reasons;
    private Bits _timingReasons;
    private readonly Instant _floor;

    internal DecisionDraft(ReasonCatalogue catalogue, Instant earliest, Interviewer? lead)
    {
        _catalogue = catalogue;
        _reasons = default;
        _timingReasons = default;
        Kind = NextActionKind.Call;
        Earliest = earliest;
        _floor = earliest;
        Callee = lead;
        Number = null;
        NumberKind = CallNumberKind.DirectLine;
        StopReason = StopReason.LimitReached;
        EmployerInvited = false;
        FinalCall = false;
        InvitedTime = null;
        InvitationReason = -1;
        VoicemailFrom = null;
        IfGatekeeper = GatekeeperPlan.AskToBePutThrough;
        DeclineUnfamiliarStaff = false;
        EmailPurpose = EmailPurpose.ThankYou;
        Recipients = default;
        AgencyRequest = AgencyRequest.AskForUpdate;
        AgencyChannel = ContactChannel.Phone;
        LinkedInRecipient = null;
    }

    /// <summary>Gets the kind of action proposed so far.</summary>
    public NextActionKind Kind { get; private set; }

    /// <summary>Gets the earliest instant at which the action may happen.</summary>
    public Instant Earliest { get; private set; }

    /// <summary>Gets a value indicating whether a rule has stopped the follow-up.</summary>
    public readonly bool IsStopped => Kind == NextActionKind.Stop;

    /// <summary>Gets why the follow-up stops, once <see cref="IsStopped"/>.</summary>
    public StopReason StopReason { get; private set; }

    /// <summary>Gets the person to call or write to.</summary>
    public Interviewer? Callee { get; private set; }

    /// <summary>Gets the number to dial, once chosen.</summary>
    public string? Number { get; private set; }

    /// <summary>Gets whether <see cref="Number"/> is a direct line or the general number.</summary>
    public CallNumberKind NumberKind { get; private set; }

    /// <summary>Gets a value indicating whether the employer asked for this contact.</summary>
    public bool EmployerInvited { get; private set; }

    /// <summary>Gets a value indicating whether this is the profile's final call.</summary>
    public bool FinalCall { get; private set; }

    /// <summary>Gets the office-local time the employer named for the call, if any.</summary>
    public LocalDateTime? InvitedTime { get; private set; }

    /// <summary>Gets the instant from which a voicemail may be left; <see langword="null"/> means never.</summary>
    public Instant? VoicemailFrom { get; private set; }

    /// <summary>Gets what to do if a gatekeeper answers.</summary>
    public GatekeeperPlan IfGatekeeper { get; private set; }

    /// <summary>Gets a value indicating whether to decline being passed to staff who were not at the interview.</summary>
    public bool DeclineUnfamiliarStaff { get; private set; }

    /// <summary>Gets what an email is for, when <see cref="Kind"/> is <see cref="NextActionKind.SendEmail"/>.</summary>
    public EmailPurpose EmailPurpose { get; private set; }

    /// <summary>Gets what to ask the agency, when <see cref="Kind"/> is <see cref="NextActionKind.ContactAgency"/>.</summary>
    public AgencyRequest AgencyRequest { get; private set; }

    /// <summary>Gets how to reach the agency.</summary>
    public ContactChannel AgencyChannel { get; private set; }

    /// <summary>Gets whom to message on LinkedIn.</summary>
    public string? LinkedInRecipient { get; private set; }

    /// <summary>Gets the reasons so far, in pipeline order.</summary>
    public readonly ReasonList Reasons => _reasons.Union(_timingReasons).In(_catalogue);

    internal Recipients Recipients { get; private set; }

    internal int InvitationReason { get; private set; }

    /// <summary>Records a reason without changing anything else.</summary>
    /// <param name="reason">The reason, declared by the calling rule's descriptor.</param>
    public void Because(FollowUpReason reason) => _reasons = _reasons.With(IndexOf(reason));

    /// <summary>Stops the follow-up; the pipeline ends here, and the stop carries this rule's reason alone.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="because">The rule's reason.</param>
    public void Stop(StopReason reason, FollowUpReason because)
    {
        Kind = NextActionKind.Stop;
        StopReason = reason;
        _reasons = default(Bits).With(IndexOf(because));
        _timingReasons = default;
    }

    /// <summary>Pushes <see cref="Earliest"/> to <paramref name="instant"/> if that is later (a tie adds the reason too).</summary>
    /// <param name="instant">The earliest instant this rule allows.</param>
    /// <param name="because">The rule's reason.</param>
    public void NotBefore(Instant instant, FollowUpReason because)
    {
        var index = IndexOf(because);
        if (instant > Earliest)
        {
            Earliest = instant;
            _timingReasons = default(Bits).With(index);
        }
        else if (instant == Earliest)
        {
            _timingReasons = _timingReasons.With(index);
        }
    }

    /// <summary>
    /// Sets <see cref="Earliest"/> outright, earlier or later but no earlier than the interview,
    /// replacing the timing reasons.
    /// </summary>
    /// <param name="instant">The new earliest instant; an instant before the interview means the interview.</param>
    /// <param name="because">The rule's reason.</param>
    public void Reschedule(Instant instant, FollowUpReason because)
    {
        Earliest = instant > _floor ? instant : _floor;
        _timingReasons = default(Bits).With(IndexOf(because));
    }

    /// <summary>Marks the contact as one the employer asked for, optionally at a named time.</summary>
    /// <param name="at">The office-local time named, if any; the call window is placed there.</param>
    /// <param name="because">The rule's reason; windows at the named time cite it.</param>
    public void MarkEmployerInvited(LocalDateTime? at, FollowUpReason because)
    {
        EmployerInvited = true;
        InvitedTime = at;
        InvitationReason = IndexOf(because);
        _reasons = _reasons.With(InvitationReason);
    }

    /// <summary>Marks the call as the profile's final one.</summary>
    /// <param name="because">The rule's reason.</param>
    public void MarkFinalCall(FollowUpReason because)
    {
        FinalCall = true;
        Because(because);
    }

    /// <summary>Proposes a call to <paramref name="person"/> on <paramref name="number"/>.</summary>
    /// <param name="person">The person to ask for.</param>
    /// <param name="number">The number to dial.</param>
    /// <param name="kind">Whether it is their direct line or the general number.</param>
    /// <param name="because">The rule's reason.</param>
    public void CallPerson(Interviewer person, string number, CallNumberKind kind, FollowUpReason because)
    {
        Kind = NextActionKind.Call;
        Callee = Guard.NotNull(person);
        Number = Guard.NotNull(number);
        NumberKind = kind;
        Because(because);
    }

    /// <summary>Leaves the call without a number: no telephone route the profile allows. Later rules may offer another channel; otherwise the follow-up stops (FUR-08).</summary>
    /// <param name="because">The rule's reason.</param>
    public void NoNumber(FollowUpReason because)
    {
        Kind = NextActionKind.Call;
        Number = null;
        Because(because);
    }

    /// <summary>Proposes an email to the interviewers whose <paramref name="recipients"/> flag is set (at most 64, in case order).</summary>
    /// <param name="recipients">A bit per interviewer of the case, in order.</param>
    /// <param name="people">The case's interviewers.</param>
    /// <param name="purpose">What the email is for.</param>
    /// <param name="because">The rule's reason.</param>
    internal void SendEmail(ulong recipients, Interviewer[] people, EmailPurpose purpose, FollowUpReason because)
    {
        Kind = NextActionKind.SendEmail;
        Recipients = new Recipients(people, recipients);
        EmailPurpose = purpose;
        Because(because);
    }

    /// <summary>Proposes a handwritten note to the interviewers whose <paramref name="recipients"/> flag is set.</summary>
    internal void SendThankYouNote(ulong recipients, Interviewer[] people, FollowUpReason because)
    {
        Kind = NextActionKind.SendThankYouNote;
        Recipients = new Recipients(people, recipients);
        Because(because);
    }

    /// <summary>Proposes an email to one person.</summary>
    /// <param name="person">The person; one of the case's interviewers, with an email address.</param>
    /// <param name="purpose">What the email is for.</param>
    /// <param name="because">The rule's reason.</param>
    public void EmailPerson(Interviewer person, EmailPurpose purpose, FollowUpReason because)
    {
        Kind = NextActionKind.SendEmail;
        Callee = Guard.NotNull(person);
        Recipients = new Recipients([person], 1);
        EmailPurpose = purpose;
        Because(because);
    }

    /// <summary>Proposes a handwritten note to one person.</summary>
    /// <param name="person">The person.</param>
    /// <param name="because">The rule's reason.</param>
    public void WriteNoteTo(Interviewer person, FollowUpReason because)
    {
        Kind = NextActionKind.SendThankYouNote;
        Callee = Guard.NotNull(person);
        Recipients = new Recipients([person], 1);
        Because(because);
    }

    /// <summary>Proposes a LinkedIn message.</summary>
    /// <param name="recipient">The name of the person to message.</param>
    /// <param name="because">The rule's reason.</param>
    public void MessageOnLinkedIn(string recipient, FollowUpReason because)
    {
        Kind = NextActionKind.MessageOnLinkedIn;
        LinkedInRecipient = Guard.NotNull(recipient);
        Because(because);
    }

    /// <summary>Proposes contacting the candidate's agency.</summary>
    /// <param name="request">What to ask.</param>
    /// <param name="channel">Phone or email.</param>
    /// <param name="because">The rule's reason.</param>
    public void ContactAgency(AgencyRequest request, ContactChannel channel, FollowUpReason because)
    {
        Kind = NextActionKind.ContactAgency;
        AgencyRequest = request;
        AgencyChannel = channel;
        Because(because);
    }

    /// <summary>Allows a voicemail from <paramref name="from"/> on (or never, with <see langword="null"/>).</summary>
    /// <param name="from">The first instant a voicemail may be left, or <see langword="null"/> for never.</param>
    /// <param name="because">The rule's reason.</param>
    public void AllowVoicemailFrom(Instant? from, FollowUpReason because)
    {
        VoicemailFrom = from;
        Because(because);
    }

    /// <summary>Sets what to do if a gatekeeper answers.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="declineUnfamiliarStaff">Whether to decline being passed to staff who were not at the interview.</param>
    /// <param name="because">The rule's reason.</param>
    public void HandleGatekeeper(GatekeeperPlan plan, bool declineUnfamiliarStaff, FollowUpReason because)
    {
        IfGatekeeper = plan;
        DeclineUnfamiliarStaff = declineUnfamiliarStaff;
        Because(because);
    }

    internal readonly ReasonList DecisionReasons => (Kind == NextActionKind.Stop ? _reasons : _reasons.Union(_timingReasons)).In(_catalogue);

    private readonly int IndexOf(FollowUpReason reason)
    {
        var index = _catalogue.IndexOf(Guard.NotNull(reason));
        if (index < 0)
        {
            throw new InvalidOperationException(
                $"The reason '{reason}' is not declared by any strategy of this policy. A rule may only cite reasons listed in its StrategyDescriptor.Reasons.");
        }

        return index;
    }

    /// <summary>A set of reason numbers of the policy's catalogue.</summary>
    private readonly struct Bits
    {
        private readonly ulong _low;
        private readonly ulong _high;

        private Bits(ulong low, ulong high)
        {
            _low = low;
            _high = high;
        }

        public Bits With(int index) =>
            index < 64 ? new Bits(_low | (1UL << index), _high) : new Bits(_low, _high | (1UL << (index - 64)));

        public Bits Union(Bits other) => new(_low | other._low, _high | other._high);

        public ReasonList In(ReasonCatalogue catalogue) => new(catalogue, _low, _high);
    }
}
