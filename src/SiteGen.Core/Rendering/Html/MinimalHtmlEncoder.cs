using System.Text.Encodings.Web;

namespace SiteGen.Rendering.Html;

/// <summary>
/// Escapes exactly what HTML needs in text and quoted attribute values: <c>&amp; &lt; &gt; " '</c>.
/// Everything else (Chinese, emoji, line breaks) is written as itself, so page sources stay readable
/// and diffable. The framework's encoders also escape every character outside the ranges they allow,
/// including all emoji and line breaks, which is safe but turns every page into entity soup.
/// </summary>
public sealed class MinimalHtmlEncoder : HtmlEncoder
{
    public static MinimalHtmlEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => 6; // &quot;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"' or '\'';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            if (WillEncode(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => null,
        };

        if (replacement is null)
        {
            // Not ours to escape: write the scalar as itself (one or two UTF-16 units).
            var rune = new System.Text.Rune(unicodeScalar);
            if (bufferLength < rune.Utf16SequenceLength)
            {
                numberOfCharactersWritten = 0;
                return false;
            }

            numberOfCharactersWritten = rune.EncodeToUtf16(new Span<char>(buffer, bufferLength));
            return true;
        }

        if (bufferLength < replacement.Length)
        {
            numberOfCharactersWritten = 0;
            return false;
        }

        replacement.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = replacement.Length;
        return true;
    }
}
