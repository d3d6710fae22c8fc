using FluentAssertions;

namespace FollowUpRules.Tests.Shared;

/// <summary>
/// Malformed case documents and the exact error each must produce, shared by the JSON reader's tests
/// and the command-line tool's (which must also exit with code 2).
/// </summary>
internal static class MalformedDocuments
{
    internal const string Valid = """
        {
          "schemaVersion": 1,
          "interview": { "at": "2026-03-05T10:00:00Z", "role": "Analyst", "company": "Northwind",
                         "interviewers": [ { "name": "Jane Smith", "role": "hiringManager", "directLine": "+44 20 7946 0001" } ] },
          "office": { "timeZoneId": "Europe/London", "hours": { "monday": ["09:00-17:00"] } },
          "candidate": { "name": "Alex Doe" },
          "attempts": [ { "at": "2026-03-06T10:00:00Z", "channel": "phone", "answeredBy": "voicemail", "voicemailLeft": true } ]
        }
        """;

    /// <summary>The valid document with one piece replaced.</summary>
    private static string Change(string from, string to)
    {
        Valid.Should().Contain(from);
        return Valid.Replace(from, to, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Cases => new()
    {
        { "not JSON", "{ \"schemaVersion\": 1, ", "$: not valid JSON at line 1, byte 23 of the line" },
        { "a trailing comma", Change("\"Alex Doe\" }", "\"Alex Doe\", }"), "$.candidate: not valid JSON at line 6, byte 38 of the line" },
        { "an array at the top", "[1, 2]", "$: expected an object, got an array" },
        { "no schema version", Change("\"schemaVersion\": 1,", string.Empty), "$.schemaVersion: missing; it is required" },
        { "schema version 2", Change("\"schemaVersion\": 1", "\"schemaVersion\": 2"), "$.schemaVersion: 2 is not supported; this version reads schemaVersion 1" },
        { "schema version as text", Change("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""), "$.schemaVersion: expected a whole number, got a string" },
        { "an unknown field", Change("\"role\": \"Analyst\"", "\"rol\": \"Analyst\", \"role\": \"Analyst\""), "$.interview.rol: unknown field; the fields here are at, role, company, interviewers, generalNumber" },
        { "a duplicate field", Change("\"role\": \"Analyst\"", "\"role\": \"Analyst\", \"role\": \"Lead\""), "$.interview.role: duplicate field; each field may appear once" },
        { "a missing required field", Change("\"company\": \"Northwind\",", string.Empty), "$.interview.company: missing; it is required" },
        { "a required field set to null", Change("\"company\": \"Northwind\"", "\"company\": null"), "$.interview.company: must not be null; it is required" },
        { "a number where text belongs", Change("\"company\": \"Northwind\"", "\"company\": 42"), "$.interview.company: expected a string, got a number" },
        { "an object where a list belongs", Change("[ { \"name\": \"Jane Smith\", \"role\": \"hiringManager\", \"directLine\": \"+44 20 7946 0001\" } ]", "{ \"name\": \"Jane Smith\" }"), "$.interview.interviewers: expected an array, got an object" },
        { "an unknown zone", Change("Europe/London", "Mars/Olympus_Mons"), "$.office.timeZoneId: \"Mars/Olympus_Mons\" is not a time zone id in tzdb " + NodaTime.TimeZones.TzdbDateTimeZoneSource.Default.TzdbVersion + "; use one such as Europe/London" },
        { "an instant without Z", Change("2026-03-05T10:00:00Z", "2026-03-05T10:00:00"), "$.interview.at: \"2026-03-05T10:00:00\" is not an instant; write one such as 2026-03-05T10:00:00Z or 2026-03-05T11:00+01:00" },
        { "month 13", Change("2026-03-06T10:00:00Z", "2026-13-06T10:00:00Z"), "$.attempts[0].at: \"2026-13-06T10:00:00Z\" is not an instant; write one such as 2026-03-05T10:00:00Z or 2026-03-05T11:00+01:00" },
        { "an unparsable time range", Change("09:00-17:00", "9am-5pm"), "$.office.hours.monday[0]: \"9am-5pm\" is not a time range; write one such as 09:00-17:00 (24:00 for midnight at the end of the day)" },
        { "a range ending at 00:00", Change("09:00-17:00", "22:00-00:00"), "$.office.hours.monday[0]: \"22:00-00:00\" ends at 00:00; write 24:00 for midnight at the end of the day" },
        { "a misspelt day", Change("\"monday\"", "\"mon\""), "$.office.hours.mon: unknown field; the fields here are monday, tuesday, wednesday, thursday, friday, saturday, sunday" },
        { "an unknown enum value", Change("\"hiringManager\"", "\"boss\""), "$.interview.interviewers[0].role: \"boss\" is not one of panelist, hiringManager, recruiter" },
        { "an unknown channel", Change("\"channel\": \"phone\"", "\"channel\": \"fax\""), "$.attempts[0].channel: \"fax\" is not one of phone, email, handwrittenNote, linkedInMessage" },
        { "a boolean as text", Change("\"voicemailLeft\": true", "\"voicemailLeft\": \"yes\""), "$.attempts[0].voicemailLeft: expected true or false, got a string" },
        { "a huge number", Change("\"candidate\": { \"name\": \"Alex Doe\" }", "\"candidate\": { \"name\": \"Alex Doe\" }, \"notes\": { \"callBackWithinDays\": 99999999999 }"), "$.notes.callBackWithinDays: 99999999999 is not a whole number between -2147483648 and 2147483647" },
        { "a fractional number", Change("\"candidate\": { \"name\": \"Alex Doe\" }", "\"candidate\": { \"name\": \"Alex Doe\" }, \"notes\": { \"candidatesRemaining\": 1.5 }"), "$.notes.candidatesRemaining: 1.5 is not a whole number between -2147483648 and 2147483647" },
        { "an unparsable date", Change("\"candidate\": { \"name\": \"Alex Doe\" }", "\"candidate\": { \"name\": \"Alex Doe\" }, \"notes\": { \"callBackOn\": \"next Tuesday\" }"), "$.notes.callBackOn: \"next Tuesday\" is not a date; write one such as 2026-03-05" },
        { "a local time with a zone", Change("\"voicemailLeft\": true", "\"voicemailLeft\": true, \"interviewerAvailableAt\": \"2026-03-10T15:00Z\""), "$.attempts[0].interviewerAvailableAt: \"2026-03-10T15:00Z\" is not a local date and time; write one such as 2026-03-10T15:00" },
        { "dates the wrong way round", Change("\"role\": \"hiringManager\",", "\"role\": \"hiringManager\", \"outOfOffice\": [ { \"start\": \"2026-03-12\", \"end\": \"2026-03-10\" } ],"), "$.interview.interviewers[0].outOfOffice[0].end: \"2026-03-10\" is before start \"2026-03-12\"; both ends are inclusive" },
        { "nesting too deep at the top", new string('[', 100) + new string(']', 100), "$" + string.Concat(Enumerable.Repeat("[0]", 63)) + ": nested deeper than 64 levels at line 1, byte 65 of the line" },
        { "nesting too deep inside a field", Change("\"candidate\": { \"name\": \"Alex Doe\" }", "\"candidate\": { \"name\": \"Alex Doe\", \"agency\": " + new string('[', 70) + new string(']', 70) + " }"), "$.candidate.agency" + string.Concat(Enumerable.Repeat("[0]", 61)) + ": nested deeper than 64 levels at line 6, byte 110 of the line" },
        { "a misspelt field is unknown, not missing", Change("\"role\": \"Analyst\"", "\"rol\": \"Analyst\""), "The JSON document cannot be read (2 problems):\n- $.interview.rol: unknown field; the fields here are at, role, company, interviewers, generalNumber\n- $.interview.role: missing; it is required" },
        { "every problem at once", Change("\"company\": \"Northwind\"", "\"company\": 42").Replace("\"channel\": \"phone\"", "\"channel\": \"fax\"", StringComparison.Ordinal).Replace("\"name\": \"Alex Doe\"", "\"nmae\": \"Alex Doe\"", StringComparison.Ordinal), "The JSON document cannot be read (4 problems):\n- $.interview.company: expected a string, got a number\n- $.candidate.nmae: unknown field; the fields here are name, phone, email, timeZoneId, agency, linkedInContact, prefersWrittenContact\n- $.candidate.name: missing; it is required\n- $.attempts[0].channel: \"fax\" is not one of phone, email, handwrittenNote, linkedInMessage" },
        { "a required list set to null", Change("\"interviewers\": [ { \"name\": \"Jane Smith\", \"role\": \"hiringManager\", \"directLine\": \"+44 20 7946 0001\" } ]", "\"interviewers\": null"), "$.interview.interviewers: must not be null; it is required" },
        { "a null in a list", Change("\"hours\": { \"monday\": [\"09:00-17:00\"] }", "\"hours\": { \"monday\": [\"09:00-17:00\", null] }"), "$.office.hours.monday[1]: must not be null" },
    };

}
