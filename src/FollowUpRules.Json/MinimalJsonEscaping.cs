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

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        FindFirst(new ReadOnlySpan<char>(text, textLength));

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
#if NET8_0_OR_GREATER
        return utf8Text.IndexOfAny(SpecialBytes);
#else
        for (var i = 0; i < utf8Text.Length; i++)
        {
            var b = utf8Text[i];
            if (b < 0x20 || b == (byte)'"' || b == (byte)'\\')
            {
                return i;
            }
        }

        return -1;
#endif
    }

#if NET8_0_OR_GREATER
    private static readonly System.Buffers.SearchValues<char> SpecialChars = System.Buffers.SearchValues.Create(Specials());

    private static readonly System.Buffers.SearchValues<byte> SpecialBytes = System.Buffers.SearchValues.Create(Specials().Select(c => (byte)c).ToArray());

    private static char[] Specials() => [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\'];
#endif

    /// <summary>The first character to escape: a control character, a quote, a backslash or a lone surrogate.</summary>
    private static int FindFirst(ReadOnlySpan<char> text)
    {
#if NET8_0_OR_GREATER
        // Vectorized: the characters JSON requires escaped, then any surrogate (rare) before the first
        // of them, checked one by one. The writer calls this again after each escape (every newline of
        // a script), so the surrogate scan stops at the special character: scanning on to the end of
        // the text each time made writing a long text quadratic in its newlines.
        var special = text.IndexOfAny(SpecialChars);
        var surrogate = (special < 0 ? text : text.Slice(0, special)).IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate < 0)
        {
            return special;
        }

        var lone = FirstLoneSurrogateOrSpecial(text.Slice(surrogate));
        return lone < 0 ? -1 : surrogate + lone;
#else
        return FirstLoneSurrogateOrSpecial(text);
#endif
    }

    private static int FirstLoneSurrogateOrSpecial(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            // A lone surrogate cannot be written as UTF-8: the writer escapes it.
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
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
