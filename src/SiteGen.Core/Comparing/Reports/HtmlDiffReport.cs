using System.Net;
using System.Text;

namespace SiteGen.Comparing.Reports;

/// <summary>
/// The diff as one self-contained HTML file (no script, no request to anywhere; light and dark; readable on a
/// phone): a summary, then per changed output what a reader sees, section by section, with the changed words
/// (or Chinese characters) marked inside changed lines, the raw HTML diff behind a switch, and links to
/// the output on both sides.
/// </summary>
public static class HtmlDiffReport
{
    /// <param name="reportFolder">Where the report is written: links to the two sides are relative to it.</param>
    /// <param name="oldRoot">The folder of the old site, or null when it is gone (a temporary build).</param>
    /// <param name="newRoot">The folder of the new site, or null.</param>
    public static string Write(SiteDiff diff, string reportFolder, string? oldRoot, string? newRoot)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>Site diff: ").Append(E(diff.OldName)).Append(" → ").Append(E(diff.NewName)).Append("</title>\n<style>")
            .Append(Style).Append("</style>\n</head>\n<body>\n<main>\n<h1>Site diff</h1>\n<p class=\"sides\"><span>")
            .Append(E(diff.OldName)).Append("</span> → <span>").Append(E(diff.NewName)).Append("</span></p>\n");
        Summary(diff, html);
        foreach (var (title, outputs) in DiffGroups.Of(diff))
        {
            html.Append("<section>\n<h2>").Append(E(title)).Append("</h2>\n");
            foreach (var output in outputs)
            {
                Entry(output, html, reportFolder, oldRoot, newRoot);
            }

            html.Append("</section>\n");
        }

        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Summary(SiteDiff diff, StringBuilder html)
    {
        var (columns, rows) = DiffGroups.Counts(diff);
        html.Append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Outputs</th>");
        foreach (var column in columns)
        {
            html.Append("<th scope=\"col\">").Append(E(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (kind, counts) in rows)
        {
            html.Append("<tr><th scope=\"row\">").Append(DiffGroups.Verb(kind)).Append("</th>");
            foreach (var count in counts)
            {
                html.Append("<td>").Append(count).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
        if (diff.Untranslated.Count > 0)
        {
            html.Append("<p>Untranslated fields shown on experiment pages: ")
                .Append(E(string.Join(", ", diff.Untranslated.Select(u => $"{u.Key} {u.Value.Old} → {u.Value.New}")))).Append(".</p>\n");
        }

        html.Append(diff.HasChanges ? "" : "<p class=\"none\">No output changed.</p>\n").Append("</section>\n");
    }

    private static void Entry(OutputDiff output, StringBuilder html, string reportFolder, string? oldRoot, string? newRoot)
    {
        html.Append("<article class=\"output ").Append(DiffGroups.Verb(output.Change)).Append("\">\n<h3><span class=\"kind\">")
            .Append(DiffGroups.Verb(output.Change)).Append("</span> <code>").Append(E(output.Path)).Append("</code></h3>\n<p class=\"links\">");
        if (output.Change != ChangeKind.Added && oldRoot is not null)
        {
            html.Append("<a href=\"").Append(E(Link(reportFolder, oldRoot, output.Path))).Append("\">before</a> ");
        }

        if (output.Change != ChangeKind.Removed && newRoot is not null)
        {
            html.Append("<a href=\"").Append(E(Link(reportFolder, newRoot, output.Path))).Append("\">after</a>");
        }

        html.Append("</p>\n");
        if (output.Visible is { } visible)
        {
            Hunks(visible, html);
        }

        if (output.Raw is { } raw)
        {
            html.Append("<details><summary>Raw HTML diff</summary>\n");
            Hunks(raw, html);
            html.Append("</details>\n");
        }

        html.Append("</article>\n");
    }

    private static void Hunks(TextDiff diff, StringBuilder html)
    {
        foreach (var hunk in DiffSections.Of(diff))
        {
            html.Append("<div class=\"hunk\">\n<p class=\"section\">").Append(E(hunk.Section ?? "(top of the page)")).Append("</p>\n");
            foreach (var line in hunk.Lines)
            {
                switch (line.Change)
                {
                    case LineChange.Same:
                        Line(html, "same", " ", line.New);
                        break;
                    case LineChange.Deleted:
                        Line(html, "del", "−", line.Old);
                        break;
                    case LineChange.Inserted:
                        Line(html, "ins", "+", line.New);
                        break;
                    default:
                        Line(html, "del", "−", line.Old);
                        Line(html, "ins", "+", line.New);
                        break;
                }
            }

            html.Append("</div>\n");
        }
    }

    private static void Line(StringBuilder html, string kind, string sign, IReadOnlyList<DiffRun> runs)
    {
        var mark = kind == "del" ? "del" : "ins";
        html.Append("<div class=\"line ").Append(kind).Append("\"><span class=\"sign\" aria-hidden=\"true\">").Append(sign).Append("</span>");
        if (kind != "same" && !runs.Any(r => r.Changed))
        {
            html.Append('<').Append(mark).Append('>');
            foreach (var run in runs)
            {
                html.Append(E(run.Text));
            }

            html.Append("</").Append(mark).Append('>');
        }
        else
        {
            foreach (var run in runs)
            {
                html.Append(run.Changed ? $"<{mark}>{E(run.Text)}</{mark}>" : E(run.Text));
            }
        }

        html.Append("</div>\n");
    }

    private static string Link(string reportFolder, string root, string path) =>
        string.Join('/', Path.GetRelativePath(reportFolder, Path.Combine(root, path)).Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """

        :root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--del:#ffebe9;--delmark:#ffb3ad;--ins:#dafbe1;--insmark:#8ee6a0;--link:#0550ae}
        @media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--del:#3c1618;--delmark:#8e1519;--ins:#12261e;--insmark:#1c6b37;--link:#71b7ff}}
        *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif}
        main{max-width:72rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;border-bottom:1px solid var(--line);padding-bottom:.25rem;margin-top:2rem}
        h3{font-size:1rem;margin:1rem 0 .25rem;overflow-wrap:anywhere}a{color:var(--link)}.sides{color:var(--muted);overflow-wrap:anywhere}
        .scroll{overflow-x:auto}table{border-collapse:collapse}th,td{border:1px solid var(--line);padding:.25rem .6rem;text-align:right}th[scope=row]{text-align:left}
        .kind{display:inline-block;min-width:5.5rem;font-weight:600}.links a{margin-right:1rem}
        .hunk{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;overflow-x:auto}
        .section{margin:0;padding:.25rem .6rem;color:var(--muted);border-bottom:1px solid var(--line);font-size:.9rem;overflow-wrap:anywhere}
        .line{font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,"Noto Sans Mono CJK SC",monospace;white-space:pre-wrap;overflow-wrap:anywhere;padding:0 .6rem 0 1.6rem;text-indent:-1rem}
        .sign{display:inline-block;width:1rem;text-indent:0}.line.del{background:var(--del)}.line.ins{background:var(--ins)}
        del,ins{text-decoration:none;border-radius:2px}.del del{background:var(--delmark);text-decoration:line-through}.ins ins{background:var(--insmark)}
        details{margin:.5rem 0}summary{cursor:pointer;color:var(--link)}summary:focus-visible,a:focus-visible{outline:2px solid var(--link);outline-offset:2px}

        """;
}
