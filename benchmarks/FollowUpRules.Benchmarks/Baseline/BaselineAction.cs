using System.Globalization;
using System.Text;
using NodaTime;

namespace FollowUpRules.Benchmarks.Baseline;

/// <summary>One call window found by <see cref="HandWrittenDefault"/>: a half-open span of instants and its quality.</summary>
public readonly record struct BaselineWindow(Instant Start, Instant End, CallWindowQuality Quality);

/// <summary>
/// What <see cref="HandWrittenDefault"/> decides: the fields of a <see cref="NextAction"/> a host
/// acts on, in a struct, without reasons (the hand-written code cites none).
/// </summary>
public readonly struct BaselineAction
{
    public NextActionKind Kind { get; init; }

    public Instant Until { get; init; }

    public StopReason StopReason { get; init; }

    /// <summary>Gets the person to call, or the one person to write to when <see cref="Recipients"/> is 0.</summary>
    public Interviewer? Whom { get; init; }

    public string? Number { get; init; }

    public CallNumberKind NumberKind { get; init; }

    public BaselineWindow First { get; init; }

    public BaselineWindow Second { get; init; }

    public BaselineWindow Third { get; init; }

    public int WindowCount { get; init; }

    public VoicemailPlan IfVoicemail { get; init; }

    public GatekeeperPlan IfGatekeeper { get; init; }

    public bool DeclineUnfamiliarStaff { get; init; }

    public bool RequestedByEmployer { get; init; }

    public bool IsFinalCall { get; init; }

    /// <summary>Gets a bit per interviewer of the case (in case order) who receives the message; 0 means <see cref="Whom"/> alone.</summary>
    public ulong Recipients { get; init; }

    public AttemptPurpose Purpose { get; init; }

    public AgencyRequest AgencyRequest { get; init; }

    public ContactChannel AgencyChannel { get; init; }

    public string? LinkedInRecipient { get; init; }

    /// <summary>
    /// The projection the equivalence test compares with the policy's action: kind, times, whom,
    /// number, windows, voicemail and gatekeeper plans, flags, recipients, stop reason.
    /// </summary>
    /// <param name="followUpCase">The case decided (for the recipients' names).</param>
    /// <returns>One line.</returns>
    public string Describe(FollowUpCase followUpCase)
    {
        switch (Kind)
        {
            case NextActionKind.Wait:
                return Projection.Wait(Until);
            case NextActionKind.Stop:
                return Projection.Stop(StopReason);
            case NextActionKind.SendEmail:
                return Projection.Email(RecipientNames(followUpCase), Purpose);
            case NextActionKind.SendThankYouNote:
                return Projection.Note(RecipientNames(followUpCase));
            case NextActionKind.MessageOnLinkedIn:
                return Projection.LinkedIn(LinkedInRecipient!);
            case NextActionKind.ContactAgency:
                return Projection.Agency(AgencyRequest, AgencyChannel);
            default:
                var windows = new List<BaselineWindow>(3);
                if (WindowCount > 0)
                {
                    windows.Add(First);
                }

                if (WindowCount > 1)
                {
                    windows.Add(Second);
                }

                if (WindowCount > 2)
                {
                    windows.Add(Third);
                }

                return Projection.Call(Whom!.Name, Number!, NumberKind, windows, IfVoicemail, IfGatekeeper, DeclineUnfamiliarStaff, RequestedByEmployer, IsFinalCall);
        }
    }

    private List<string> RecipientNames(FollowUpCase followUpCase)
    {
        if (Recipients == 0)
        {
            return [Whom!.Name];
        }

        var people = followUpCase.Interview.Interviewers;
        var names = new List<string>(people.Count);
        for (var i = 0; i < people.Count && i < 64; i++)
        {
            if ((Recipients & (1UL << i)) != 0)
            {
                names.Add(people[i].Name);
            }
        }

        return names;
    }
}

/// <summary>The one-line projection of an action that the baseline-equivalence tests compare.</summary>
internal static class Projection
{
    /// <summary>The policy's action in the baseline's projection (<see cref="BaselineAction.Describe"/>).</summary>
    /// <param name="action">The policy's action.</param>
    /// <returns>One line.</returns>
    public static string Of(NextAction action) => action switch
    {
        NextAction.Wait wait => Wait(wait.Until),
        NextAction.Stop stop => Stop(stop.Reason),
        NextAction.SendEmail email => Email(email.To.Select(p => p.Name), email.Purpose),
        NextAction.SendThankYouNote note => Note(note.To.Select(p => p.Name)),
        NextAction.MessageOnLinkedIn linkedIn => LinkedIn(linkedIn.Recipient),
        NextAction.ContactAgency agency => Agency(agency.Request, agency.Channel),
        NextAction.Call call => Call(
            call.Whom.Name,
            call.Number,
            call.NumberKind,
            new[] { call.Window }.Concat(call.Alternatives).Select(w => new BaselineWindow(w.Start, w.End, w.Quality)),
            call.IfVoicemail,
            call.IfGatekeeper,
            call.DeclineUnfamiliarStaff,
            call.RequestedByEmployer,
            call.IsFinalCall),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "An action kind the projection does not know."),
    };

    public static string Wait(Instant until) => "wait until " + until.ToString("g", CultureInfo.InvariantCulture);

    public static string Stop(StopReason reason) => "stop: " + reason;

    public static string Email(IEnumerable<string> to, AttemptPurpose purpose) => "email " + string.Join(", ", to) + " (" + purpose + ")";

    public static string Note(IEnumerable<string> to) => "note to " + string.Join(", ", to);

    public static string LinkedIn(string recipient) => "LinkedIn message to " + recipient;

    public static string Agency(AgencyRequest request, ContactChannel channel) => "agency: " + request + " by " + channel;

    public static string Call(
        string whom,
        string number,
        CallNumberKind numberKind,
        IEnumerable<BaselineWindow> windows,
        VoicemailPlan voicemail,
        GatekeeperPlan gatekeeper,
        bool declineUnfamiliarStaff,
        bool requested,
        bool final)
    {
        var text = new StringBuilder("call ").Append(whom).Append(" on ").Append(number).Append(" (").Append(numberKind).Append(") in");
        foreach (var window in windows)
        {
            text.Append(' ')
                .Append(window.Start.ToString("g", CultureInfo.InvariantCulture)).Append('/')
                .Append(window.End.ToString("g", CultureInfo.InvariantCulture)).Append(' ')
                .Append(window.Quality).Append(';');
        }

        return text.Append(" voicemail ").Append(voicemail)
            .Append("; gatekeeper ").Append(gatekeeper).Append(declineUnfamiliarStaff ? ", decline staff" : string.Empty)
            .Append(requested ? "; requested" : string.Empty)
            .Append(final ? "; final" : string.Empty)
            .ToString();
    }
}
