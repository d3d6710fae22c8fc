namespace FollowUpRules.Catalogue;

/// <summary>The IDs of every catalogued rule, for citing rules in code and tests without string literals.</summary>
/// <remarks>See <see cref="SourceRules"/> for what each rule says.</remarks>
public static class RuleIds
{
    /// <summary>ETQ-01: Before calling, go back over the interview notes and the job description and have two or three points ready about why you fit.</summary>
    public static readonly RuleId Etq01 = RuleId.Known("ETQ-01");

    /// <summary>ETQ-02: Remember what the interview told you: how selection works, how many candidates are left, when an offer is expected, and which days the recruiter or hiring manager will be away.</summary>
    public static readonly RuleId Etq02 = RuleId.Known("ETQ-02");

    /// <summary>ETQ-03: Do not call in the first stretch after the office opens for its week.</summary>
    public static readonly RuleId Etq03 = RuleId.Known("ETQ-03");

    /// <summary>ETQ-04: Do not call in the last few hours before the office closes for its weekend.</summary>
    public static readonly RuleId Etq04 = RuleId.Known("ETQ-04");

    /// <summary>ETQ-05: Keep away from the days and hours the interviewer described as hectic.</summary>
    public static readonly RuleId Etq05 = RuleId.Known("ETQ-05");

    /// <summary>ETQ-06: Do not call over lunch, 11:00 to 13:00 office time.</summary>
    public static readonly RuleId Etq06 = RuleId.Known("ETQ-06");

    /// <summary>ETQ-07: Do not call on a day the interviewer is out of the office.</summary>
    public static readonly RuleId Etq07 = RuleId.Known("ETQ-07");

    /// <summary>ETQ-08: While calling, stand, smile, and do not eat or chew gum.</summary>
    public static readonly RuleId Etq08 = RuleId.Known("ETQ-08");

    /// <summary>ETQ-09: Open with your name, whom you want to speak to and why (following up the interview on a given day), and ask to be connected.</summary>
    public static readonly RuleId Etq09 = RuleId.Known("ETQ-09");

    /// <summary>ETQ-10: If the recruiter asked for a call within some number of days, call inside that period and mention that they asked for today's call.</summary>
    public static readonly RuleId Etq10 = RuleId.Known("ETQ-10");

    /// <summary>ETQ-11: Ask to be put through to the recruiter or hiring manager rather than offering to leave a message; take it that they are in unless told otherwise.</summary>
    public static readonly RuleId Etq11 = RuleId.Known("ETQ-11");

    /// <summary>ETQ-12: Once through, ask plainly where you stand in the selection and say again that you want the job.</summary>
    public static readonly RuleId Etq12 = RuleId.Known("ETQ-12");

    /// <summary>EML-01: Do not phone the interviewer (a call the next day would be out of place); follow up by email instead.</summary>
    public static readonly RuleId Eml01 = RuleId.Known("EML-01");

    /// <summary>EML-02: Address the email to each person you met at the interview.</summary>
    public static readonly RuleId Eml02 = RuleId.Known("EML-02");

    /// <summary>EML-03: Keep the email short: thanks for their time, why you want to work there in your own words, and that you look forward to hearing from them.</summary>
    public static readonly RuleId Eml03 = RuleId.Known("EML-03");

    /// <summary>EML-04: If an agency sent you and you have no contact details for the interviewers, email the agency representative and ask them to pass it on.</summary>
    public static readonly RuleId Eml04 = RuleId.Known("EML-04");

    /// <summary>EML-05: The email goes out right after the interview; no waiting period.</summary>
    public static readonly RuleId Eml05 = RuleId.Known("EML-05");

    /// <summary>PHN-01: Send a thank-you card; it comes before any call.</summary>
    public static readonly RuleId Phn01 = RuleId.Known("PHN-01");

    /// <summary>PHN-02: Let two or three days pass before following up by phone.</summary>
    public static readonly RuleId Phn02 = RuleId.Known("PHN-02");

    /// <summary>PHN-03: Aim to talk to a person, not a machine, ideally someone who was at the interview.</summary>
    public static readonly RuleId Phn03 = RuleId.Known("PHN-03");

    /// <summary>PHN-04: When a receptionist answers and the interviewer is not free, ask when they will be free for a short call, and call then.</summary>
    public static readonly RuleId Phn04 = RuleId.Known("PHN-04");

    /// <summary>PHN-05: Leave no more than one or two voicemails, a couple of days apart.</summary>
    public static readonly RuleId Phn05 = RuleId.Known("PHN-05");

    /// <summary>PHN-06: When a long time goes by and calls are still unanswered, stop and put your effort elsewhere (no length is given).</summary>
    public static readonly RuleId Phn06 = RuleId.Known("PHN-06");

    /// <summary>PHN-07: Keep the call brief: no run-through of your credentials, just continued interest and enthusiasm.</summary>
    public static readonly RuleId Phn07 = RuleId.Known("PHN-07");

    /// <summary>PHN-08: Ask whether the job has been filled or whether you are still being considered.</summary>
    public static readonly RuleId Phn08 = RuleId.Known("PHN-08");

    /// <summary>PHN-09: If you are still in the running, ask when they expect to decide.</summary>
    public static readonly RuleId Phn09 = RuleId.Known("PHN-09");

    /// <summary>PHN-10: Close by thanking them.</summary>
    public static readonly RuleId Phn10 = RuleId.Known("PHN-10");

    /// <summary>PHN-11: Do not push.</summary>
    public static readonly RuleId Phn11 = RuleId.Known("PHN-11");

    /// <summary>RCR-01: Do not call right after the interview, which looks over-eager, and do not leave it too long either.</summary>
    public static readonly RuleId Rcr01 = RuleId.Known("RCR-01");

    /// <summary>RCR-02: The best moment is one to two weeks after the interview, unless the company said otherwise.</summary>
    public static readonly RuleId Rcr02 = RuleId.Known("RCR-02");

    /// <summary>RCR-03: A candidate placed through a recruitment agency may contact the agency sooner than that.</summary>
    public static readonly RuleId Rcr03 = RuleId.Known("RCR-03");

    /// <summary>RCR-04: Call at the start or the end of the working day.</summary>
    public static readonly RuleId Rcr04 = RuleId.Known("RCR-04");

    /// <summary>RCR-05: Prepare: a script if you are nervous, notes of the key facts, your CV to hand, and a rehearsal.</summary>
    public static readonly RuleId Rcr05 = RuleId.Known("RCR-05");

    /// <summary>RCR-06: Introduce yourself with your name, the job and when you interviewed, and ask whether now suits them.</summary>
    public static readonly RuleId Rcr06 = RuleId.Known("RCR-06");

    /// <summary>RCR-07: Thank them for the interview and for taking the call.</summary>
    public static readonly RuleId Rcr07 = RuleId.Known("RCR-07");

    /// <summary>RCR-08: Ask about the vacancy, which may already be filled; if it is open, restate your interest and ask good questions.</summary>
    public static readonly RuleId Rcr08 = RuleId.Known("RCR-08");

    /// <summary>RCR-09: Stay brief and do not boast: the call is for a status update and a reminder of your interest.</summary>
    public static readonly RuleId Rcr09 = RuleId.Known("RCR-09");

    /// <summary>RCR-10: If nobody can take the call, a voicemail is fine: your name, the job, that you hoped for an update, and thanks.</summary>
    public static readonly RuleId Rcr10 = RuleId.Known("RCR-10");

    /// <summary>RCR-11: Do not ask about the other candidates or their interviews.</summary>
    public static readonly RuleId Rcr11 = RuleId.Known("RCR-11");

    /// <summary>RCR-12: Do not sound keen on a job you would turn down.</summary>
    public static readonly RuleId Rcr12 = RuleId.Known("RCR-12");

    /// <summary>RCR-13: Do not complain about the company or its process.</summary>
    public static readonly RuleId Rcr13 = RuleId.Known("RCR-13");

    /// <summary>RCR-14: Do not ask outright whether they will hire you.</summary>
    public static readonly RuleId Rcr14 = RuleId.Known("RCR-14");

    /// <summary>RCR-15: Call the interviewer or whoever is in charge of hiring directly, not a general number.</summary>
    public static readonly RuleId Rcr15 = RuleId.Known("RCR-15");

    /// <summary>RCR-16: Do not ask why they have not decided yet.</summary>
    public static readonly RuleId Rcr16 = RuleId.Known("RCR-16");

    /// <summary>RCR-17: Call only once, unless they asked you to call back on a particular date.</summary>
    public static readonly RuleId Rcr17 = RuleId.Known("RCR-17");

    /// <summary>RCR-18: Follow the sample outline: who you are; when you met and for which role; a topic from the talk you valued; that you are calling to show interest and learn the hiring timeline; an invitation to ask you anything; your number; thanks.</summary>
    public static readonly RuleId Rcr18 = RuleId.Known("RCR-18");

    /// <summary>RCR-19: Instead of calling you may send an email or a handwritten note.</summary>
    public static readonly RuleId Rcr19 = RuleId.Known("RCR-19");

    /// <summary>RCR-20: Use LinkedIn only if you have already talked about this work there; otherwise it is unprofessional.</summary>
    public static readonly RuleId Rcr20 = RuleId.Known("RCR-20");

    /// <summary>CBR-01: Wait at least two or three days before calling.</summary>
    public static readonly RuleId Cbr01 = RuleId.Known("CBR-01");

    /// <summary>CBR-02: Do not let a gatekeeper take over: avoid being handed to anyone who was not at the interview; if a receptionist offers to take a message or passes you to unfamiliar HR staff, ask when the interviewer will be free instead.</summary>
    public static readonly RuleId Cbr02 = RuleId.Known("CBR-02");

    /// <summary>CBR-03: Remind them who you are, introduce yourself and check they have a few minutes.</summary>
    public static readonly RuleId Cbr03 = RuleId.Known("CBR-03");

    /// <summary>CBR-04: Ask whether the job has been filled and, if not, whether you are still being considered.</summary>
    public static readonly RuleId Cbr04 = RuleId.Known("CBR-04");

    /// <summary>CBR-05: No hard sell: a short, polite statement of interest, not a list of reasons you are ideal.</summary>
    public static readonly RuleId Cbr05 = RuleId.Known("CBR-05");

    /// <summary>CBR-06: Ask for a timeline; if they give no date, ask whether you may call back in a week; thank them.</summary>
    public static readonly RuleId Cbr06 = RuleId.Known("CBR-06");

    /// <summary>CBR-07: One follow-up call is usually enough.</summary>
    public static readonly RuleId Cbr07 = RuleId.Known("CBR-07");

    /// <summary>CBR-08: If several weeks go by without news, make one more status call on the same terms (no number of weeks is given).</summary>
    public static readonly RuleId Cbr08 = RuleId.Known("CBR-08");

    /// <summary>FUR-01: Before the interview has taken place there is nothing to follow up: wait for it.</summary>
    public static readonly RuleId Fur01 = RuleId.Known("FUR-01");

    /// <summary>FUR-02: Calls fall inside the office's opening hours on its working days, in the office's own time zone.</summary>
    public static readonly RuleId Fur02 = RuleId.Known("FUR-02");

    /// <summary>FUR-03: The office is closed on the holidays the host supplies: no calls, and they are not business days.</summary>
    public static readonly RuleId Fur03 = RuleId.Known("FUR-03");

    /// <summary>FUR-04: After a call that reached nobody who could help, try again on a later business day rather than redialling at once.</summary>
    public static readonly RuleId Fur04 = RuleId.Known("FUR-04");

    /// <summary>FUR-05: A hard ceiling on call attempts keeps every follow-up finite: once reached, stop.</summary>
    public static readonly RuleId Fur05 = RuleId.Known("FUR-05");

    /// <summary>FUR-06: When no call window opens within the profile's search horizon, wait for the next one, looking up to a year ahead; when none opens within a year, stop.</summary>
    public static readonly RuleId Fur06 = RuleId.Known("FUR-06");

    /// <summary>FUR-07: An offer ends the follow-up.</summary>
    public static readonly RuleId Fur07 = RuleId.Known("FUR-07");

    /// <summary>FUR-08: With no way to reach anyone that the profile allows (no number, address, agency or LinkedIn contact), stop.</summary>
    public static readonly RuleId Fur08 = RuleId.Known("FUR-08");

    /// <summary>FUR-09: Between completed follow-up rounds, leave the profile's round interval (or, after a voicemail, the voicemail spacing).</summary>
    public static readonly RuleId Fur09 = RuleId.Known("FUR-09");

    /// <summary>FUR-10: A run of unanswered calls as long as the profile's attempts per round counts as one completed follow-up.</summary>
    public static readonly RuleId Fur10 = RuleId.Known("FUR-10");

    /// <summary>FUR-11: Windows shorter than the profile's minimum call window are not offered.</summary>
    public static readonly RuleId Fur11 = RuleId.Known("FUR-11");

    /// <summary>FUR-12: A time the employer named becomes a window of the profile's invited-call length at that time, even inside a blackout.</summary>
    public static readonly RuleId Fur12 = RuleId.Known("FUR-12");

    /// <summary>FUR-13: Where the articles a profile follows set no wait before the first call, the profile's own first-call delay applies.</summary>
    public static readonly RuleId Fur13 = RuleId.Known("FUR-13");

    /// <summary>FUR-14: A call back the employer asked for comes before the profile's own timing and does not count towards its limits.</summary>
    public static readonly RuleId Fur14 = RuleId.Known("FUR-14");

    /// <summary>FUR-15: Whom to call and how: the person to ask for on their direct line, else someone else from the interview, the general number only as a last resort; a receptionist is handled as the profile says.</summary>
    public static readonly RuleId Fur15 = RuleId.Known("FUR-15");

    /// <summary>FUR-16: Where a profile sets something the articles it follows do not address (a thank-you message, an agency update, a LinkedIn message), the setting applies as the profile gives it.</summary>
    public static readonly RuleId Fur16 = RuleId.Known("FUR-16");
}
