namespace FollowUpRules.Engine;

/// <summary>Orders attempts by time, then by every recorded field, so that equal inputs in any order give one order.</summary>
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

        c = Nullable.Compare(x.Purpose, y.Purpose);
        if (c != 0)
        {
            return c;
        }

        c = x.AnsweredBy.CompareTo(y.AnsweredBy);
        if (c != 0)
        {
            return c;
        }

        c = Nullable.Compare(x.Gatekeeper, y.Gatekeeper);
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
