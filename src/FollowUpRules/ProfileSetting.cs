namespace FollowUpRules;

/// <summary>
/// One setting of a <see cref="FollowUpProfile"/>, as strategies declare they read it (see
/// <see cref="ProfileSettings"/>). Compared by name.
/// </summary>
public sealed class ProfileSetting : IEquatable<ProfileSetting>
{
    private readonly Func<FollowUpProfile, string> _value;

    internal ProfileSetting(string name, Func<FollowUpProfile, string> value)
    {
        Name = name;
        Path = char.ToLowerInvariant(name[0]) + name.Substring(1);
        _value = value;
    }

    /// <summary>Gets the property's name, such as <c>MaxVoicemails</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the setting's name in the JSON format and in validation problems, such as <c>maxVoicemails</c>.</summary>
    public string Path { get; }

    /// <summary>Gets the setting's value in <paramref name="profile"/>, written as validation problems write values.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>For example <c>1</c>, <c>P3W</c> or <c>null</c>.</returns>
    public string ValueIn(FollowUpProfile profile) => _value(Guard.NotNull(profile));

    /// <inheritdoc/>
    public bool Equals(ProfileSetting? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ProfileSetting);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>Returns the setting's path.</summary>
    /// <returns>For example <c>maxVoicemails</c>.</returns>
    public override string ToString() => Path;
}
