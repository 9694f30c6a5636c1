using System.Text;
using SiteGen.Building.Planning;
using SiteGen.Diagnostics;
using SiteGen.Diagrams;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Html;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Reports;
using SiteGen.Rendering.Sitemaps;
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
public sealed partial class PageRenderer(
    Catalogue catalogue,
    IReadOnlyDictionary<string, UiStrings> ui,
    RazorPageRenderer razor,
    ScribanReportRenderer reports,
    ProseMarkdown markdown,
    DiagramArtist? diagrams = null)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IReadOnlyList<string> _languages = [.. catalogue.Config.LanguageCodes];

    /// <summary>Whether the site has a search index, so its language pages show the search.</summary>
    public bool Search { get; init; }

    /// <summary>
    /// Renders pages that share a record (an experiment in each language) or a single page; the record is
    /// read once for all of them. Each page's files, or null for a page whose template failed or whose
    /// record changed meanwhile (the diagnostics say which).
    /// </summary>
    /// <param name="record">The experiment's record when it is in memory already; null to read it again.</param>
    public IReadOnlyList<IReadOnlyList<RenderedFile>?> Render(IReadOnlyList<PageJob> jobs, LabRecord? record, DiagnosticBag diagnostics)
    {
        record ??= jobs[0].Record is { } entry ? Load(entry, diagnostics) : null;
        return [.. jobs.Select(job => job.Record is null || record is not null ? Render(job, record, diagnostics) : null)];
    }

    private IReadOnlyList<RenderedFile>? Render(PageJob job, LabRecord? record, DiagnosticBag diagnostics)
    {
        var (view, context) = job.Outputs.All(o => o.Format.Engine == TemplateEngine.Writer) ? (null, "") : View(job, record);
        if (view is not null && Search && job.Kind is not (PageKind.Root or PageKind.NotFound or PageKind.RootNotFound))
        {
            view = view with { SearchBundle = SiteLayout.RootFrom(job.Outputs[0].Path) + Searching.SearchIndex.Folder + "/" };
        }

        if (view is not null && catalogue.Config.Footer is { } footer)
        {
            view = view with { Footer = new ProseFactory(markdown, catalogue.Config, view.Language.Code, view.Ui["untranslated"]).Of(footer) };
        }

        var files = new List<RenderedFile>(job.Outputs.Count);
        foreach (var output in job.Outputs)
        {
            var text = output.Format.Engine switch
            {
                TemplateEngine.Razor => razor.Render(output.Format.Template, view!, context, diagnostics),
                TemplateEngine.Scriban => reports.Render((ExperimentPage)view!, context, diagnostics),
                _ => Written(job, output.Format),
            };
            if (text is not null && diagrams is not null && job.Kind is (PageKind.Experiment or PageKind.Parallel or PageKind.LanguageIndex) && output.Format.Engine == TemplateEngine.Razor)
            {
                text = DiagramInliner.Inline(text, diagrams, DiagramLabels(job, text), (source, error) => DiagramFailed(job, output, source, error, diagnostics));
            }

            if (text is null)
            {
                return null;
            }

            files.Add(new RenderedFile(output, Utf8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal))));
        }

        return files;
    }

    /// <summary>A file SiteGen writes itself, in a form a standard fixes.</summary>
    private string Written(PageJob job, OutputFormat format) =>
        format == OutputFormat.Sitemap ? SitemapWriter.Write(job.Listing, catalogue.Config)
        : format == OutputFormat.Robots ? RobotsWriter.Write(catalogue.Layout)
        : throw new InvalidOperationException($"No writer for {format.Name}.");

    private (SitePage? View, string Context) View(PageJob job, LabRecord? record) => job.Kind switch
    {
        PageKind.LanguageIndex => (IndexPageBuilder.Build(job.Language, ui[job.Language], catalogue, markdown), $"the {job.Language} index"),
        PageKind.Root => (IndexPageBuilder.BuildRoot(ui, catalogue, markdown), "the language chooser"),
        PageKind.TagIndex => (TagPageBuilder.BuildIndex(job.Language, ui[job.Language], catalogue, markdown), $"the {job.Language} tags"),
        PageKind.Tag => (TagPageBuilder.Build(job.Language, job.Tag!, ui[job.Language], catalogue, markdown), $"the {job.Language} page of tag {job.Tag}"),
        PageKind.Parallel => (ParallelPageBuilder.Build(record!, job.Record!, job.Language, catalogue.Config, ui, catalogue, markdown),
            $"experiment {job.Record!.Id} side by side ({job.Language})"),
        PageKind.NotFound => (NotFoundPageBuilder.Build(job.Language, ui[job.Language], catalogue, markdown), $"the {job.Language} 404 page"),
        PageKind.RootNotFound => (NotFoundPageBuilder.BuildRoot(ui, catalogue, markdown), "the 404 page"),
        _ => (ExperimentPageBuilder.Build(record!, job.Record!, job.Language, catalogue.Config, ui[job.Language], catalogue, markdown, job.Previous, job.Next),
            $"experiment {job.Record!.Id} ({job.Language})"),
    };

    /// <summary>
    /// What names a diagram that has no title: "图示" on a Chinese page. On a side-by-side page, the label of the
    /// language of the column the diagram is in (the nearest column before it, as the template marks them).
    /// </summary>
    private Func<int, string> DiagramLabels(PageJob job, string html)
    {
        var own = ui[job.Language]["diagram_label"];
        if (job.Kind != PageKind.Parallel)
        {
            return _ => own;
        }

        var labels = catalogue.Config.Languages.ToDictionary(l => l.Tag, l => ui[l.Code]["diagram_label"], StringComparer.Ordinal);
        var columns = ParallelColumn().Matches(html).Select(m => (m.Index, Label: labels.GetValueOrDefault(m.Groups["lang"].Value, own))).ToList();
        return at => columns.LastOrDefault(c => c.Index < at).Label ?? own;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"class=""parallel-cell[^""]*"" lang=""(?<lang>[^""]*)""")]
    private static partial System.Text.RegularExpressions.Regex ParallelColumn();

    /// <summary>A diagram Mermaid refused: an error at the diagram's line in the record, with Mermaid's message.</summary>
    private static void DiagramFailed(PageJob job, PageOutput output, string source, DiagramError error, DiagnosticBag diagnostics)
    {
        if (job.Record is not { } entry)
        {
            // SiteGen wrote this diagram itself (the index's learning path), escaping every title: a refusal is SiteGen's bug.
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.DiagramSyntax, SourceSpan.WholeFile(output.Path),
                $"Mermaid cannot draw the diagram SiteGen made for this page: {error.Message.ReplaceLineEndings(" ")} This is a bug in SiteGen; please report it, with the diagram:\n{source}"));
            return;
        }

        string? text = null;
        try
        {
            text = File.ReadAllText(entry.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        var at = text is null ? null : DiagramInliner.PositionIn(text, source, error.Line);
        var span = at is { } position ? new SourceSpan(entry.DisplayPath, position.Line, position.Column) : SourceSpan.WholeFile(entry.DisplayPath);
        var line = at is { } shown ? text!.ReplaceLineEndings("\n").Split('\n')[shown.Line - 1] : null;
        // Mermaid's parser quotes the line with a caret under it; the diagnostic shows the line itself.
        var message = System.Text.RegularExpressions.Regex.Replace(
            string.Join(" ", error.Message.ReplaceLineEndings("\n").Split('\n')
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith("...", StringComparison.Ordinal) && !l.TrimStart('-').StartsWith('^'))),
            @"on line (\d+):", "on line $1 of the diagram:").TrimEnd('.') + ".";
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.DiagramSyntax, span,
            $"Mermaid cannot draw this diagram: {message} Fix the diagram's source (https://mermaid.js.org/intro/syntax-reference.html).", line));
    }

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
