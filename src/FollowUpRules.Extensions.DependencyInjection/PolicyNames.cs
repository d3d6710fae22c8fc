namespace FollowUpRules.Extensions.DependencyInjection;

/// <summary>The names of the policies registered in one service collection (the default policy's name is empty).</summary>
internal sealed class PolicyNames
{
    private readonly List<string> _names = [string.Empty];

    public IReadOnlyList<string> Names => _names;

    public bool Contains(string name) => _names.Contains(name, StringComparer.Ordinal);

    public void Add(string name)
    {
        if (!Contains(name))
        {
            _names.Add(name);
        }
    }

    public static string Describe(string name) => name.Length == 0 ? "The default follow-up policy" : "Follow-up policy '" + name + "'";
}
