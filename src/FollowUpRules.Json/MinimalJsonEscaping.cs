using System.Text.Encodings.Web;

namespace FollowUpRules.Json;

/// <summary>
/// Escapes only what JSON requires: the quotation mark, the backslash and the control characters
/// U+0000 to U+001F. Everything else, <c>+</c>, <c>'</c>, <c>&lt;</c>, accented letters and emoji
/// included, is written as itself, so the documents stay readable (<c>"+44 20 7946 0001"</c>, not
/// <c>"\u002B44 20 7946 0001"</c>). The documents are data, never embedded in HTML or script
/// without the host's own encoding.
/// </summary>
internal sealed class MinimalJsonEscaping : JavaScriptEncoder
{
    public static readonly MinimalJsonEscaping Instance = new();

    private MinimalJsonEscaping()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            // A lone surrogate cannot be written as UTF-8: the writer escapes it.
            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        for (var i = 0; i < utf8Text.Length; i++)
        {
            var b = utf8Text[i];
            if (b < 0x20 || b == (byte)'"' || b == (byte)'\\')
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ when unicodeScalar < 0x20 || unicodeScalar is >= 0xD800 and <= 0xDFFF => "\\u" + unicodeScalar.ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        if (escape is null)
        {
            // A scalar that needs no escape: written as itself (a surrogate pair for one above U+FFFF).
            var text = char.ConvertFromUtf32(unicodeScalar);
            return Copy(text, buffer, bufferLength, out numberOfCharactersWritten);
        }

        return Copy(escape, buffer, bufferLength, out numberOfCharactersWritten);
    }

    private static unsafe bool Copy(string text, char* buffer, int bufferLength, out int written)
    {
        if (text.Length > bufferLength)
        {
            written = 0;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i];
        }

        written = text.Length;
        return true;
    }
}
