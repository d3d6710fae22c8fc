
namespace FollowUpRules.Engine;

/// <summary>A subset of a case's interviewers as an array and a 64-bit mask, so actions can name recipients without allocating a list.</summary>
internal readonly struct Recipients
{
    private readonly Interviewer[]? _people;
    private readonly ulong _mask;

    public Recipients(Interviewer[] people, ulong mask)
    {
        _people = people;
        _mask = mask;
    }

    public bool IsEmpty => _mask == 0;

    public static Recipients All(IEnumerable<Interviewer> people)
    {
        var array = Guard.NotNull(people).ToArray();
        if (array.Length > 64)
        {
            throw new ArgumentException($"An action can address at most 64 people; {array.Length} were given.", nameof(people));
        }

        return new Recipients(array, array.Length == 64 ? ulong.MaxValue : (1UL << array.Length) - 1);
    }

    public IReadOnlyList<Interviewer> ToList()
    {
        var list = new List<Interviewer>();
        if (_people is null)
        {
            return ValueList<Interviewer>.Empty;
        }

        for (var i = 0; i < _people.Length && i < 64; i++)
        {
            if ((_mask & (1UL << i)) != 0)
            {
                list.Add(_people[i]);
            }
        }

        return ValueList<Interviewer>.Adopt(list.ToArray());
    }
}
