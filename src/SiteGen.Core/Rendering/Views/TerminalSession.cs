namespace SiteGen.Rendering.Views;

/// <summary>A line of a command as a terminal shows it: <c>$ </c> where a command starts, <c>&gt; </c> where it goes on.</summary>
/// <param name="Html">The line as HTML, highlighted as the session's language.</param>
public sealed record PromptedLine(string Prompt, string Text, string Html);

/// <summary>
/// Lays commands out as one terminal session, the same on the page and in the report: every command
/// gets a prompt, so a command never reads as the output of the one before; a blank line follows output
/// and comes before a comment, and nowhere else.
/// </summary>
public static class TerminalSession
{
    public const string Prompt = "$ ";
    public const string Continuation = "> ";

    /// <param name="language">The session's language (<c>bash</c>), which its commands are highlighted as.</param>
    public static IReadOnlyList<CommandView> Of(IEnumerable<(Literal? Comment, string Run, string? Output)> commands, string language)
    {
        var views = new List<CommandView>();
        string? outputBefore = null;
        foreach (var (comment, run, output) in commands)
        {
            var blankBefore = views.Count > 0 && (outputBefore is not null || comment is not null);
            views.Add(new CommandView(comment, comment?.Text.TrimEnd('\n').Split('\n') ?? [], run, Lines(run, language), output, blankBefore));
            outputBefore = output;
        }

        return views;
    }

    /// <summary>
    /// The lines of a command with their prompts. A line goes on from the one before when that one ends
    /// with <c>\</c>, a pipe or <c>&amp;&amp;</c>/<c>||</c>, or inside a here-document (<c>&lt;&lt;EOF</c> to <c>EOF</c>);
    /// any other line is a command of its own.
    /// </summary>
    public static IReadOnlyList<PromptedLine> Lines(string run, string language = "bash")
    {
        // Highlighted as a whole, so a line inside a here-document or a quoted string is read as such; a token
        // never spans lines, so the HTML splits where the text does.
        var html = (Highlighting.CodeHighlighter.Instance.Highlight(run, language) ?? System.Net.WebUtility.HtmlEncode(run)).Split('\n');
        var lines = new List<PromptedLine>();
        var continues = false;
        string? hereDocumentEnd = null;
        foreach (var line in run.Split('\n'))
        {
            var starts = !continues && hereDocumentEnd is null;
            lines.Add(new PromptedLine(starts ? Prompt : Continuation, line, starts ? Highlighting.CodeHighlighter.MarkCommandName(html[lines.Count]) : html[lines.Count]));
            if (hereDocumentEnd is not null)
            {
                if (line.Trim() == hereDocumentEnd)
                {
                    hereDocumentEnd = null;
                }

                continues = false;
                continue;
            }

            hereDocumentEnd = HereDocumentEnd(line);
            var end = line.TrimEnd();
            continues = end.EndsWith('\\') || end.EndsWith('|') || end.EndsWith("&&", StringComparison.Ordinal);
        }

        return lines;
    }

    /// <summary>The word that ends a here-document the line starts (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-'END'</c>), if it starts one.</summary>
    private static string? HereDocumentEnd(string line)
    {
        var at = line.IndexOf("<<", StringComparison.Ordinal);
        if (at < 0 || line.AsSpan(at + 2).StartsWith("<"))
        {
            return null;
        }

        var word = line[(at + 2)..].TrimStart('-').TrimStart().Split(' ', '\t', ';', '|', '>', ')')[0].Trim('\'', '"');
        return word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? word : null;
    }
}
