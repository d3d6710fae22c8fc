using System.Globalization;
using System.Text;
using NodaTime;

namespace FollowUpRules.Json;

/// <summary>
/// One document being read: where the reader is (a stack of field names and array indexes, turned
/// into a JSON path such as <c>$.attempts[2].at</c> only when a problem is found) and every problem
/// found so far. Readers record a problem and carry on, so one exception reports them all.
/// </summary>
internal sealed class JsonReading
{
    private readonly List<(string? Name, int Index)> _where = [];
    private List<ValidationProblem>? _problems;

    public JsonReading(IDateTimeZoneProvider zones) => Zones = zones;

    /// <summary>Gets the time zones an office's or a candidate's zone must be found in.</summary>
    public IDateTimeZoneProvider Zones { get; }

    /// <summary>Gets a value indicating whether a problem was found.</summary>
    public bool Failed => _problems is not null;

    /// <summary>Gets the JSON path of where the reader is.</summary>
    public string Path
    {
        get
        {
            var path = new StringBuilder("$");
            foreach (var (name, index) in _where)
            {
                if (name is null)
                {
                    path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else
                {
                    path.Append('.').Append(name);
                }
            }

            return path.ToString();
        }
    }

    public void Enter(string name) => _where.Add((name, 0));

    public void Enter(int index) => _where.Add((null, index));

    public void Leave() => _where.RemoveAt(_where.Count - 1);

    /// <summary>Records a problem at the current path.</summary>
    /// <returns><see langword="false"/>, so that a value reader can <c>return reading.Problem(...)</c>.</returns>
    public bool Problem(string message)
    {
        (_problems ??= []).Add(new ValidationProblem(Path, string.Empty, message));
        return false;
    }

    /// <summary>Records a problem at a field of the current object.</summary>
    public bool Problem(string field, string message)
    {
        Enter(field);
        Problem(message);
        Leave();
        return false;
    }

    /// <summary>Throws the one exception that lists every problem found, if any was.</summary>
    /// <exception cref="FollowUpJsonException">A problem was found.</exception>
    public void ThrowIfFailed()
    {
        if (_problems is not null)
        {
            throw new FollowUpJsonException(_problems);
        }
    }
}
