namespace FollowUpRules;

/// <summary>The employment or recruitment agency representative a candidate came through.</summary>
public sealed record AgencyContact
{
    /// <summary>Gets the representative's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the agency's name, if known.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? AgencyName { get; init; }

    /// <summary>Gets the representative's telephone number, if known.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Phone { get; init; }

    /// <summary>Gets the representative's email address, if known.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Email { get; init; }
}
