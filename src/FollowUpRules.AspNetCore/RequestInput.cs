using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using NodaTime;
using NodaTime.Text;

namespace FollowUpRules.AspNetCore;

/// <summary>Reads what a request sends: its JSON body (within the size limit), and its query parameters, each checked with a problem that names it.</summary>
internal static class RequestInput
{
    /// <summary>Reads the whole body as UTF-8 JSON bytes.</summary>
    /// <exception cref="ServiceProblem">415 when the body is not sent as JSON; 413 when it is larger than <paramref name="limit"/>; 400 when it is empty or the upload breaks off.</exception>
    public static async Task<byte[]> ReadJsonAsync(HttpContext context, int limit)
    {
        var request = context.Request;
        CheckMediaType(request.ContentType);
        if (request.ContentLength > limit)
        {
            throw TooLarge(limit, request.ContentLength.Value.ToString(CultureInfo.InvariantCulture) + " bytes");
        }

        byte[] body;
        try
        {
            body = await ReadAsync(request.Body, request.ContentLength is { } length ? (int)length : 4096, limit, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's own limits and broken uploads (a body shorter than its Content-Length, say).
            throw error.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(limit, "more than the server's limit")
                : new ServiceProblem(error.StatusCode, ProblemTypes.BadRequest, "The request cannot be read", error.Message, [new ProblemItem("body", "$", null, error.Message)]);
        }

        if (body.Length == 0)
        {
            throw ServiceProblem.Body(ProblemTypes.UnreadableDocument, "The JSON document cannot be read", "$", null, "the body is empty; send a JSON document");
        }

        return body;
    }

    private static async Task<byte[]> ReadAsync(Stream stream, int expected, int limit, CancellationToken cancel)
    {
        var buffer = new byte[Math.Min(Math.Max(expected, 1), limit) + 1];
        var count = 0;
        while (true)
        {
            if (count == buffer.Length)
            {
                if (count > limit)
                {
                    throw TooLarge(limit, "more than " + limit.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, limit + 1));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(count), cancel).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            count += read;
        }

        if (count > limit)
        {
            throw TooLarge(limit, "more than " + limit.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
        }

        return count == buffer.Length ? buffer : buffer.AsSpan(0, count).ToArray();
    }

    private static ServiceProblem TooLarge(int limit, string actual) =>
        new(
            StatusCodes.Status413PayloadTooLarge,
            ProblemTypes.BodyTooLarge,
            "The request body is too large",
            "the body is " + actual + "; this service accepts at most " + limit.ToString("N0", CultureInfo.InvariantCulture) + " bytes",
            [new ProblemItem("body", "$", null, "at most " + limit.ToString("N0", CultureInfo.InvariantCulture) + " bytes")]);

    private static void CheckMediaType(string? contentType)
    {
        const string Wanted = "send the body as JSON with Content-Type: application/json (curl: --json @file.json)";
        if (contentType is null)
        {
            throw Unsupported(null, "no Content-Type; " + Wanted);
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw Unsupported(contentType, "not a media type; " + Wanted);
        }

        var type = media.MediaType;
        var json = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        if (!json)
        {
            throw Unsupported(contentType, Wanted);
        }

        var charset = media.Charset;
        if (charset.HasValue && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw Unsupported(contentType, "charset " + charset.Value + " is not supported; JSON is UTF-8");
        }
    }

    private static ServiceProblem Unsupported(string? value, string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType, "The body must be JSON", message, [new ProblemItem("header", "Content-Type", value, message)]);

    /// <summary>Reads an instant parameter: UTC with a Z, or with an offset (<c>2026-03-10T09:00:00+01:00</c>).</summary>
    public static Instant? Instant(string name, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            return utc.Value;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            return offset.Value.ToInstant();
        }

        throw ServiceProblem.Parameter("query", name, text, "not an instant; write one such as 2026-03-10T09:00:00Z");
    }

    /// <summary>Reads a whole-number parameter within a range.</summary>
    public static int Integer(string name, string? text, int fallback, int min, int max)
    {
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw ServiceProblem.Parameter("query", name, text, "must be a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture));
        }

        return value;
    }

    /// <summary>Reads a true/false parameter.</summary>
    public static bool Boolean(string name, string? text, bool fallback) => text switch
    {
        null => fallback,
        "true" => true,
        "false" => false,
        _ => throw ServiceProblem.Parameter("query", name, text, "must be true or false"),
    };
}

/// <summary>
/// A request body that carries a case with what goes with it: <c>{ "case": {...}, "profile": "rcr" or {...},
/// "outcomes": {...}, "decision": {...} }</c>. A body without a top-level <c>case</c> field is the case
/// document itself.
/// </summary>
internal sealed class Envelope
{
    private Envelope(string caseJson, JsonElement? profile, string? outcomesJson, string? decisionJson)
    {
        CaseJson = caseJson;
        Profile = profile;
        OutcomesJson = outcomesJson;
        DecisionJson = decisionJson;
    }

    /// <summary>Gets the case document's text.</summary>
    public string CaseJson { get; }

    /// <summary>Gets the profile: a string (a name) or an object (a profile document); null when not given.</summary>
    public JsonElement? Profile { get; }

    public string? OutcomesJson { get; }

    public string? DecisionJson { get; }

    /// <summary>Tells, without building a document, whether the body is an object with a top-level <c>case</c> field.</summary>
    public static bool IsEnvelope(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("case"u8))
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            // Not JSON, or a field name that is not text: the document reader says what is wrong, with its path.
            return false;
        }
    }

    /// <summary>Reads the envelope's fields; <paramref name="allowed"/> are those this endpoint takes besides <c>case</c>.</summary>
    public static Envelope Read(ReadOnlyMemory<byte> body, params string[] allowed)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException error)
        {
            throw ServiceProblem.Body(ProblemTypes.UnreadableDocument, "The JSON document cannot be read", "$", null, "not valid JSON: " + error.Message);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement, allowed);
            }
            catch (InvalidOperationException)
            {
                // The reader checks JSON's structure; taking a document's text out is where bytes that are not UTF-8 show.
                throw ServiceProblem.Body(ProblemTypes.UnreadableDocument, "The JSON document cannot be read", "$", null, "not valid UTF-8 text; JSON is UTF-8");
            }
        }
    }

    private static Envelope Read(JsonElement root, string[] allowed)
    {
        string? caseJson = null;
        JsonElement? profile = null;
        string? outcomes = null;
        string? decision = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                throw Problem("$", null, "a field name is not valid text");
            }

            if (!seen.Add(name))
            {
                throw Problem("$." + name, null, "duplicate field; each field may appear once");
            }

            var value = property.Value;
            switch (name)
            {
                case "case":
                    caseJson = value.ValueKind == JsonValueKind.Object ? value.GetRawText() : throw Problem("$.case", Show(value), "must be a case document (an object)");
                    break;
                case "profile" when allowed.Contains("profile"):
                    profile = value.ValueKind is JsonValueKind.String or JsonValueKind.Object
                        ? value.Clone()
                        : throw Problem("$.profile", Show(value), "must be a profile's name or a profile document");
                    break;
                case "outcomes" when allowed.Contains("outcomes"):
                    outcomes = value.ValueKind == JsonValueKind.Object ? value.GetRawText() : throw Problem("$.outcomes", Show(value), "must be an outcome script (an object)");
                    break;
                case "decision" when allowed.Contains("decision"):
                    decision = value.ValueKind == JsonValueKind.Object ? value.GetRawText() : throw Problem("$.decision", Show(value), "must be a decision document (an object)");
                    break;
                default:
                    throw Problem("$." + name, null, "unknown field; the fields here are case" + string.Concat(allowed.Select(a => ", " + a)));
            }
        }

        return new Envelope(caseJson!, profile, outcomes, decision);
    }

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetRawText(),
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        _ => value.GetRawText(),
    };

    private static ServiceProblem Problem(string path, string? value, string message) =>
        ServiceProblem.Body(ProblemTypes.InvalidRequest, "The request is invalid", path, value, message);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of a body that is not an envelope, for the readers that take a string.</summary>
    /// <exception cref="ServiceProblem">The body is not valid UTF-8.</exception>
    public static string Text(ReadOnlyMemory<byte> body)
    {
        try
        {
            return StrictUtf8.GetString(body.Span);
        }
        catch (DecoderFallbackException error)
        {
            throw ServiceProblem.Body(ProblemTypes.UnreadableDocument, "The JSON document cannot be read", "$", null, "not valid UTF-8 (byte " + error.Index.ToString(CultureInfo.InvariantCulture) + "); JSON is UTF-8");
        }
    }
}
