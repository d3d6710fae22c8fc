namespace FollowUpRules.Catalogue;

/// <summary>
/// The catalogue of rules: every rule of the five articles (ETQ, EML, PHN, RCR, CBR) and this
/// library's own FUR rules, each with its stable ID and a paraphrase.
/// </summary>
public static class SourceRules
{
    private static readonly Dictionary<RuleId, SourceRule> ById = new();

    static SourceRules()
    {
        var all = new List<SourceRule>
        {
            new(RuleIds.Etq01, SourceArticle.Etq, "Before calling, go back over the interview notes and the job description and have two or three points ready about why you fit."),
            new(RuleIds.Etq02, SourceArticle.Etq, "Remember what the interview told you: how selection works, how many candidates are left, when an offer is expected, and which days the recruiter or hiring manager will be away."),
            new(RuleIds.Etq03, SourceArticle.Etq, "Do not call in the first stretch after the office opens for its week."),
            new(RuleIds.Etq04, SourceArticle.Etq, "Do not call in the last few hours before the office closes for its weekend."),
            new(RuleIds.Etq05, SourceArticle.Etq, "Keep away from the days and hours the interviewer described as hectic."),
            new(RuleIds.Etq06, SourceArticle.Etq, "Do not call over lunch, 11:00 to 13:00 office time."),
            new(RuleIds.Etq07, SourceArticle.Etq, "Do not call on a day the interviewer is out of the office."),
            new(RuleIds.Etq08, SourceArticle.Etq, "While calling, stand, smile, and do not eat or chew gum."),
            new(RuleIds.Etq09, SourceArticle.Etq, "Open with your name, whom you want to speak to and why (following up the interview on a given day), and ask to be connected."),
            new(RuleIds.Etq10, SourceArticle.Etq, "If the recruiter asked for a call within some number of days, call inside that period and mention that they asked for today's call."),
            new(RuleIds.Etq11, SourceArticle.Etq, "Ask to be put through to the recruiter or hiring manager rather than offering to leave a message; take it that they are in unless told otherwise."),
            new(RuleIds.Etq12, SourceArticle.Etq, "Once through, ask plainly where you stand in the selection and say again that you want the job."),
            new(RuleIds.Eml01, SourceArticle.Eml, "Do not phone the interviewer (a call the next day would be out of place); follow up by email instead."),
            new(RuleIds.Eml02, SourceArticle.Eml, "Address the email to each person you met at the interview."),
            new(RuleIds.Eml03, SourceArticle.Eml, "Keep the email short: thanks for their time, why you want to work there in your own words, and that you look forward to hearing from them."),
            new(RuleIds.Eml04, SourceArticle.Eml, "If an agency sent you and you have no contact details for the interviewers, email the agency representative and ask them to pass it on."),
            new(RuleIds.Eml05, SourceArticle.Eml, "The email goes out right after the interview; no waiting period."),
            new(RuleIds.Phn01, SourceArticle.Phn, "Send a thank-you card; it comes before any call."),
            new(RuleIds.Phn02, SourceArticle.Phn, "Let two or three days pass before following up by phone."),
            new(RuleIds.Phn03, SourceArticle.Phn, "Aim to talk to a person, not a machine, ideally someone who was at the interview."),
            new(RuleIds.Phn04, SourceArticle.Phn, "When a receptionist answers and the interviewer is not free, ask when they will be free for a short call, and call then."),
            new(RuleIds.Phn05, SourceArticle.Phn, "Leave no more than one or two voicemails, a couple of days apart."),
            new(RuleIds.Phn06, SourceArticle.Phn, "When a long time goes by and calls are still unanswered, stop and put your effort elsewhere (no length is given)."),
            new(RuleIds.Phn07, SourceArticle.Phn, "Keep the call brief: no run-through of your credentials, just continued interest and enthusiasm."),
            new(RuleIds.Phn08, SourceArticle.Phn, "Ask whether the job has been filled or whether you are still being considered."),
            new(RuleIds.Phn09, SourceArticle.Phn, "If you are still in the running, ask when they expect to decide."),
            new(RuleIds.Phn10, SourceArticle.Phn, "Close by thanking them."),
            new(RuleIds.Phn11, SourceArticle.Phn, "Do not push."),
            new(RuleIds.Rcr01, SourceArticle.Rcr, "Do not call right after the interview, which looks over-eager, and do not leave it too long either."),
            new(RuleIds.Rcr02, SourceArticle.Rcr, "The best moment is one to two weeks after the interview, unless the company said otherwise."),
            new(RuleIds.Rcr03, SourceArticle.Rcr, "A candidate placed through a recruitment agency may contact the agency sooner than that."),
            new(RuleIds.Rcr04, SourceArticle.Rcr, "Call at the start or the end of the working day."),
            new(RuleIds.Rcr05, SourceArticle.Rcr, "Prepare: a script if you are nervous, notes of the key facts, your CV to hand, and a rehearsal."),
            new(RuleIds.Rcr06, SourceArticle.Rcr, "Introduce yourself with your name, the job and when you interviewed, and ask whether now suits them."),
            new(RuleIds.Rcr07, SourceArticle.Rcr, "Thank them for the interview and for taking the call."),
            new(RuleIds.Rcr08, SourceArticle.Rcr, "Ask about the vacancy, which may already be filled; if it is open, restate your interest and ask good questions."),
            new(RuleIds.Rcr09, SourceArticle.Rcr, "Stay brief and do not boast: the call is for a status update and a reminder of your interest."),
            new(RuleIds.Rcr10, SourceArticle.Rcr, "If nobody can take the call, a voicemail is fine: your name, the job, that you hoped for an update, and thanks."),
            new(RuleIds.Rcr11, SourceArticle.Rcr, "Do not ask about the other candidates or their interviews."),
            new(RuleIds.Rcr12, SourceArticle.Rcr, "Do not sound keen on a job you would turn down."),
            new(RuleIds.Rcr13, SourceArticle.Rcr, "Do not complain about the company or its process."),
            new(RuleIds.Rcr14, SourceArticle.Rcr, "Do not ask outright whether they will hire you."),
            new(RuleIds.Rcr15, SourceArticle.Rcr, "Call the interviewer or whoever is in charge of hiring directly, not a general number."),
            new(RuleIds.Rcr16, SourceArticle.Rcr, "Do not ask why they have not decided yet."),
            new(RuleIds.Rcr17, SourceArticle.Rcr, "Call only once, unless they asked you to call back on a particular date."),
            new(RuleIds.Rcr18, SourceArticle.Rcr, "Follow the sample outline: who you are; when you met and for which role; a topic from the talk you valued; that you are calling to show interest and learn the hiring timeline; an invitation to ask you anything; your number; thanks."),
            new(RuleIds.Rcr19, SourceArticle.Rcr, "Instead of calling you may send an email or a handwritten note."),
            new(RuleIds.Rcr20, SourceArticle.Rcr, "Use LinkedIn only if you have already talked about this work there; otherwise it is unprofessional."),
            new(RuleIds.Cbr01, SourceArticle.Cbr, "Wait at least two or three days before calling."),
            new(RuleIds.Cbr02, SourceArticle.Cbr, "Do not let a gatekeeper take over: avoid being handed to anyone who was not at the interview; if a receptionist offers to take a message or passes you to unfamiliar HR staff, ask when the interviewer will be free instead."),
            new(RuleIds.Cbr03, SourceArticle.Cbr, "Remind them who you are, introduce yourself and check they have a few minutes."),
            new(RuleIds.Cbr04, SourceArticle.Cbr, "Ask whether the job has been filled and, if not, whether you are still being considered."),
            new(RuleIds.Cbr05, SourceArticle.Cbr, "No hard sell: a short, polite statement of interest, not a list of reasons you are ideal."),
            new(RuleIds.Cbr06, SourceArticle.Cbr, "Ask for a timeline; if they give no date, ask whether you may call back in a week; thank them."),
            new(RuleIds.Cbr07, SourceArticle.Cbr, "One follow-up call is usually enough."),
            new(RuleIds.Cbr08, SourceArticle.Cbr, "If several weeks go by without news, make one more status call on the same terms (no number of weeks is given)."),
            new(RuleIds.Fur01, SourceArticle.Library, "Before the interview has taken place there is nothing to follow up: wait for it."),
            new(RuleIds.Fur02, SourceArticle.Library, "Calls fall inside the office's opening hours on its working days, in the office's own time zone."),
            new(RuleIds.Fur03, SourceArticle.Library, "The office is closed on the holidays the host supplies: no calls, and they are not business days."),
            new(RuleIds.Fur04, SourceArticle.Library, "After a call that reached nobody who could help, try again on a later business day rather than redialling at once."),
            new(RuleIds.Fur05, SourceArticle.Library, "A hard ceiling on call attempts keeps every follow-up finite: once reached, stop."),
            new(RuleIds.Fur06, SourceArticle.Library, "When no call window opens within the profile's search horizon, wait for the next one, looking up to a year ahead; when none opens within a year, stop."),
            new(RuleIds.Fur07, SourceArticle.Library, "An offer ends the follow-up."),
            new(RuleIds.Fur08, SourceArticle.Library, "With no way to reach anyone that the profile allows (no number, address, agency or LinkedIn contact), stop."),
            new(RuleIds.Fur09, SourceArticle.Library, "Between completed follow-up rounds, leave the profile's round interval (or, after a voicemail, the voicemail spacing)."),
            new(RuleIds.Fur10, SourceArticle.Library, "A run of unanswered calls as long as the profile's attempts per round counts as one completed follow-up."),
            new(RuleIds.Fur11, SourceArticle.Library, "Windows shorter than the profile's minimum call window are not offered."),
            new(RuleIds.Fur12, SourceArticle.Library, "A time the employer named becomes a window of the profile's invited-call length at that time, even inside a blackout."),
            new(RuleIds.Fur13, SourceArticle.Library, "Where the articles a profile follows set no wait before the first call, the profile's own first-call delay applies."),
            new(RuleIds.Fur14, SourceArticle.Library, "A call back the employer asked for comes before the profile's own timing and does not count towards its limits."),
            new(RuleIds.Fur15, SourceArticle.Library, "Whom to call and how: the person to ask for on their direct line, else someone else from the interview, the general number only as a last resort; a receptionist is handled as the profile says."),
            new(RuleIds.Fur16, SourceArticle.Library, "Where a profile sets something the articles it follows do not address (a thank-you message, an agency update, a LinkedIn message), the setting applies as the profile gives it."),
        };
        foreach (var rule in all)
        {
            ById.Add(rule.Id, rule);
        }

        All = all;
        Articles = all.Where(r => r.Article != SourceArticle.Library).ToList();
    }

    /// <summary>Gets every catalogued rule, the five articles' first, then the library's.</summary>
    public static IReadOnlyList<SourceRule> All { get; }

    /// <summary>Gets the 56 rules of the five articles.</summary>
    public static IReadOnlyList<SourceRule> Articles { get; }

    /// <summary>Finds a rule by ID.</summary>
    /// <param name="id">The rule ID.</param>
    /// <param name="rule">The rule, when catalogued.</param>
    /// <returns><see langword="true"/> when the ID is in the catalogue.</returns>
    public static bool TryGet(RuleId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceRule? rule) => ById.TryGetValue(id, out rule);

    /// <summary>Gets a rule by ID.</summary>
    /// <param name="id">The rule ID.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="KeyNotFoundException">The ID is not in the catalogue.</exception>
    public static SourceRule Get(RuleId id) =>
        ById.TryGetValue(id, out var rule)
            ? rule
            : throw new KeyNotFoundException($"Rule '{id}' is not in the catalogue; catalogued IDs run ETQ-01..12, EML-01..05, PHN-01..11, RCR-01..20, CBR-01..08 and FUR-01..16.");
}
