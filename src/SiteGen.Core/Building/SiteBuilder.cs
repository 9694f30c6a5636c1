using System.Collections.Concurrent;
using System.Diagnostics;
using SiteGen.Building.Planning;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Rendering.Html;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Reports;
using SiteGen.Rendering.Text;
using SiteGen.Rendering.Views;

namespace SiteGen.Building;

/// <summary>
/// <c>sitegen build</c>, in three stages. <b>Plan</b>: check the content (<see cref="ContentChecker"/>), then
/// list every page as a <see cref="PageJob"/> with the inputs it is made from (<see cref="BuildPlan"/>).
/// <b>Render</b>: on all cores, every page whose inputs changed since its files were written
/// (<see cref="BuildState"/>), each a pure function of its inputs (<see cref="PageRenderer"/>); the others are
/// reused as they are. <b>Write</b>: new and changed files go to a staging folder as they are rendered,
/// and only when the whole build succeeded are they moved into the output folder, with the previous
/// build's files that no page writes any more removed (<see cref="OutputFolder"/>). Any error leaves the
/// output folder untouched. The bytes never depend on the number of threads, on timing or on what was
/// reused: an incremental build writes exactly what a clean one does.
/// <para>
/// One instance can build many times (a dev server): it keeps the check results and the compiled
/// templates in memory between builds, so a build after one edit checks and renders only what changed.
/// </para>
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    private readonly CheckCache? _checks = options.CacheDirectory is null ? null : CheckCache.Open(options.CacheDirectory, options.ContentDirectory);
    private readonly ProseMarkdown _markdown = new();
    private Templates? _templates;

    /// <summary>Builds once, as <c>sitegen build</c> does.</summary>
    public static BuildResult Build(BuildOptions options) => new SiteBuilder(options).Build();

    public BuildResult Build()
    {
        var clock = Stopwatch.StartNew();
        var timings = new List<(string, TimeSpan)>();
        void Lap(string phase)
        {
            timings.Add((phase, clock.Elapsed));
            clock.Restart();
        }

        var diagnostics = new DiagnosticBag();
        var content = new ContentChecker(options.Display, _checks, options.MaxParallelism).Check(options.ContentDirectory);
        _checks?.Save();
        diagnostics.AddRange(content.Diagnostics.Items);
        Lap("check");
        if (content.Config is not { } config)
        {
            return Failed(diagnostics, content);
        }

        var found = new List<Diagnostic>();
        var ui = UiStringsLoader.Load(options.TemplatesDirectory, config, options.Display, found);
        diagnostics.AddRange(found);
        var mermaid = Path.Combine(options.VendorDirectory, "mermaid", "mermaid.min.js");
        CheckAssets(mermaid, diagnostics);
        if (diagnostics.HasErrors || ui is null)
        {
            return Failed(diagnostics, content);
        }

        var catalogue = new Catalogue(config, content.ValidRecords);
        var inputs = SiteInputs.Read(options.TemplatesDirectory, content);
        var pages = BuildPlan.Pages(catalogue, inputs);
        var assets = BuildPlan.Assets(options.TemplatesDirectory, mermaid);
        Lap("plan");

        var opened = new DiagnosticBag();
        using var output = OutputFolder.Open(options.OutputDirectory, options.Display.Of(options.OutputDirectory),
            [options.ContentDirectory, options.TemplatesDirectory], opened, options.LockTimeout,
            options.Observer is { } waiting ? waiting.WaitingForOutputFolder : null,
            options.Observer is { } stepping ? stepping.CommitStep : null);
        diagnostics.AddRange(opened.Items);
        if (output is null)
        {
            return Failed(diagnostics, content);
        }

        var previous = options.CacheDirectory is null ? BuildState.Empty : BuildState.Load(output.CachePath, RecordContext.BuildId);
        var writer = new StagedWriter(output, previous);
        var states = new ConcurrentDictionary<string, PageState>(StringComparer.Ordinal);
        var toRender = new List<PageJob>();
        foreach (var job in pages)
        {
            if (writer.Reusable(job) is { } kept)
            {
                states[job.Key] = kept;
            }
            else
            {
                toRender.Add(job);
            }
        }

        Lap("compare");
        options.Observer?.Rendering(toRender.Count, pages.Count - toRender.Count);
        var templatesFromCache = 0;
        if (toRender.Count > 0)
        {
            if (Compiled(inputs, diagnostics) is not { } templates)
            {
                return Failed(diagnostics, content);
            }

            templatesFromCache = templates.Razor.TemplatesFromCache;
            var renderer = new PageRenderer(catalogue, ui, templates.Razor, templates.Reports, _markdown);
            Render(toRender, renderer, writer, states, diagnostics);
        }

        var copied = assets.ToDictionary(a => a.Path, writer.Copy, StringComparer.Ordinal);
        Lap("render");
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, content);
        }

        var state = new BuildState(
            RecordContext.BuildId,
            new SortedDictionary<string, PageState>(states, StringComparer.Ordinal),
            new SortedDictionary<string, WrittenFile>(copied, StringComparer.Ordinal));
        var siteFiles = states.Values.SelectMany(p => p.Files.Select(f => f.Path)).Concat(copied.Keys).ToList();
        var committed = new DiagnosticBag();
        output.Commit(siteFiles, state.ToBytes(), committed);
        diagnostics.AddRange(committed.Items);
        Lap("write");

        var outputs = pages.SelectMany(p => p.Outputs).ToList();
        var renderedFiles = toRender.Sum(j => j.Outputs.Count);
        return new BuildResult(
            diagnostics.Items,
            content.FilesRead,
            outputs.Count(o => o.Format.Engine == TemplateEngine.Razor),
            outputs.Count(o => o.Format.Engine == TemplateEngine.Scriban),
            content.Coverage)
        {
            Rendered = renderedFiles,
            Reused = outputs.Count - renderedFiles,
            TemplatesFromCache = templatesFromCache,
            Interrupted = output.SignalsHeld > 0,
            Timings = timings,
        };
    }

    private void Render(IReadOnlyList<PageJob> toRender, PageRenderer renderer, StagedWriter writer, ConcurrentDictionary<string, PageState> states, DiagnosticBag diagnostics)
    {
        // The pages of one record (one per language) render together, so the record is read once.
        var groups = toRender.GroupBy(j => j.Record?.Id ?? j.Key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
        var failures = new ConcurrentBag<Diagnostic>();
        Parallel.ForEach(groups, new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : -1 }, group =>
        {
            var local = new List<Diagnostic>();
            var rendered = renderer.Render(group, local);
            for (var i = 0; i < group.Count; i++)
            {
                if (rendered[i] is { } files)
                {
                    states[group[i].Key] = new PageState(group[i].InputKey, [.. files.Select(f => writer.Write(group[i], f.Output.Path, f.Bytes))]);
                }

                options.Observer?.PageRendered(group[i].Key);
            }

            foreach (var diagnostic in local)
            {
                failures.Add(diagnostic);
            }
        });
        diagnostics.AddRange(OncePerPosition(failures));
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, CheckedContent content) =>
        new(diagnostics.Items, content.FilesRead, 0, 0, content.Coverage);

    private void CheckAssets(string mermaid, DiagnosticBag diagnostics)
    {
        var assets = Path.Combine(options.TemplatesDirectory, SiteLayout.AssetsFolder);
        if (!Directory.Exists(assets))
        {
            diagnostics.Error(DiagnosticCodes.MissingAsset, SourceSpan.WholeFile(options.Display.Of(assets)),
                "There is no assets/ folder in the templates folder, but the pages link to its style sheet and scripts; restore templates/assets/ from the repository.");
        }

        if (!File.Exists(mermaid))
        {
            diagnostics.Error(DiagnosticCodes.MissingAsset, SourceSpan.WholeFile(options.Display.Of(mermaid)),
                "The Mermaid script is missing from SiteGen's vendor folder; rebuild SiteGen (dotnet build runs npm ci).");
        }
    }

    /// <summary>
    /// The compiled templates: compiled only when some page is to be rendered (that costs the most of a
    /// small build), and kept while the template files are the same.
    /// </summary>
    private Templates? Compiled(SiteInputs inputs, DiagnosticBag diagnostics)
    {
        var key = inputs.HtmlTemplates + inputs.ReportTemplates;
        if (_templates?.Key == key)
        {
            return _templates;
        }

        var found = new List<Diagnostic>();
        var razor = RazorPageRenderer.Create(options.TemplatesDirectory, options.Display, found,
            options.CacheDirectory is null ? null : Path.Combine(options.CacheDirectory, "razor"));
        var reports = ScribanReportRenderer.Create(options.TemplatesDirectory, options.Display, found);
        diagnostics.AddRange(found);
        _templates = razor is null || reports is null ? null : new Templates(key, razor, reports);
        return _templates;
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

    private sealed record Templates(string Key, RazorPageRenderer Razor, ScribanReportRenderer Reports);
}
