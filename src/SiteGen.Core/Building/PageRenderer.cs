using System.Text;
using SiteGen.Building.Planning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;
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

    /// <summary>
    /// Renders pages that share a record (an experiment in each language) or a single page; the record is
    /// read once for all of them. Each page's files, or null for a page whose template failed or whose
    /// record changed meanwhile (the diagnostics say which).
    /// </summary>
    /// <param name="record">The experiment's record when it is in memory already; null to read it again.</param>
    public IReadOnlyList<IReadOnlyList<RenderedFile>?> Render(IReadOnlyList<PageJob> jobs, LabRecord? record, DiagnosticBag diagnostics)
    {
        record ??= jobs[0].Record is { } entry ? Load(entry, diagnostics) : null;
        return [.. jobs.Select(job => job.Kind != PageKind.Experiment || record is not null ? Render(job, record, diagnostics) : null)];
    }

    private IReadOnlyList<RenderedFile>? Render(PageJob job, LabRecord? record, DiagnosticBag diagnostics)
    {
        var (view, context) = View(job, record);

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

    private (SitePage View, string Context) View(PageJob job, LabRecord? record) => job.Kind switch
    {
        PageKind.LanguageIndex => (IndexPageBuilder.Build(job.Language, ui[job.Language], catalogue, markdown), $"the {job.Language} index"),
        PageKind.Root => (IndexPageBuilder.BuildRoot(ui, catalogue, markdown), "the language chooser"),
        _ => (ExperimentPageBuilder.Build(record!, job.Record!, job.Language, catalogue.Config, ui[job.Language], catalogue, markdown),
            $"experiment {job.Record!.Id} ({job.Language})"),
    };

    /// <summary>The record again, from its file, which must still be the one that was checked.</summary>
    private LabRecord? Load(RecordEntry entry, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(entry.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnreadableFile, SourceSpan.WholeFile(entry.DisplayPath),
                $"The file cannot be read: {ex.Message}"));
            return null;
        }

        if (ContentHash.Of(bytes) != entry.Hash)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.ChangedDuringBuild, SourceSpan.WholeFile(entry.DisplayPath),
                "The file changed while the site was being built; build again."));
            return null;
        }

        // The bytes are the ones check found valid, so binding them again gives the same record without errors.
        return RecordLoader.Load(bytes, entry.DisplayPath, _languages, new DiagnosticBag()).Record;
    }
}
