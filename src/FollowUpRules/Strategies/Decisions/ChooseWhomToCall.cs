using FollowUpRules.Catalogue;

namespace FollowUpRules.Strategies.Decisions;

/// <summary>
/// Chooses whom to call and on which number: the person to ask for on their direct line, else
/// another person from the interview on theirs (PHN-03, RCR-15); the company's general number only
/// when the profile allows it (FUR-15) or the employer asked for the call (FUR-14); otherwise no
/// number (RCR-15, or FUR-08 under a profile whose articles do not say to avoid it), for later rules
/// to offer another channel. Under a profile that follows neither PHN nor RCR, the choice cites FUR-15.
/// </summary>
public sealed class ChooseWhomToCall : DecisionStrategy
{
    /// <summary>The person's direct line (RCR-15).</summary>
    public static readonly FollowUpReason DirectLine = new(RuleIds.Rcr15, "The call goes straight to the person in charge of hiring, on their direct line.");

    /// <summary>Someone who was at the interview (PHN-03).</summary>
    public static readonly FollowUpReason PersonFromInterview = new(RuleIds.Phn03, "The call aims at a person who was at the interview, not a machine or a stranger.");

    /// <summary>Another person from the interview (PHN-03).</summary>
    public static readonly FollowUpReason OtherInterviewer = new(RuleIds.Phn03, "There is no direct line for the person to ask for, so the call goes to someone else who was at the interview.");

    /// <summary>Another person from the interview, under profiles whose articles do not say whom to call (FUR-15).</summary>
    public static readonly FollowUpReason OtherInterviewerLibrary = new(RuleIds.Fur15, "There is no direct line for the person to ask for, so the call goes to someone else from the interview, on their direct line.");

    /// <summary>The general number is avoided and no direct line is known, under profiles whose articles do not say to avoid it (FUR-08).</summary>
    public static readonly FollowUpReason NoDirectLineLibrary = new(RuleIds.Fur08, "No direct line is known, and the profile does not call a general number.");

    /// <summary>The person's direct line, under profiles whose articles do not say whom to call (FUR-15).</summary>
    public static readonly FollowUpReason DirectLineLibrary = new(RuleIds.Fur15, "The call goes to the person to ask for, on their direct line.");

    /// <summary>Only the general number is known (FUR-15).</summary>
    public static readonly FollowUpReason GeneralNumber = new(RuleIds.Fur15, "Only the company's general number is known: call it and ask for the person from the interview.");

    /// <summary>The employer invited the call and only the general number is known (FUR-14).</summary>
    public static readonly FollowUpReason GeneralNumberInvited = new(RuleIds.Fur14, "The employer asked for this call and only the general number is known: call it back and ask for the person.");

    /// <summary>The general number is avoided and no direct line is known (RCR-15).</summary>
    public static readonly FollowUpReason NoDirectLine = new(RuleIds.Rcr15, "No direct line is known, and a general number is not to be called.");

    /// <summary>No number at all (FUR-08).</summary>
    public static readonly FollowUpReason NoNumberAtAll = new(RuleIds.Fur08, "No telephone number is known for anyone at the employer.");

    /// <inheritdoc/>
    public override StrategyDescriptor Descriptor { get; } = new(
        nameof(ChooseWhomToCall),
        "Picks the person and the number to call.",
        [RuleIds.Phn03, RuleIds.Rcr15, RuleIds.Fur15, RuleIds.Fur14, RuleIds.Fur08],
        [DirectLine, PersonFromInterview, DirectLineLibrary, OtherInterviewer, OtherInterviewerLibrary, GeneralNumber, GeneralNumberInvited, NoDirectLine, NoDirectLineLibrary, NoNumberAtAll],
        [ProfileSettings.Channels, ProfileSettings.AvoidGeneralNumber]);

    /// <inheritdoc/>
    public override bool AppliesTo(FollowUpProfile profile) => profile.AllowsPhone;

    /// <inheritdoc/>
    public override void Apply(DecisionContext context, DecisionDraft draft)
    {
        if (draft.Kind != NextActionKind.Call || context.Lead is not { } lead)
        {
            return;
        }

        var profile = context.Profile;
        if (lead.HasDirectLine)
        {
            draft.CallPerson(lead, lead.DirectLine!, CallNumberKind.DirectLine, profile.ChooseReason(DirectLineLibrary, DirectLine, PersonFromInterview));
            return;
        }

        var people = context.Case.Interview.Interviewers;
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].HasDirectLine)
            {
                draft.CallPerson(people[i], people[i].DirectLine!, CallNumberKind.DirectLine, profile.ChooseReason(OtherInterviewerLibrary, OtherInterviewer));
                return;
            }
        }

        var general = context.Case.Interview.GeneralNumber;
        if (string.IsNullOrWhiteSpace(general))
        {
            draft.NoNumber(NoNumberAtAll);
        }
        else if (!profile.AvoidGeneralNumber)
        {
            draft.CallPerson(lead, general!, CallNumberKind.GeneralNumber, GeneralNumber);
        }
        else if (draft.EmployerInvited)
        {
            draft.CallPerson(lead, general!, CallNumberKind.GeneralNumber, GeneralNumberInvited);
        }
        else
        {
            draft.NoNumber(profile.ChooseReason(NoDirectLineLibrary, NoDirectLine));
        }
    }
}
