using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FollowUpRules.Json;

/// <summary>
/// Parses a document's text. Text that is not JSON (including bytes that are not UTF-8, and nesting
/// deeper than <see cref="MaxDepth"/>) gives one problem at the JSON path where parsing stopped,
/// with the line and byte.
/// </summary>
internal static class JsonSyntax
{
    /// <summary>The deepest nesting a document may have; the formats need fewer than ten levels.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException error)
        {
            throw NotJson(Encoding.UTF8.GetBytes(json), error);
        }
        catch (ArgumentException)
        {
            throw NotJson(Encoding.UTF8.GetBytes(json), null);
        }
    }

    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        // A byte order mark is allowed at the start (editors on Windows write one), and nowhere else.
        if (utf8.Length >= 3 && utf8.Span[0] == 0xEF && utf8.Span[1] == 0xBB && utf8.Span[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }

        try
        {
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException error)
        {
            throw NotJson(utf8, error);
        }
        catch (ArgumentException)
        {
            throw NotJson(utf8, null);
        }
    }

    /// <summary>Checks that bytes are UTF-8, so that no reader ever sees a replacement character that was not in the document.</summary>
    public static string? FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        try
        {
#if NETSTANDARD2_0
            StrictUtf8.GetCharCount(utf8.ToArray());
#else
            StrictUtf8.GetCharCount(utf8);
#endif
            return null;
        }
        catch (DecoderFallbackException error)
        {
            return "the text is not valid UTF-8 (byte " + (error.Index + 1).ToString(CultureInfo.InvariantCulture) + ")";
        }
    }

    /// <summary>Reads the document again with a reader that tracks the path, to say where it stopped being JSON.</summary>
    private static FollowUpJsonException NotJson(ReadOnlyMemory<byte> utf8, JsonException? error)
    {
        var path = new List<(string? Name, int Index)>();
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = MaxDepth });
        var depthExceeded = false;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        path[path.Count - 1] = (reader.GetString(), 0);
                        break;
                    case JsonTokenType.StartObject:
                        Step(path);
                        path.Add((string.Empty, 0));
                        break;
                    case JsonTokenType.StartArray:
                        Step(path);
                        path.Add((null, -1));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        Done(path);
                        break;
                    default:
                        Step(path);
                        Done(path);
                        break;
                }
            }
        }
        catch (JsonException second)
        {
            error ??= second;
            depthExceeded = reader.CurrentDepth >= MaxDepth - 1;
        }
        catch (InvalidOperationException)
        {
            // A property name that is not valid text: the path so far is still right.
        }

        var where = Render(path);
        var line = (error?.LineNumber ?? 0) + 1;
        var bytes = (error?.BytePositionInLine ?? 0) + 1;
        var message = depthExceeded
            ? "nested deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels"
            : FirstInvalidUtf8(utf8.Span) ?? "not valid JSON";
        return new FollowUpJsonException(
            where,
            message + " at line " + line.ToString(CultureInfo.InvariantCulture) + ", byte " + bytes.ToString(CultureInfo.InvariantCulture) + " of the line");
    }

    /// <summary>A value starts inside an array: the array's index moves on.</summary>
    private static void Step(List<(string? Name, int Index)> path)
    {
        if (path.Count > 0 && path[path.Count - 1].Name is null)
        {
            path[path.Count - 1] = (null, path[path.Count - 1].Index + 1);
        }
    }

    /// <summary>A value inside an object is complete: until the next name, the path is the object's.</summary>
    private static void Done(List<(string? Name, int Index)> path)
    {
        if (path.Count > 0 && path[path.Count - 1].Name is not null)
        {
            path[path.Count - 1] = (string.Empty, 0);
        }
    }

    private static string Render(List<(string? Name, int Index)> path)
    {
        var text = new StringBuilder("$");
        foreach (var (name, index) in path)
        {
            if (name is null)
            {
                if (index >= 0)
                {
                    text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
            }
            else if (name.Length > 0)
            {
                text.Append('.').Append(name);
            }
        }

        return text.ToString();
    }
}
