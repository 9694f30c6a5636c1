namespace SiteGen.Rendering.Markdown;

/// <summary>
/// Finds fenced code blocks line by line, as CommonMark does: a line of three or more backticks or tildes
/// (indented at most three spaces) opens one, and a line of at least as many of the same character, with
/// nothing after them, closes it. Cheap enough for check to run on every prose field.
/// </summary>
public static class CodeFences
{
    /// <summary>A fence line: its line number (0-based) in the text and its run of backticks or tildes.</summary>
    public readonly record struct Fence(int Line, string Run);

    /// <summary>The fence that opens a code block never closed before the end of the text, if any.</summary>
    public static Fence? Unclosed(string text)
    {
        Fence? open = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var indent = line.Length - line.TrimStart(' ').Length;
            if (indent > 3 && open is null)
            {
                continue;
            }

            var trimmed = line.TrimStart(' ');
            if (Run(trimmed) is not { } run)
            {
                continue;
            }

            if (open is null)
            {
                // A backtick fence's info string may not contain a backtick.
                if (run[0] == '~' || !trimmed[run.Length..].Contains('`', StringComparison.Ordinal))
                {
                    open = new Fence(i, run);
                }
            }
            else if (run[0] == open.Value.Run[0] && run.Length >= open.Value.Run.Length && trimmed[run.Length..].Trim().Length == 0 && indent <= 3)
            {
                open = null;
            }
        }

        return open;
    }

    /// <summary>The backticks or tildes a line starts with, three or more, or null.</summary>
    public static string? Run(string line)
    {
        if (line.Length < 3 || line[0] is not ('`' or '~'))
        {
            return null;
        }

        var length = 0;
        while (length < line.Length && line[length] == line[0])
        {
            length++;
        }

        return length >= 3 ? line[..length] : null;
    }
}
