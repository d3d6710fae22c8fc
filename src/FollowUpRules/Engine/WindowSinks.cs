namespace FollowUpRules.Engine;

/// <summary>Receives call windows in order from the search; returns false when it wants no more.</summary>
internal interface IWindowSink
{
    bool Add(in PackedWindow window);
}

/// <summary>Holds up to three windows inline: the one a call proposes and two alternatives.</summary>
internal struct WindowTriple : IWindowSink
{
    public PackedWindow First;
    public PackedWindow Second;
    public PackedWindow Third;
    public int Count;

    public bool Add(in PackedWindow window)
    {
        switch (Count)
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

        Count++;
        return Count < 3;
    }
}

/// <summary>Collects a requested number of windows into a list.</summary>
internal struct WindowListSink : IWindowSink
{
    private readonly int _limit;

    public WindowListSink(int limit)
    {
        _limit = limit;
        Windows = new List<PackedWindow>(Math.Min(limit, 64));
    }

    public List<PackedWindow> Windows { get; }

    public readonly bool Add(in PackedWindow window)
    {
        Windows.Add(window);
        return Windows.Count < _limit;
    }
}
