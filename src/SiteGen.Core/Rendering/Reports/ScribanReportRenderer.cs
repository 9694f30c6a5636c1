using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Reports;

/// <summary>
/// Renders the Markdown lab report of an experiment from <c>templates/report/report.sbn</c>, which includes
/// one partial per section from <c>report/sections/</c>. Every template is read and parsed once, when the
/// renderer is created; variables and members must exist (<c>StrictVariables</c>, no relaxed member access), so
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
    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly ThreadLocal<(TemplateContext Context, ReportScope Scope)> _contexts;
    private readonly string _folder;
    private readonly PathDisplay _display;

    private ScribanReportRenderer(Template template, IReadOnlyDictionary<string, string> texts, string folder, PathDisplay display)
    {
        _template = template;
        _texts = texts;
        _folder = folder;
        _display = display;
        _contexts = new ThreadLocal<(TemplateContext, ReportScope)>(NewContext);
    }

    private (TemplateContext Context, ReportScope Scope) NewContext()
    {
        var scope = new ReportScope();
        var context = new TemplateContext
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
            TemplateLoader = new ReportTemplateLoader(_folder, _texts),
        };
        context.PushGlobal(Functions(scope));
        return (context, scope);
    }

    /// <summary>
    /// <c>md_indent</c>, <c>md_cell</c>, <c>md_stars</c>, <c>md_fence</c>, <c>md_code</c>, <c>md_escape</c>
    /// (<see cref="MarkdownFunctions"/>) and the UI strings of the page being rendered: <c>t "key"</c>,
    /// <c>tf "key" value</c>, <c>tf2 "key" first second</c>.
    /// </summary>
    private static ScriptObject Functions(ReportScope scope)
    {
        static string? Text(TemplateContext c, ScriptArray a, int i) => ReportFunction.Text(c, a[i]);
        return new ScriptObject
        {
            ["md_indent"] = new ReportFunction(2, (c, n, a) => MarkdownFunctions.MdIndent(Text(c, a, 0), ReportFunction.Number(c, n, a[1]))),
            ["md_cell"] = new ReportFunction(1, (c, _, a) => MarkdownFunctions.MdCell(Text(c, a, 0))),
            ["md_stars"] = new ReportFunction(1, (c, n, a) => MarkdownFunctions.MdStars(ReportFunction.Number(c, n, a[0]))),
            ["md_fence"] = new ReportFunction(1, (c, _, a) => MarkdownFunctions.MdFence(Text(c, a, 0))),
            ["md_code"] = new ReportFunction(1, (c, _, a) => MarkdownFunctions.MdCode(Text(c, a, 0))),
            ["md_escape"] = new ReportFunction(1, (c, _, a) => MarkdownFunctions.MdEscape(Text(c, a, 0))),
            ["t"] = new ReportFunction(1, (c, _, a) => scope.Ui![Text(c, a, 0) ?? ""]),
            ["tf"] = new ReportFunction(2, (c, _, a) => scope.Ui!.Format(Text(c, a, 0) ?? "", a[1]!)),
            ["tf2"] = new ReportFunction(3, (c, _, a) => scope.Ui!.Format(Text(c, a, 0) ?? "", a[1]!, a[2]!)),
        };
    }

    /// <summary>What the functions of one thread's context need to know about the page being rendered.</summary>
    private sealed class ReportScope
    {
        public Rendering.Text.UiStrings? Ui { get; set; }
    }

    public static ScribanReportRenderer? Create(string templatesDirectory, PathDisplay display, DiagnosticBag diagnostics)
    {
        var folder = Path.GetFullPath(Path.Combine(templatesDirectory, Folder));
        var path = Path.Combine(folder, MainTemplate);
        if (!File.Exists(path))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingTemplate, SourceSpan.WholeFile(display.Of(path)),
                "There is no report template; restore templates/report/report.sbn from the repository."));
            return null;
        }

        var texts = Directory.GetFiles(folder, "*.sbn", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);
        var ok = true;
        foreach (var (file, text) in texts)
        {
            var parsed = Template.Parse(text, file);
            if (parsed.HasErrors)
            {
                // Only the first: Scriban's later messages are mostly consequences of it.
                var message = parsed.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
                diagnostics.Add(ToDiagnostic(DiagnosticCodes.TemplateSyntax, message.Span, $"The report template does not parse: {message.Message}", display, text.Split('\n')));
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        var template = Template.Parse(texts[path], path);
        return new ScribanReportRenderer(template, texts, folder, display);
    }

    /// <summary>The report of one experiment page; null on a template runtime error.</summary>
    public string? Render(ExperimentPage page, string context, DiagnosticBag diagnostics)
    {
        // One context per thread, kept: a new one per report loses Scriban's member accessors, which it
        // works out by reflection, and setting up the functions cost as much again.
        var (templateContext, scope) = _contexts.Value!;
        scope.Ui = page.Ui;
        templateContext.PushGlobal(new ScriptObject { ["page"] = page });
        var clean = false;
        try
        {
            var text = _template.Render(templateContext);
            templateContext.PopGlobal();
            clean = true;
            return CollapseBlankLines(text);
        }
        catch (ScriptRuntimeException ex)
        {
            var file = ex.Span.FileName is { Length: > 0 } name ? name : Path.Combine(_folder, MainTemplate);
            var lines = _texts.TryGetValue(file, out var text) ? text.Split('\n') : [];
            diagnostics.Add(ToDiagnostic(DiagnosticCodes.TemplateRuntime, ex.Span, $"Rendering the report of {context} failed: {ex.OriginalMessage}", _display, lines));
            return null;
        }
        catch (Exception ex) when (ex is Rendering.Text.UnknownUiStringException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.TemplateRuntime,
                SourceSpan.WholeFile(_display.Of(Path.Combine(_folder, MainTemplate))), $"Rendering the report of {context} failed: {ex.Message}", null));
            return null;
        }
        finally
        {
            if (!clean)
            {
                _contexts.Value = NewContext(); // a failed render leaves the context's stacks as they were mid-way
            }
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
            var run = CodeFences.Run(trimmed);
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

    private static Diagnostic ToDiagnostic(string code, Scriban.Parsing.SourceSpan span, string message, PathDisplay display, string[] lines)
    {
        var file = display.Of(span.FileName);
        var line = span.Start.Line + 1;
        var column = span.Start.Column + 1;
        return new Diagnostic(DiagnosticSeverity.Error, code, new SourceSpan(file, line, column), message,
            line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null);
    }
}
