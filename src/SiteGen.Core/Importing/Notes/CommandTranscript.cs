using SiteGen.Model;

namespace SiteGen.Importing.Notes;

/// <summary>
/// The commands of a shell block, read back as the report lays them out (<see cref="Rendering.Views.TerminalSession"/>):
/// <c># </c> lines are the comment of the command below them; in a block where commands carry a <c>$ </c>
/// prompt, <c>&gt; </c> lines continue the command and other lines are its output; in a block without
/// prompts every line is typed, and a blank line or a comment starts the next command.
/// </summary>
internal static class CommandTranscript
{
    public static IReadOnlyList<Command> Read(string text, string language, string noteLanguage)
    {
        var lines = text.Split('\n');
        var prompted = lines.Any(l => l.StartsWith("$ ", StringComparison.Ordinal) || l == "$");
        var commands = new List<Command>();
        var comment = new List<string>();
        List<string>? run = null;
        List<string>? output = null;
        var blanks = 0;

        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                blanks++;
                if (!prompted)
                {
                    Close();
                }

                continue;
            }

            var isComment = line.StartsWith('#') && !line.StartsWith("#!", StringComparison.Ordinal);
            if (prompted && (line.StartsWith("$ ", StringComparison.Ordinal) || line == "$"))
            {
                Close();
                run = [line.Length > 2 ? line[2..] : ""];
            }
            else if (prompted && run is not null && output is null && blanks == 0 && (line.StartsWith("> ", StringComparison.Ordinal) || line == ">"))
            {
                run.Add(line.Length > 2 ? line[2..] : "");
            }
            else if (isComment && (run is null || !prompted || output is null || blanks > 0))
            {
                Close();
                comment.Add(line.TrimStart('#').StartsWith(' ') ? line.TrimStart('#')[1..] : line.TrimStart('#'));
            }
            else if (prompted && run is not null)
            {
                output ??= [];
                output.AddRange(Enumerable.Repeat("", output.Count > 0 ? blanks : 0));
                output.Add(line);
            }
            else if (run is null || prompted)
            {
                Close();
                run = [line];
            }
            else
            {
                run.Add(line);
            }

            blanks = 0;
        }

        Close();
        if (comment.Count > 0)
        {
            // A comment with no command after it is kept as typed, as a command of its own.
            commands.Add(new Command { Run = string.Join("\n", comment.Select(c => "# " + c)), Language = Language(language) });
        }

        return commands;

        void Close()
        {
            if (run is null)
            {
                return;
            }

            commands.Add(new Command
            {
                Comment = comment.Count > 0 ? Prose(string.Join("\n", comment)) : null,
                Run = string.Join("\n", run),
                Output = output is null ? null : string.Join("\n", output),
                Language = Language(language),
            });
            comment.Clear();
            run = null;
            output = null;
        }

        Localized Prose(string value) => Localized.Of(new Dictionary<string, string> { [noteLanguage] = value });
    }

    private static string? Language(string language) =>
        language.Length == 0 || string.Equals(language, "bash", StringComparison.OrdinalIgnoreCase) ? null : language;
}
