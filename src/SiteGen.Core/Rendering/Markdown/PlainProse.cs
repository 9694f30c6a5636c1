namespace SiteGen.Rendering.Markdown;

/// <summary>
/// Tells whether a prose field is a plain sentence that Markdig would only wrap in a paragraph: one line,
/// no leading or trailing space, and not one character that could start markup in the prose pipeline
/// (emphasis, code, links, HTML, entities, escapes, tables, the emphasis extras) nor a line start that
/// makes a block (list, heading, quote). Most of a lab record's prose is like that, and parsing it was
/// the largest part of rendering a page. Conservative by design: a false "no" only costs a parse; a false
/// "yes" would change a page, so the property test compares every "yes" with Markdig's own output.
/// </summary>
internal static class PlainProse
{
    // Markup characters of CommonMark and of the extensions in ProseMarkdown.WithProseExtensions, plus ':' and
    // '@' (autolinks such as https://, mailto: and www. are found by their text) and the controls.
    private const string Markup = "\\`*_[]<>&#|~^+=!{}:@";

    public static bool IsPlain(string text)
    {
        if (text.Length == 0 || text.Length > 2000 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < ' ' || c == '\u007f' || Markup.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return !StartsLikeABlock(text) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A list item (<c>-</c>, <c>1.</c>, <c>a)</c>, <c>iv.</c>), a thematic break, or anything Markdig reads as a block marker.</summary>
    private static bool StartsLikeABlock(string text)
    {
        if (text[0] is '-' or '*' or '+' or '>' or '#' or '=' or '_' or '~' or '`' or '|' or '<' or '[' or '!')
        {
            return true;
        }

        // An ordered or lettered list marker: a short run of letters or digits followed by '.' or ')'.
        var run = 0;
        while (run < text.Length && run < 10 && char.IsAsciiLetterOrDigit(text[run]))
        {
            run++;
        }

        return run > 0 && run < text.Length && text[run] is '.' or ')' && (run + 1 == text.Length || char.IsWhiteSpace(text[run + 1]));
    }
}
