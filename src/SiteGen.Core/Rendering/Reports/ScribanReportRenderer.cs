using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Reports;

/// <summary>
/// Renders the Markdown lab report of an experiment from <c>templates/report/report.sbn</c>. The template
/// is parsed once; variables and members must exist (<c>StrictVariables</c>, no relaxed member access), so
/// a misspelt name is an error with its template position rather than an empty string.
/// </summary>
public sealed class ScribanReportRenderer
{
    public const string Folder = "report";
    public const string MainTemplate = "report.sbn";

    /// <summary>
    /// Iterations one nest of loops may take, Scriban's internal ones (<c>array.add</c>, <c>array.join</c>)
    /// included: far above what the largest record check accepts needs, so only a runaway template meets it.
    /// </summary>
    internal const int LoopLimit = 100_000_000;

    private readonly Template _template;
    private readonly string _folder;
    private readonly PathDisplay _display;

    private ScribanReportRenderer(Template template, string folder, PathDisplay display)
    {
        _template = template;
        _folder = folder;
        _display = display;
    }

    public static ScribanReportRenderer? Create(string templatesDirectory, PathDisplay display, List<Diagnostic> diagnostics)
    {
        var folder = Path.GetFullPath(Path.Combine(templatesDirectory, Folder));
        var path = Path.Combine(folder, MainTemplate);
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingTemplate, SourceSpan.WholeFile(display.Of(path)),
                "There is no report template; restore templates/report/report.sbn from the repository."));
            return null;
        }

        var text = File.ReadAllText(path);
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            var lines = text.Split('\n');
            // Only the first: Scriban's later messages are mostly consequences of it.
            var message = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            diagnostics.Add(ToDiagnostic(DiagnosticCodes.TemplateSyntax, message.Span, $"The report template does not parse: {message.Message}", display, lines));

            return null;
        }

        return new ScribanReportRenderer(template, folder, display);
    }

    /// <summary>The report of one experiment page; null on a template runtime error.</summary>
    public string? Render(ExperimentPage page, string context, List<Diagnostic> diagnostics)
    {
        var globals = new ScriptObject();
        globals.Import(typeof(MarkdownFunctions));
        globals["page"] = page;
        globals.Import("t", new Func<string, string>(key => page.Ui[key]));
        globals.Import("tf", new Func<string, object, string>((key, value) => page.Ui.Format(key, value)));
        globals.Import("tf2", new Func<string, object, object, string>((key, first, second) => page.Ui.Format(key, first, second)));

        var templateContext = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            // Scriban's defaults cut a report at 1 MiB of text, silently, and stop a loop after 1,000
            // iterations. A report is as long as its record, which YamlLimits bounds (file size, nodes,
            // items per list): content beyond what SiteGen supports is refused by check, never
            // discovered here. The loop limit only stops a template that never ends.
            LimitToString = 0,
            OutputLimit = 0,
            LoopLimit = LoopLimit,
            NewLine = "\n",
            TemplateLoader = new ReportTemplateLoader(_folder),
        };
        templateContext.PushGlobal(globals);

        try
        {
            var text = _template.Render(templateContext);
            return CollapseBlankLines(text);
        }
        catch (ScriptRuntimeException ex)
        {
            var file = ex.Span.FileName is { Length: > 0 } name ? name : Path.Combine(_folder, MainTemplate);
            var lines = File.Exists(file) ? File.ReadAllText(file).Split('\n') : [];
            diagnostics.Add(ToDiagnostic(DiagnosticCodes.TemplateRuntime, ex.Span, $"Rendering the report of {context} failed: {ex.OriginalMessage}", _display, lines));
            return null;
        }
        catch (Exception ex) when (ex is Rendering.Text.UnknownUiStringException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TemplateRuntime,
                SourceSpan.WholeFile(_display.Of(Path.Combine(_folder, MainTemplate))), $"Rendering the report of {context} failed: {ex.Message}", null));
            return null;
        }
    }

    /// <summary>
    /// Outside code fences at most one blank line in a row, and exactly one newline at the end, so the
    /// template can stay readable. Trailing double spaces (Markdown line breaks) are kept.
    /// </summary>
    private static string CollapseBlankLines(string text)
    {
        var result = new List<string>();
        string? fence = null; // the opening fence while inside a code block, as CommonMark closes it
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var trimmed = line.TrimStart(' ');
            var run = FenceRun(trimmed);
            if (fence is null && run is not null)
            {
                fence = run;
            }
            else if (fence is not null && run is not null && run[0] == fence[0] && run.Length >= fence.Length && trimmed[run.Length..].Trim().Length == 0)
            {
                fence = null;
            }
            else if (fence is not null)
            {
                result.Add(line); // code is kept exactly, blank lines and all
                continue;
            }

            var blank = line.Trim().Length == 0;
            if (blank && (result.Count == 0 || result[^1].Length == 0))
            {
                continue;
            }

            result.Add(blank ? "" : line);
        }

        return string.Join("\n", result).TrimEnd('\n') + "\n";
    }

    /// <summary>The backticks or tildes opening a fence (three or more), or null.</summary>
    private static string? FenceRun(string line)
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

    private static Diagnostic ToDiagnostic(string code, Scriban.Parsing.SourceSpan span, string message, PathDisplay display, string[] lines)
    {
        var file = display.Of(span.FileName);
        var line = span.Start.Line + 1;
        var column = span.Start.Column + 1;
        return new Diagnostic(DiagnosticSeverity.Error, code, new SourceSpan(file, line, column), message,
            line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null);
    }
}
