using System.Globalization;
using System.Text.Json;
using FollowUpRules.Json;
using Microsoft.AspNetCore.Http;

namespace FollowUpRules.AspNetCore;

/// <summary>
/// Turns the library's input exceptions into problem details: every problem keeps its message, gets
/// a <c>$.</c>-path into the request body as sent (under <c>$.case</c> or <c>$.profile</c> when the
/// document came inside an envelope), and the offending value, looked up in the body when the
/// exception does not carry it.
/// </summary>
internal static class InputProblems
{
    public static ServiceProblem From(FollowUpInputException error, ReadOnlyMemory<byte> body, string documentPath)
    {
        var (type, title) = error switch
        {
            FollowUpJsonException => (ProblemTypes.UnreadableDocument, error.Heading),
            InvalidProfileException => (ProblemTypes.InvalidProfile, error.Heading),
            InvalidCaseException => (ProblemTypes.InvalidCase, error.Heading),
            _ => (ProblemTypes.UnreadableDocument, error.Heading),
        };

        using var document = TryParse(body);
        var items = new List<ProblemItem>(error.Problems.Count);
        foreach (var problem in error.Problems)
        {
            var path = Rebase(problem.Path, documentPath);
            var value = problem.Value.Length > 0 ? problem.Value : Find(document, path);
            items.Add(new ProblemItem("body", path, value, problem.Message));
        }

        var detail = items.Count == 1
            ? items[0].Path + ": " + items[0].Message
            : items.Count.ToString(CultureInfo.InvariantCulture) + " problems, listed in \"problems\"";
        return new ServiceProblem(StatusCodes.Status400BadRequest, type, title, detail, items);
    }

    /// <summary>
    /// The path in the request body: the JSON reader's paths start with <c>$</c>, the validators'
    /// (<c>attempts[2].at</c>, <c>maxVoicemails</c>) do not; both are put under <paramref name="documentPath"/>.
    /// </summary>
    public static string Rebase(string path, string documentPath)
    {
        if (path.StartsWith('$'))
        {
            return string.Concat(documentPath, path.AsSpan(1));
        }

        return path.Length == 0 ? documentPath : documentPath + (path.StartsWith('[') ? string.Empty : ".") + path;
    }

    /// <summary>The value at a path such as <c>$.case.attempts[2].at</c>: a string's text, other values as JSON; null when the path leads nowhere.</summary>
    public static string? Find(JsonDocument? document, string path)
    {
        if (document is null || !path.StartsWith('$'))
        {
            return null;
        }

        try
        {
            return Walk(document.RootElement, path);
        }
        catch (InvalidOperationException)
        {
            // A field name or a string holding an escaped lone surrogate is not text: looking a field
            // up in its object, or showing the string, throws. The problem is reported without a value.
            return null;
        }
    }

    private static string? Walk(JsonElement root, string path)
    {
        var current = root;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(path.AsSpan(i + 1, end - i - 1), out current))
                {
                    return null;
                }

                i = end;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || current.ValueKind != JsonValueKind.Array
                    || !int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= current.GetArrayLength())
                {
                    return null;
                }

                current = current[index];
                i = close + 1;
            }
            else
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Object or JsonValueKind.Array => null,
            _ => current.GetRawText(),
        };
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
