using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FollowUpRules.AspNetCore;

/// <summary>One problem of a request: where it is (a <c>$.</c>-path in the body, or a query or route parameter), the offending value and what is wrong.</summary>
/// <param name="In"><c>body</c>, <c>query</c>, <c>route</c> or <c>header</c>.</param>
/// <param name="Path">A JSON path such as <c>$.attempts[2].at</c> for the body; the parameter's name otherwise.</param>
/// <param name="Value">The offending value as text, or null when it is missing or not one value.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
internal readonly record struct ProblemItem(string In, string Path, string? Value, string Message);

/// <summary>
/// A request the service refuses, as an RFC 9457 problem: thrown by the request handling and written
/// as <c>application/problem+json</c> by <see cref="ProblemResponse"/>. Only client errors are ever
/// thrown as this type.
/// </summary>
internal sealed class ServiceProblem : Exception
{
    public ServiceProblem(int status, string type, string title, string detail, IReadOnlyList<ProblemItem> problems)
        : base(title + ": " + detail)
    {
        Status = status;
        Type = type;
        Title = title;
        Detail = detail;
        Problems = problems;
    }

    public int Status { get; }

    /// <summary>Gets the problem type: one of the <see cref="ProblemTypes"/>.</summary>
    public string Type { get; }

    public string Title { get; }

    public string Detail { get; }

    public IReadOnlyList<ProblemItem> Problems { get; }

    /// <summary>A bad query or route parameter.</summary>
    public static ServiceProblem Parameter(string where, string name, string? value, string message) =>
        new(StatusCodes.Status400BadRequest, ProblemTypes.InvalidParameter, "A parameter is invalid", name + ": " + message, [new ProblemItem(where, name, value, message)]);

    /// <summary>A problem in the body that is not about the documents of the JSON format (the request envelope, the size of a case).</summary>
    public static ServiceProblem Body(string type, string title, string path, string? value, string message) =>
        new(StatusCodes.Status400BadRequest, type, title, path + ": " + message, [new ProblemItem("body", path, value, message)]);

    public static ServiceProblem NotFound(string type, string title, string name, string value, string message) =>
        new(StatusCodes.Status404NotFound, type, title, message, [new ProblemItem("route", name, value, message)]);
}

/// <summary>The <c>type</c> URIs of the problems the service answers with; docs/service.md describes each.</summary>
internal static class ProblemTypes
{
    private const string Prefix = "urn:followuprules:problem:";

    /// <summary>The body is not JSON, or not a document of the expected kind, or a field cannot be read.</summary>
    public const string UnreadableDocument = Prefix + "unreadable-document";

    /// <summary>The case reads but breaks a rule the policy checks (an attempt after "now", say).</summary>
    public const string InvalidCase = Prefix + "invalid-case";

    /// <summary>A profile document reads but its settings are out of range or contradict each other.</summary>
    public const string InvalidProfile = Prefix + "invalid-profile";

    /// <summary>An outcome script answers an action in a way that cannot happen.</summary>
    public const string InvalidOutcomes = Prefix + "invalid-outcomes";

    /// <summary>A query or route parameter cannot be read or is out of range.</summary>
    public const string InvalidParameter = Prefix + "invalid-parameter";

    /// <summary>The request envelope (<c>case</c>, <c>profile</c>, <c>outcomes</c>, <c>decision</c>) is malformed.</summary>
    public const string InvalidRequest = Prefix + "invalid-request";

    /// <summary>The case holds more attempts than the service accepts.</summary>
    public const string TooManyAttempts = Prefix + "too-many-attempts";

    /// <summary>The body is larger than the service accepts.</summary>
    public const string BodyTooLarge = Prefix + "body-too-large";

    /// <summary>The body is not sent as <c>application/json</c>.</summary>
    public const string UnsupportedMediaType = Prefix + "unsupported-media-type";

    /// <summary>No profile of that name.</summary>
    public const string UnknownProfile = Prefix + "unknown-profile";

    /// <summary>No catalogued rule with that ID.</summary>
    public const string UnknownRule = Prefix + "unknown-rule";

    /// <summary>No page file of that name.</summary>
    public const string NotFound = Prefix + "not-found";

    /// <summary>The server could not read the request (a broken upload, a malformed HTTP message).</summary>
    public const string BadRequest = Prefix + "bad-request";
}

/// <summary>Writes a <see cref="ServiceProblem"/> as <c>application/problem+json</c> (RFC 9457).</summary>
internal static class ProblemResponse
{
    public const string ContentType = "application/problem+json";

    public static async Task WriteAsync(HttpContext context, ServiceProblem problem)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = problem.Status;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-store";
        var body = Render(problem, context.Request.PathBase + context.Request.Path);
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    public static byte[] Render(ServiceProblem problem, string instance) => ResponseDocuments.Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("type", problem.Type);
        writer.WriteString("title", problem.Title);
        writer.WriteNumber("status", problem.Status);
        writer.WriteString("detail", Text(problem.Detail));
        writer.WriteString("instance", Text(instance));
        WriteItems(writer, problem.Problems);
        writer.WriteEndObject();
    });

    /// <summary>Writes <c>"problems": [{ "in", "path", "value", "message" }]</c>, as problem details and validation answers both carry them.</summary>
    public static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<ProblemItem> items)
    {
        writer.WriteStartArray("problems");
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("in", item.In);
            writer.WriteString("path", Text(item.Path));
            if (item.Value is null)
            {
                writer.WriteNull("value");
            }
            else
            {
                writer.WriteString("value", Shorten(item.Value));
            }

            writer.WriteString("message", Text(item.Message));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// A value is echoed back at most 200 characters long, so a huge hostile value cannot make a huge
    /// answer; a lone surrogate (which JSON cannot carry as text) is shown as U+FFFD.
    /// </summary>
    internal static string Shorten(string value) => Text(value.Length <= 200 ? value : string.Concat(value.AsSpan(0, 200), "… (" + value.Length.ToString(CultureInfo.InvariantCulture) + " characters)"));

    /// <summary>Text that can be written as JSON: every lone surrogate replaced by U+FFFD.</summary>
    internal static string Text(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && !(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
            {
                return Replace(value);
            }

            if (char.IsHighSurrogate(value[i]))
            {
                i++;
            }
        }

        return value;

        static string Replace(string value)
        {
            var text = value.ToCharArray();
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    text[i] = '\uFFFD';
                }
            }

            return new string(text);
        }
    }
}
