using FollowUpRules.Engine;
using NodaTime;

namespace FollowUpRules;

/// <summary>A person the candidate met at the interview, with the contact details the candidate has for them.</summary>
public sealed record Interviewer
{
    private readonly IReadOnlyList<DateInterval> _outOfOffice = ValueList<DateInterval>.Empty;

    /// <summary>Gets the person's name as the candidate would ask for them on the phone.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Gets how the candidate addresses the person in a greeting or a letter, such as "Jane" or
    /// "Dr Smith". Scripts greet them this way ("Hi Jane", "Dear Dr Smith") and use
    /// <see cref="Name"/> to ask for them.
    /// </summary>
    /// <value>
    /// The default value is <see langword="null"/>: they are addressed by their first name, or by
    /// title and surname when <see cref="Name"/> starts with a title such as "Dr" or "Ms"
    /// (<see cref="Strategies.ScriptContext.FormOfAddress(Interviewer)"/>). When given, it must not be blank.
    /// </value>
    public string? AddressAs { get; init; }

    /// <summary>Gets the part they played at the interview.</summary>
    /// <value>The default value is <see cref="InterviewerRole.Panelist"/>; <see cref="InterviewerRole.Unspecified"/> is rejected by validation.</value>
    public InterviewerRole Role { get; init; } = InterviewerRole.Panelist;

    /// <summary>Gets their direct telephone line, if the candidate has it.</summary>
    /// <value>The default value is <see langword="null"/> (no direct line known).</value>
    public string? DirectLine { get; init; }

    /// <summary>Gets their email address, if the candidate has it.</summary>
    /// <value>The default value is <see langword="null"/> (no address known).</value>
    public string? Email { get; init; }

    /// <summary>
    /// Gets the days this person said they would be out of the office (ETQ-02); each interval is
    /// inclusive at both ends, in office-local dates. No call to them is proposed on those days (ETQ-07).
    /// </summary>
    /// <value>The default value is an empty list.</value>
    public IReadOnlyList<DateInterval> OutOfOffice
    {
        get => _outOfOffice;
        init => _outOfOffice = ValueList<DateInterval>.CopyOf(value);
    }

    /// <summary>Gets a value indicating whether the candidate has the person's direct line (not blank).</summary>
    public bool HasDirectLine => !string.IsNullOrWhiteSpace(DirectLine);

    /// <summary>Gets a value indicating whether the candidate has the person's email address (not blank).</summary>
    public bool HasEmail => !string.IsNullOrWhiteSpace(Email);

    /// <summary>Gets the backing array of <see cref="OutOfOffice"/> for the engine.</summary>
    internal DateInterval[] OutOfOfficeArray => ((ValueList<DateInterval>)_outOfOffice).Items;

    /// <summary>Tells whether the person is out of the office on <paramref name="date"/>.</summary>
    /// <param name="date">An office-local date.</param>
    /// <returns><see langword="true"/> when one of <see cref="OutOfOffice"/> contains the date.</returns>
    public bool IsOutOfOffice(LocalDate date)
    {
        foreach (var interval in OutOfOfficeArray)
        {
            if (interval.Contains(date))
            {
                return true;
            }
        }

        return false;
    }
}
