using System.Runtime.CompilerServices;
using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules.Strategies;

/// <summary>
/// The decision as it takes shape in the decision stage: the kind of action, the earliest moment for
/// it, whom to contact, and the reasons so far. Strategies adjust it through its methods, each of
/// which records the reason for the change.
/// </summary>
/// <remarks>
/// <para>A draft starts as "call the person to ask for, no earlier than the interview".</para>
/// <para>Timing is a single <see cref="Earliest"/> instant. <see cref="NotBefore"/> can only push it
/// later, and its reason replaces the timing reasons that no longer bind; <see cref="Reschedule"/>
/// sets it outright (a date the employer gave overrides the profile's own waits), but never before
/// the interview: a call-back date on the interview's own day still means after it.</para>
/// <para>Once a strategy calls <see cref="Stop"/>, the stage ends; the stop carries that strategy's reason only.</para>
/// <para>A draft is a view of one decision in progress (a copy is the same draft, so a helper that
/// takes it by value changes the decision): valid during the strategy call that receives it; using
/// it afterwards throws <see cref="InvalidOperationException"/>.</para>
/// </remarks>
public readonly struct DecisionDraft
{
    private readonly DecisionState _state;
    private readonly int _generation;

    internal DecisionDraft(DecisionState state)
    {
        _state = state;
        _generation = state.Generation;
    }

    /// <summary>Gets the kind of action proposed so far.</summary>
    public NextActionKind Kind => State.Kind;

    /// <summary>Gets the earliest instant at which the action may happen.</summary>
    public Instant Earliest => State.Earliest;

    /// <summary>Gets a value indicating whether a strategy has stopped the follow-up.</summary>
    public bool IsStopped => State.Kind == NextActionKind.Stop;

    /// <summary>Gets why the follow-up stops, once <see cref="IsStopped"/>.</summary>
    public StopReason StopReason => State.StopReason;

    /// <summary>Gets the person to call or write to.</summary>
    public Interviewer? Callee => State.Callee;

    /// <summary>Gets the number to dial, once chosen.</summary>
    public string? Number => State.Number;

    /// <summary>Gets whether <see cref="Number"/> is a direct line or the general number.</summary>
    public CallNumberKind NumberKind => State.NumberKind;

    /// <summary>Gets a value indicating whether the employer asked for this contact.</summary>
    public bool EmployerInvited => State.EmployerInvited;

    /// <summary>Gets a value indicating whether this is the profile's final call.</summary>
    public bool FinalCall => State.FinalCall;

    /// <summary>Gets the office-local time the employer named for the call, if any.</summary>
    public LocalDateTime? InvitedTime => State.InvitedTime;

    /// <summary>Gets the reason the contact is one the employer asked for, once <see cref="EmployerInvited"/>.</summary>
    public FollowUpReason? InvitationReason => State.InvitationReason;

    /// <summary>Gets what a written action is for: the thank-you or a follow-up.</summary>
    public AttemptPurpose WrittenPurpose => State.WrittenPurpose;

    /// <summary>Gets the people an email or a note goes to, in the order they were met.</summary>
    public IReadOnlyList<Interviewer> Recipients => ValueList<Interviewer>.CopyOf(State.Recipients);

    /// <summary>Gets what to ask the agency, when <see cref="Kind"/> is <see cref="NextActionKind.ContactAgency"/>.</summary>
    public AgencyRequest AgencyRequest => State.AgencyRequest;

    /// <summary>Gets how to reach the agency.</summary>
    public ContactChannel AgencyChannel => State.AgencyChannel;

    /// <summary>Gets what the agency contact is for, when <see cref="Kind"/> is <see cref="NextActionKind.ContactAgency"/>.</summary>
    public AttemptPurpose AgencyPurpose => State.AgencyPurpose;

    /// <summary>Gets whom to message on LinkedIn.</summary>
    public string? LinkedInRecipient => State.LinkedInRecipient;

    /// <summary>Gets the reason of the strategy that last chose the action's kind and recipient (or stopped).</summary>
    public FollowUpReason? ChosenBecause => State.ChosenBecause;

    /// <summary>Gets the reasons so far, in pipeline order.</summary>
    public ReasonList Reasons
    {
        get
        {
            var state = State;
            return state.Catalogue.ListOf(state.Reasons.Union(state.TimingReasons));
        }
    }

    private DecisionState State
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            return DecisionState.Open(_state, _generation, "This DecisionDraft is a default value; drafts come from the policy or from a StrategyTrial.");
        }
    }

    /// <summary>Records a reason without changing anything else.</summary>
    /// <param name="reason">The reason, declared by the calling strategy's descriptor.</param>
    public void Because(FollowUpReason reason)
    {
        var state = State;
        state.Reasons = state.Reasons.With(state.Cite(reason));
    }

    /// <summary>Stops the follow-up; the stage ends here, and the stop carries this strategy's reason alone.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="because">The strategy's reason.</param>
    public void Stop(StopReason reason, FollowUpReason because)
    {
        var state = State;
        var index = state.Cite(because);
        state.Kind = NextActionKind.Stop;
        state.StopReason = reason;
        state.ChosenBecause = state.Catalogue.Reasons[index];
        state.Reasons = default(ReasonBits).With(index);
        state.TimingReasons = default;
    }

    /// <summary>Pushes <see cref="Earliest"/> to <paramref name="instant"/> if that is later (a tie adds the reason too).</summary>
    /// <param name="instant">The earliest instant this strategy allows.</param>
    /// <param name="because">The strategy's reason.</param>
    public void NotBefore(Instant instant, FollowUpReason because)
    {
        var state = State;
        var index = state.Cite(because);
        if (instant > state.Earliest)
        {
            state.Earliest = instant;
            state.TimingReasons = default(ReasonBits).With(index);
        }
        else if (instant == state.Earliest)
        {
            state.TimingReasons = state.TimingReasons.With(index);
        }
    }

    /// <summary>
    /// Sets <see cref="Earliest"/> outright, earlier or later but no earlier than the interview,
    /// replacing the timing reasons.
    /// </summary>
    /// <param name="instant">The new earliest instant; an instant before the interview means the interview.</param>
    /// <param name="because">The strategy's reason.</param>
    public void Reschedule(Instant instant, FollowUpReason because)
    {
        var state = State;
        var index = state.Cite(because);
        state.Earliest = instant > state.Floor ? instant : state.Floor;
        state.TimingReasons = default(ReasonBits).With(index);
    }

    /// <summary>Marks the contact as one the employer asked for, optionally at a named time.</summary>
    /// <param name="at">The office-local time named, if any; the call is planned there.</param>
    /// <param name="because">The strategy's reason; a window at the named time cites it.</param>
    public void MarkEmployerInvited(LocalDateTime? at, FollowUpReason because)
    {
        var state = State;
        var index = state.Cite(because);
        state.EmployerInvited = true;
        state.InvitedTime = at;
        state.InvitationReason = state.Catalogue.Reasons[index];
        state.Reasons = state.Reasons.With(index);
    }

    /// <summary>Marks the call as the profile's final one.</summary>
    /// <param name="because">The strategy's reason.</param>
    public void MarkFinalCall(FollowUpReason because)
    {
        State.FinalCall = true;
        Because(because);
    }

    /// <summary>Proposes a call to <paramref name="person"/> on <paramref name="number"/>.</summary>
    /// <param name="person">The person to ask for.</param>
    /// <param name="number">The number to dial.</param>
    /// <param name="kind">Whether it is their direct line or the general number.</param>
    /// <param name="because">The strategy's reason.</param>
    public void CallPerson(Interviewer person, string number, CallNumberKind kind, FollowUpReason because)
    {
        var state = State;
        var chosen = Choose(state, because);
        state.Kind = NextActionKind.Call;
        state.Callee = Guard.NotNull(person);
        state.Number = Guard.NotNull(number);
        state.NumberKind = kind;
        state.ChosenBecause = chosen;
    }

    /// <summary>Leaves the call without a number: no telephone route the profile allows. Later strategies may offer another channel or stop (FUR-08).</summary>
    /// <param name="because">The strategy's reason.</param>
    public void NoNumber(FollowUpReason because)
    {
        var state = State;
        var chosen = Choose(state, because);
        state.Kind = NextActionKind.Call;
        state.Number = null;
        state.ChosenBecause = chosen;
    }

    /// <summary>Proposes an email to each of <paramref name="people"/>, in the order given.</summary>
    /// <param name="people">The people to email; at least one, each with an address.</param>
    /// <param name="purpose">What the email is for: <see cref="AttemptPurpose.ThankYou"/> or <see cref="AttemptPurpose.FollowUp"/>.</param>
    /// <param name="because">The strategy's reason.</param>
    /// <exception cref="ArgumentException">No one is given, someone has no address, or the purpose is neither.</exception>
    public void Email(IEnumerable<Interviewer> people, AttemptPurpose purpose, FollowUpReason because) =>
        Write(NextActionKind.SendEmail, people, purpose, because);

    /// <summary>Proposes an email to one person.</summary>
    /// <param name="person">The person; one with an email address.</param>
    /// <param name="purpose">What the email is for.</param>
    /// <param name="because">The strategy's reason.</param>
    public void EmailPerson(Interviewer person, AttemptPurpose purpose, FollowUpReason because) => Email([Guard.NotNull(person)], purpose, because);

    /// <summary>Proposes a handwritten note (or card) to each of <paramref name="people"/>, in the order given.</summary>
    /// <param name="people">The people to write to; at least one.</param>
    /// <param name="purpose">What the note is for: <see cref="AttemptPurpose.ThankYou"/> or <see cref="AttemptPurpose.FollowUp"/>.</param>
    /// <param name="because">The strategy's reason.</param>
    /// <exception cref="ArgumentException">No one is given, or the purpose is neither.</exception>
    public void WriteNote(IEnumerable<Interviewer> people, AttemptPurpose purpose, FollowUpReason because) =>
        Write(NextActionKind.SendThankYouNote, people, purpose, because);

    /// <summary>Proposes a handwritten note to one person.</summary>
    /// <param name="person">The person.</param>
    /// <param name="purpose">What the note is for.</param>
    /// <param name="because">The strategy's reason.</param>
    public void WriteNoteTo(Interviewer person, AttemptPurpose purpose, FollowUpReason because) => WriteNote([Guard.NotNull(person)], purpose, because);

    /// <summary>Proposes a LinkedIn message.</summary>
    /// <param name="recipient">The name of the person to message.</param>
    /// <param name="because">The strategy's reason.</param>
    public void MessageOnLinkedIn(string recipient, FollowUpReason because)
    {
        var state = State;
        var chosen = Choose(state, because);
        state.Kind = NextActionKind.MessageOnLinkedIn;
        state.LinkedInRecipient = Guard.NotNull(recipient);
        state.ChosenBecause = chosen;
    }

    /// <summary>Proposes contacting the candidate's agency, for the request's usual purpose: passing a thank-you on, or an update standing in for the employer (<see cref="AttemptPurpose.FollowUp"/>).</summary>
    /// <param name="request">What to ask.</param>
    /// <param name="channel">Phone or email.</param>
    /// <param name="because">The strategy's reason.</param>
    public void ContactAgency(AgencyRequest request, ContactChannel channel, FollowUpReason because) =>
        ContactAgency(request, channel, NextAction.ContactAgency.UsualPurpose(request), because);

    /// <summary>Proposes contacting the candidate's agency for a stated purpose.</summary>
    /// <param name="request">What to ask.</param>
    /// <param name="channel">Phone or email.</param>
    /// <param name="purpose">What the contact is for: <see cref="AttemptPurpose.ThankYou"/> to pass a thank-you on; <see cref="AttemptPurpose.AgencyUpdate"/> (RCR-03's early update) or <see cref="AttemptPurpose.FollowUp"/> for an update.</param>
    /// <param name="because">The strategy's reason.</param>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> does not fit <paramref name="request"/>.</exception>
    public void ContactAgency(AgencyRequest request, ContactChannel channel, AttemptPurpose purpose, FollowUpReason because)
    {
        NextAction.ContactAgency.CheckAgencyPurpose(request, purpose);
        var state = State;
        var chosen = Choose(state, because);
        state.Kind = NextActionKind.ContactAgency;
        state.AgencyRequest = request;
        state.AgencyChannel = channel;
        state.AgencyPurpose = purpose;
        state.ChosenBecause = chosen;
    }

    private void Write(NextActionKind kind, IEnumerable<Interviewer> people, AttemptPurpose purpose, FollowUpReason because)
    {
        var state = State;
        CheckWrittenPurpose(purpose);
        var chosen = Choose(state, because);
        SetRecipients(state, people, requireEmail: kind == NextActionKind.SendEmail);
        state.Kind = kind;
        state.WrittenPurpose = purpose;
        state.Callee = state.Recipients.Count == 1 ? state.Recipients[0] : state.Callee;
        state.ChosenBecause = chosen;
    }

    private static FollowUpReason Choose(DecisionState state, FollowUpReason because)
    {
        var index = state.Cite(because);
        state.Reasons = state.Reasons.With(index);
        return state.Catalogue.Reasons[index];
    }

    private static void CheckWrittenPurpose(AttemptPurpose purpose)
    {
        if (purpose is not (AttemptPurpose.ThankYou or AttemptPurpose.FollowUp))
        {
            throw new ArgumentException($"A written message is a ThankYou or a FollowUp, not {purpose}.", nameof(purpose));
        }
    }

    private static void SetRecipients(DecisionState state, IEnumerable<Interviewer> people, bool requireEmail)
    {
        var recipients = state.Recipients;
        recipients.Clear();
        foreach (var person in Guard.NotNull(people))
        {
            if (person is null)
            {
                throw new ArgumentException("A recipient is null.", nameof(people));
            }

            if (requireEmail && string.IsNullOrWhiteSpace(person.Email))
            {
                throw new ArgumentException($"{person.Name} has no email address to write to.", nameof(people));
            }

            recipients.Add(person);
        }

        if (recipients.Count == 0)
        {
            throw new ArgumentException("A message needs at least one recipient.", nameof(people));
        }
    }
}
