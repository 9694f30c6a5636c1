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
    public static string MdFence(string? text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text ?? "")
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return new string('`', Math.Max(3, longest + 1));
    }

    /// <summary>Escapes characters that would start Markdown markup in a short label.</summary>
    public static string MdEscape(string? text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text ?? "")
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
