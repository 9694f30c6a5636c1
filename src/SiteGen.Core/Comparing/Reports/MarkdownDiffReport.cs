using System.Text;

namespace SiteGen.Comparing.Reports;

/// <summary>
/// The diff as Markdown for a pull-request comment: a summary table, then per changed output a collapsible
/// unified diff of what a reader sees, by section. Cut at a number of characters (GitHub takes
/// 65,536 in a comment), saying how many outputs were left out.
/// </summary>
public static class MarkdownDiffReport
{
    public static string Write(SiteDiff diff, int limit = 60_000)
    {
        var text = new StringBuilder();
        text.Append("## Site diff: `").Append(diff.OldName).Append("` → `").Append(diff.NewName).Append("`\n\n");
        var (columns, rows) = DiffGroups.Counts(diff);
        text.Append("| | ").AppendJoin(" | ", columns).Append(" |\n|---|").Append(string.Concat(columns.Select(_ => "---:|"))).Append('\n');
        foreach (var (kind, counts) in rows)
        {
            text.Append("| ").Append(DiffGroups.Verb(kind)).Append(" | ").AppendJoin(" | ", counts).Append(" |\n");
        }

        if (diff.Untranslated.Count > 0)
        {
            text.Append("\nUntranslated fields shown on experiment pages: ")
                .AppendJoin(", ", diff.Untranslated.Select(u => $"{u.Key} {u.Value.Old} → {u.Value.New}")).Append(".\n");
        }

        if (!diff.HasChanges)
        {
            return text.Append("\nNo output changed.\n").ToString();
        }

        var left = diff.Differences.Count();
        foreach (var (title, outputs) in DiffGroups.Of(diff))
        {
            var section = new StringBuilder().Append("\n### ").Append(title).Append('\n');
            foreach (var output in outputs)
            {
                section.Append(Entry(output));
            }

            if (text.Length + section.Length > limit)
            {
                break;
            }

            text.Append(section);
            left -= outputs.Count;
        }

        if (left > 0)
        {
            text.Append($"\n*{left} more changed outputs are not shown here (the comment would pass {limit:N0} characters); run `sitegen diff` with `--report diff.html` for all of them.*\n");
        }

        return text.ToString();
    }

    private static string Entry(OutputDiff output)
    {
        if (output.Visible is not { } visible)
        {
            return $"\n- {DiffGroups.Verb(output.Change)}: `{output.Path}`\n";
        }

        var text = new StringBuilder();
        text.Append("\n<details><summary>changed: <code>").Append(output.Path).Append("</code></summary>\n\n```diff\n");
        foreach (var hunk in DiffSections.Of(visible))
        {
            text.Append("@@ ").Append(hunk.Section ?? "(top)").Append(" @@\n");
            foreach (var line in DiffSections.Unified(hunk))
            {
                text.Append(line.Replace("```", "`\u200b``", StringComparison.Ordinal)).Append('\n');
            }
        }

        return text.Append("```\n\n</details>\n").ToString();
    }
}
