using System.Text.Encodings.Web;
using RazorLight;
using RazorLight.Compilation;
using RazorLight.Generation;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Rendering.Html;

/// <summary>
/// Renders pages from the Razor templates in <c>templates/html/</c>. Every template is compiled once, when
/// the renderer is created; compile errors become diagnostics at the template's line and column.
/// Output is HTML-encoded with every Unicode range allowed, so Chinese stays as characters while
/// <c>&lt;</c>, <c>&amp;</c> and quotes are escaped.
/// </summary>
public sealed class RazorPageRenderer
{
    public const string Folder = "html";

    private static readonly HtmlEncoder Encoder = MinimalHtmlEncoder.Instance;

    private readonly RazorLightEngine _engine;
    private readonly string _folder;
    private readonly PathDisplay _display;
    private readonly CompiledTemplateCache? _cache;

    private RazorPageRenderer(RazorLightEngine engine, string folder, PathDisplay display, CompiledTemplateCache? cache)
    {
        _cache = cache;
        _engine = engine;
        _folder = folder;
        _display = display;
    }

    /// <summary>Compiles every <c>.cshtml</c> under the folder; null when any fails.</summary>
    /// <param name="cacheDirectory">Where compiled templates are kept between builds; null to compile every time.</param>
    public static RazorPageRenderer? Create(string templatesDirectory, PathDisplay display, DiagnosticBag diagnostics, string? cacheDirectory = null)
    {
        var folder = Path.GetFullPath(Path.Combine(templatesDirectory, Folder));
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingTemplate, SourceSpan.WholeFile(display.Of(folder)),
                "There is no html/ folder of Razor templates in the templates folder; restore it from the repository."));
            return null;
        }

        var builder = new RazorLightEngineBuilder()
            .SetOperatingAssembly(typeof(RazorPageRenderer).Assembly)
            .UseFileSystemProject(folder)
            .AddPrerenderCallbacks(page => ((TemplatePageBase)page).HtmlEncoder = Encoder);
        var cache = cacheDirectory is null ? null : new CompiledTemplateCache(folder, cacheDirectory);
        var engine = (cache is null ? builder.UseMemoryCachingProvider() : builder.UseCachingProvider(cache)).Build();
        var renderer = new RazorPageRenderer(engine, folder, display, cache);

        var ok = true;
        foreach (var file in Directory.GetFiles(folder, "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var key = Path.GetRelativePath(folder, file).Replace('\\', '/');
            ok &= renderer.Compile(key, diagnostics);
        }

        return ok ? renderer : null;
    }

    /// <summary>How many templates came from the cache instead of the compiler.</summary>
    public int TemplatesFromCache => _cache?.Hits ?? 0;

    /// <summary>Renders <paramref name="template"/> (for example <c>Experiment.cshtml</c>) with a model; null on a runtime error.</summary>
    /// <param name="context">What was being rendered, for the message: <c>2.1 (en)</c>.</param>
    public string? Render(string template, object model, string context, DiagnosticBag diagnostics)
    {
        try
        {
            var page = _engine.CompileTemplateAsync(template).GetAwaiter().GetResult();
            return _engine.RenderTemplateAsync(page, model).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(RuntimeError(template, context, ex));
            return null;
        }
    }

    private bool Compile(string key, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(_folder, key);
        IEnumerable<(int Line, int Column, string Message)> errors;
        string fallback;
        try
        {
            _engine.CompileTemplateAsync(key).GetAwaiter().GetResult();
            return true;
        }
        catch (TemplateGenerationException ex)
        {
            // The Razor parser's errors (an unclosed "(" or "{", a stray "@"), before any C# exists.
            errors = ex.Diagnostics.Select(e => (e.Span.LineIndex + 1, e.Span.CharacterIndex + 1,
                "The template does not parse: " + e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            fallback = "The template does not parse: " + ex.Message;
        }
        catch (TemplateCompilationException ex)
        {
            errors = ex.CompilationDiagnostics.Select(e => e.LineSpan is { IsValid: true } span
                ? (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, "The template does not compile: " + MemberHint.Improve(e.ErrorMessage))
                : (0, 0, "The template does not compile: " + MemberHint.Improve(e.ErrorMessage)));
            fallback = "The template does not compile: " + string.Join(" ", ex.CompilationErrors);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            errors = [];
            fallback = "The template cannot be compiled: " + ex.Message;
        }

        var reported = errors.Take(20).Select(e => TemplateError(DiagnosticCodes.TemplateSyntax, file, e.Line, e.Column, e.Message)).ToList();
        diagnostics.AddRange(reported.Count > 0 ? reported : [TemplateError(DiagnosticCodes.TemplateSyntax, file, 0, 0, fallback)]);
        return false;
    }

    private Diagnostic RuntimeError(string template, string context, Exception ex)
    {
        var inner = ex is AggregateException { InnerException: { } first } ? first : ex;
        var frame = TemplateFrame(inner) ?? (Path.Combine(_folder, template), 0, 0);
        return TemplateError(DiagnosticCodes.TemplateRuntime, frame.Path, frame.Line, frame.Column, $"Rendering {context} failed: {inner.Message}");
    }

    /// <summary>An error at a template position, with the line shown; line 0 means the whole file.</summary>
    private Diagnostic TemplateError(string code, string path, int line, int column, string message)
    {
        if (line <= 0)
        {
            return new Diagnostic(DiagnosticSeverity.Error, code, SourceSpan.WholeFile(_display.Of(path)), message, null);
        }

        var text = File.Exists(path) ? File.ReadLines(path).Skip(line - 1).FirstOrDefault() : null;
        return new Diagnostic(DiagnosticSeverity.Error, code, new SourceSpan(_display.Of(path), line, column), message, text);
    }

    /// <summary>The template file and line the exception came from, when the stack trace names a .cshtml file.</summary>
    private (string Path, int Line, int Column)? TemplateFrame(Exception ex)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(ex, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } name && name.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) && frame.GetFileLineNumber() > 0)
            {
                // RazorLight names a template by its key ("/Index.cshtml"), relative to the templates folder.
                var path = File.Exists(name) ? name : Path.Combine(_folder, name.TrimStart('/', '\\'));
                return (path, frame.GetFileLineNumber(), Math.Max(frame.GetFileColumnNumber(), 1));
            }
        }

        return null;
    }
}
