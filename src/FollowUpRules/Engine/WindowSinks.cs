namespace FollowUpRules.Engine;

/// <summary>Receives call windows in order from the search; returns false when it wants no more.</summary>
internal interface IWindowSink
{
    bool Add(in CallWindow window);
}

/// <summary>Fills a decision's search buffer with up to a given number of windows.</summary>
internal struct StateSink : IWindowSink
{
    private readonly CallWindow[] _buffer;
    private readonly int _limit;

    public StateSink(CallWindow[] buffer, int limit)
    {
        _buffer = buffer;
        _limit = limit;
        Count = 0;
    }

    public int Count { get; private set; }

    public bool Add(in CallWindow window)
    {
        _buffer[Count++] = window;
        return Count < _limit;
    }
}

/// <summary>Collects a requested number of windows into a list.</summary>
internal readonly struct WindowListSink : IWindowSink
{
    private readonly int _limit;

    public WindowListSink(int limit)
    {
        _limit = limit;
        Windows = new List<CallWindow>(Math.Min(limit, 16));
    }

    public List<CallWindow> Windows { get; }

    public bool Add(in CallWindow window)
    {
        Windows.Add(window);
        return Windows.Count < _limit;
    }
}
