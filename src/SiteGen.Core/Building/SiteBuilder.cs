using System.Collections.Concurrent;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Rendering.Html;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Reports;
using SiteGen.Rendering.Text;
using SiteGen.Rendering.Views;
using SiteGen.Validation;

namespace SiteGen.Building;

/// <summary>
/// <c>sitegen build</c>: load and check the content, compile the templates once, render every page and
/// report of every language into a staging folder, copy the assets, then swap the staging folder in.
/// Any error leaves the previous output untouched. Each page is a pure function of (record, language,
/// templates, config), so pages render in parallel and the bytes never depend on timing or machine.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The Mermaid script's path under <c>assets/</c> on the site.</summary>
    public const string MermaidAsset = "vendor/mermaid/mermaid.min.js";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static BuildResult Build(BuildOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var content = ContentLoader.Load(options.ContentDirectory, options.Display);
        diagnostics.AddRange(content.Diagnostics);
        if (content.Config is not { } config)
        {
            return new BuildResult(diagnostics, content.FilesRead, 0, 0, []);
        }

        var ui = UiStringsLoader.Load(options.TemplatesDirectory, config, options.Display, diagnostics);
        var razor = RazorPageRenderer.Create(options.TemplatesDirectory, options.Display, diagnostics,
            options.CacheDirectory is null ? null : Path.Combine(options.CacheDirectory, "razor"));
        var reports = ScribanReportRenderer.Create(options.TemplatesDirectory, options.Display, diagnostics);
        var assets = Path.Combine(options.TemplatesDirectory, SiteLayout.AssetsFolder);
        if (!Directory.Exists(assets))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingAsset, SourceSpan.WholeFile(options.Display.Of(assets)),
                "There is no assets/ folder in the templates folder, but the pages link to its style sheet and scripts; restore templates/assets/ from the repository."));
        }

        var mermaid = Path.Combine(options.VendorDirectory, "mermaid", "mermaid.min.js");
        if (!File.Exists(mermaid))
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.MissingAsset, SourceSpan.WholeFile(options.Display.Of(mermaid)),
                "The Mermaid script is missing from SiteGen's vendor folder; rebuild SiteGen (dotnet build runs npm ci)."));
        }

        var languages = config.LanguageCodes.ToList();
        var records = content.ValidRecords.ToList();
        diagnostics.AddRange(TranslationCoverage.Missing(content));
        var coverage = TranslationCoverage.Measure(content);
        if (diagnostics.Any(d => d.IsError) || ui is null || razor is null || reports is null)
        {
            return new BuildResult(diagnostics, content.FilesRead, 0, 0, coverage);
        }

        var outputDiagnostics = new DiagnosticBag();
        using var output = OutputFolder.Open(options.OutputDirectory, options.Display.Of(options.OutputDirectory),
            [options.ContentDirectory, options.TemplatesDirectory], outputDiagnostics, options.LockTimeout,
            options.Observer is { } waiting ? waiting.WaitingForOutputFolder : null,
            options.Observer is { } stepping ? stepping.CommitStep : null);
        diagnostics.AddRange(outputDiagnostics.Items);
        if (output is null)
        {
            return new BuildResult(diagnostics, content.FilesRead, 0, 0, coverage);
        }

        var catalogue = new Catalogue(config, records.Select(r => r.Record));
        var markdown = new ProseMarkdown();
        var rendered = new ConcurrentBag<Diagnostic>();
        var pages = 0;
        var reportCount = 0;

        var jobs = catalogue.Records.SelectMany(r => languages.Select(l => (Record: r, Language: l))).ToList();
        Parallel.ForEach(jobs, job =>
        {
            var local = new List<Diagnostic>();
            var page = ExperimentPageBuilder.Build(job.Record, job.Language, config, ui[job.Language], catalogue, markdown);
            var context = $"experiment {job.Record.Id} ({job.Language})";
            if (razor.Render("Experiment.cshtml", page, context, local) is { } html)
            {
                Write(output.Staging, catalogue.Layout.ExperimentPage(job.Language, job.Record), html);
                Interlocked.Increment(ref pages);
            }

            if (reports.Render(page, context, local) is { } report)
            {
                Write(output.Staging, catalogue.Layout.ExperimentReport(job.Language, job.Record), report);
                Interlocked.Increment(ref reportCount);
            }

            foreach (var diagnostic in local)
            {
                rendered.Add(diagnostic);
            }
        });

        var indexDiagnostics = new List<Diagnostic>();
        foreach (var language in languages)
        {
            var index = IndexPageBuilder.Build(language, ui[language], catalogue, markdown);
            if (razor.Render("Index.cshtml", index, $"the {language} index", indexDiagnostics) is { } html)
            {
                Write(output.Staging, SiteLayout.LanguageIndex(language), html);
                pages++;
            }
        }

        var root = IndexPageBuilder.BuildRoot(ui, catalogue, markdown);
        if (razor.Render("Root.cshtml", root, "the language chooser", indexDiagnostics) is { } rootHtml)
        {
            Write(output.Staging, SiteLayout.PageFile, rootHtml);
            pages++;
        }

        diagnostics.AddRange(OncePerPosition(rendered.Concat(indexDiagnostics)));
        CopyAssets(options, output.Staging, mermaid);

        if (!diagnostics.Any(d => d.IsError))
        {
            var commitDiagnostics = new DiagnosticBag();
            output.Commit(commitDiagnostics);
            diagnostics.AddRange(commitDiagnostics.Items);
        }

        return new BuildResult(diagnostics, content.FilesRead, pages, reportCount, coverage)
        {
            TemplatesFromCache = razor.TemplatesFromCache,
            Interrupted = output.SignalsHeld > 0,
        };
    }

    /// <summary>
    /// A template error shows up on every page that runs the broken line: report it once, saying how many
    /// pages it broke.
    /// </summary>
    private static IEnumerable<Diagnostic> OncePerPosition(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .GroupBy(d => (d.Code, d.Span))
            .Select(g =>
            {
                var first = g.OrderBy(d => d.Message, StringComparer.Ordinal).First();
                var others = g.Count() - 1;
                return others == 0 ? first : first with { Message = $"{first.Message} (and on {others} more {(others == 1 ? "page" : "pages")})" };
            });

    private static void CopyAssets(BuildOptions options, string staging, string mermaid)
    {
        var assets = Path.Combine(staging, SiteLayout.AssetsFolder);
        var source = Path.Combine(options.TemplatesDirectory, SiteLayout.AssetsFolder);
        if (Directory.Exists(source))
        {
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                Copy(file, Path.Combine(assets, Path.GetRelativePath(source, file)));
            }
        }

        Copy(mermaid, Path.Combine(assets, MermaidAsset));
        var license = Path.Combine(Path.GetDirectoryName(mermaid)!, "LICENSE");
        if (File.Exists(license))
        {
            Copy(license, Path.Combine(assets, "vendor", "mermaid", "LICENSE"));
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n", StringComparison.Ordinal), Utf8);
    }
}
