using System.Text;

namespace SiteGen.Rendering.Reports;

/// <summary>Helpers the report template calls to shape Markdown: <c>md_indent</c>, <c>md_cell</c>, <c>md_stars</c>, <c>md_fence</c>.</summary>
public static class MarkdownFunctions
{
    /// <summary>Indents every line after the first, so multi-line prose stays inside a list item.</summary>
    public static string MdIndent(string? text, int spaces) =>
        (text ?? "").Replace("\n", "\n" + new string(' ', spaces), StringComparison.Ordinal);

    /// <summary>Makes text safe for one cell of a pipe table: escapes <c>|</c>, joins lines with <c>&lt;br&gt;</c>.</summary>
    public static string MdCell(string? text) =>
        (text ?? "").Trim().Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    public static string MdStars(int stars) => string.Concat(Enumerable.Repeat("⭐", stars));

    /// <summary>A code fence long enough that the text cannot close it early.</summary>
    public static string MdFence(string? text) => new('`', Math.Max(3, LongestBacktickRun(text) + 1));

    /// <summary>A code span that holds any text: enough backticks around it, padded when it touches one.</summary>
    public static string MdCode(string? text)
    {
        text ??= "";
        var ticks = new string('`', LongestBacktickRun(text) + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return ticks + pad + text + pad + ticks;
    }

    /// <summary>
    /// Escapes the characters that would start Markdown markup or HTML in the middle of a short label
    /// (an underscore inside a word is left alone: CommonMark never reads it as emphasis).
    /// </summary>
    public static string MdEscape(string? text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text ?? "")
        {
            if (c is '\\' or '`' or '*' or '[' or ']' or '<')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static int LongestBacktickRun(string? text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text ?? "")
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
