using System.Text;
using SiteGen.Building.Planning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Rendering.Html;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Reports;
using SiteGen.Rendering.Text;
using SiteGen.Rendering.Views;

namespace SiteGen.Building;

/// <summary>One rendered file of a page.</summary>
public sealed record RenderedFile(PageOutput Output, byte[] Bytes);

/// <summary>
/// Renders a <see cref="PageJob"/>: its view, then each of its formats with the format's template. A pure
/// function of the job's inputs; an experiment page reads its record again (the check kept only its
/// catalogue entry) and makes sure the file is still the one that was checked. Thread-safe.
/// </summary>
public sealed class PageRenderer(
    Catalogue catalogue,
    IReadOnlyDictionary<string, UiStrings> ui,
    RazorPageRenderer razor,
    ScribanReportRenderer reports,
    ProseMarkdown markdown)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IReadOnlyList<string> _languages = [.. catalogue.Config.LanguageCodes];

    /// <summary>The page's files, or null with diagnostics when a template failed or the record changed meanwhile.</summary>
    public IReadOnlyList<RenderedFile>? Render(PageJob job, List<Diagnostic> diagnostics)
    {
        var (view, context) = View(job, diagnostics);
        if (view is null)
        {
            return null;
        }

        var files = new List<RenderedFile>(job.Outputs.Count);
        foreach (var output in job.Outputs)
        {
            var text = output.Format.Engine switch
            {
                TemplateEngine.Razor => razor.Render(output.Format.Template, view, context, diagnostics),
                _ => reports.Render((ExperimentPage)view, context, diagnostics),
            };
            if (text is null)
            {
                return null;
            }

            files.Add(new RenderedFile(output, Utf8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal))));
        }

        return files;
    }

    private (SitePage? View, string Context) View(PageJob job, List<Diagnostic> diagnostics)
    {
        switch (job.Kind)
        {
            case PageKind.LanguageIndex:
                return (IndexPageBuilder.Build(job.Language, ui[job.Language], catalogue, markdown), $"the {job.Language} index");
            case PageKind.Root:
                return (IndexPageBuilder.BuildRoot(ui, catalogue, markdown), "the language chooser");
        }

        var entry = job.Record!;
        var context = $"experiment {entry.Id} ({job.Language})";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(entry.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnreadableFile, SourceSpan.WholeFile(entry.DisplayPath),
                $"The file cannot be read: {ex.Message}"));
            return (null, context);
        }

        if (ContentHash.Of(bytes) != entry.Hash)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ChangedDuringBuild, SourceSpan.WholeFile(entry.DisplayPath),
                "The file changed while the site was being built; build again."));
            return (null, context);
        }

        // The bytes are the ones check found valid, so binding them again gives the same record without errors.
        var (record, _, _) = RecordLoader.Load(bytes, entry.DisplayPath, _languages, []);
        return (ExperimentPageBuilder.Build(record!, entry, job.Language, catalogue.Config, ui[job.Language], catalogue, markdown), context);
    }
}
