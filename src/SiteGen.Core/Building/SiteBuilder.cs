using System.Collections.Concurrent;
using System.Diagnostics;
using SiteGen.Building.Planning;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Diagrams;
using SiteGen.Output;
using SiteGen.Rendering.Html;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Reports;
using SiteGen.Rendering.Text;
using SiteGen.Rendering.Views;
using SiteGen.Searching;
using SiteGen.Theming;

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
public sealed class SiteBuilder(BuildOptions given)
{
    private readonly BuildOptions _given = given;
    private readonly CheckCache? _checks = given.CacheDirectory is null ? null : CheckCache.Open(given.CacheDirectory, given.ContentDirectory);

    /// <summary>The options of the build under way: those given, reading the templates from the theme composed for it.</summary>
    private BuildOptions options = given;
    private readonly ProseMarkdown _markdown = new();
    private CompiledTemplates? _templates;
    private ((long, long) Stamp, string Identity)? _search;

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
        ComposeTheme(diagnostics);
        var mermaid = Path.Combine(options.VendorDirectory, "mermaid", "mermaid.min.js");
        CheckAssets(mermaid, diagnostics);
        var opened = new DiagnosticBag();
        using var output = OutputFolder.Open(options.OutputDirectory, options.Display.Of(options.OutputDirectory),
            [_given.ContentDirectory, _given.TemplatesDirectory], opened, options.LockTimeout,
            options.Observer is { } waiting ? waiting.WaitingForOutputFolder : null,
            options.Observer is { } stepping ? stepping.CommitStep : null);
        diagnostics.AddRange(opened.Items);
        var previous = output is null || options.CacheDirectory is null ? BuildState.Empty : BuildState.Load(output.CachePath, RecordContext.BuildId);
        var writer = output is null ? null : new StagedWriter(output, previous);
        using var diagrams = Diagrams(mermaid, diagnostics);
        var search = Search(diagnostics);
        var pipeline = writer is null || diagnostics.HasErrors ? null : new RecordPipeline(options, writer, Compiled, _markdown, diagrams, search.Identity);
        Lap("prepare");

        var content = new ContentChecker(options.Display, _checks, options.MaxParallelism).Check(options.ContentDirectory, pipeline, options.Translations);
        _checks?.Save();
        diagnostics.AddRange(content.Diagnostics.Items);
        Lap("check and render");
        if (content.HasErrors || diagnostics.HasErrors || output is null || writer is null || pipeline is not { CanRender: true })
        {
            diagnostics.AddRange(pipeline?.Diagnostics ?? []);
            return Failed(diagnostics, content);
        }

        pipeline.Finish();
        diagnostics.AddRange(pipeline.Diagnostics);
        Lap("indexes");
        var pages = pipeline.States.ToDictionary();
        if (search.Identity != SearchIndex.None && !diagnostics.HasErrors
            && SearchIndex.Build(search.Binary, search.Identity, pipeline.Jobs, pipeline.States, writer, options.Display.Of(options.OutputDirectory), diagnostics, options.KeepSearchIndex) is { } bundle)
        {
            pages[SearchIndex.Key] = bundle;
        }

        Lap("search");
        var copied = BuildPlan.Assets(options.TemplatesDirectory, mermaid).ToDictionary(a => a.Path, writer.Copy, StringComparer.Ordinal);
        var published = 0;
        foreach (var file in BuildPlan.Files(content.ValidRecords))
        {
            var record = content.ValidRecords.First(r => r.Published.Any(p => p.File.SitePath == file.SitePath)).DisplayPath;
            if (FilePublisher.Publish(file, writer, diagnostics, record) is { } publishedState)
            {
                pages[FilePublisher.KeyPrefix + file.SitePath] = publishedState;
                published += publishedState.Files.Count;
            }
        }

        diagnostics.AddRange(writer.Failures);
        Lap("assets and files");
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, content);
        }

        var state = new BuildState(
            RecordContext.BuildId,
            new SortedDictionary<string, PageState>(pages, StringComparer.Ordinal),
            new SortedDictionary<string, WrittenFile>(copied.ToDictionary(c => c.Key, c => c.Value!), StringComparer.Ordinal));
        var siteFiles = state.Pages.Values.SelectMany(p => p.Files.Select(f => f.Path)).Concat(copied.Keys).ToList();
        var committed = new DiagnosticBag();
        output.Commit(siteFiles, state.ToBytes(), committed);
        diagnostics.AddRange(committed.Items);
        Lap("write");
        timings.Add(("rendering pages (time on all threads, within the above)", pipeline.RenderTime));

        var outputs = pipeline.Jobs.SelectMany(p => p.Outputs).ToList();
        return new BuildResult(
            diagnostics.Items,
            content.FilesRead,
            outputs.Count(o => o.Format.Engine == TemplateEngine.Razor),
            outputs.Count(o => o.Format.Engine == TemplateEngine.Scriban),
            content.Coverage)
        {
            OtherFiles = outputs.Count(o => o.Format.Engine == TemplateEngine.Writer),
            Published = published,
            Rendered = pipeline.Rendered,
            Reused = outputs.Count - pipeline.Rendered,
            TemplatesFromCache = pipeline.TemplatesFromCache,
            DiagramsDrawn = diagrams?.Drawings ?? 0,
            Interrupted = output.SignalsHeld > 0,
            Changed = output.Changed,
            Timings = timings,
        };
    }

    /// <summary>
    /// Lays the site's templates over the built-in theme for this build (<see cref="Theme"/>): the build then
    /// reads one folder, and names each file by where it came from.
    /// </summary>
    private void ComposeTheme(DiagnosticBag diagnostics)
    {
        options = _given;
        try
        {
            var theme = Theme.Compose(_given.TemplatesDirectory, _given.BuiltInTheme, _given.CacheDirectory ?? Path.Combine(Path.GetTempPath(), "sitegen"));
            options = _given with { TemplatesDirectory = theme.Directory, Display = _given.Display.WithOrigins(theme.Origins) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.ThemeFailed, SourceSpan.WholeFile(_given.Display.Of(_given.TemplatesDirectory)),
                $"The site's templates could not be laid over the built-in theme: {ex.Message} Check that the cache folder ({_given.CacheDirectory ?? Path.GetTempPath()}) can be written, or pass --no-cache.");
        }
    }

    /// <summary>
    /// What draws this build's diagrams: a Chromium when one is found (started only for a diagram that is
    /// not in the cache), else nothing, and the pages draw them in the reader's browser (said once, as a warning).
    /// </summary>
    private DiagramArtist? Diagrams(string mermaid, DiagnosticBag diagnostics)
    {
        if (options.Diagrams == DiagramMode.InBrowser || !File.Exists(mermaid))
        {
            return null;
        }

        var init = Path.Combine(options.TemplatesDirectory, "assets", "mermaid-init.js");
        var css = Path.Combine(options.TemplatesDirectory, "assets", "site.css");
        if (!File.Exists(init) || !File.Exists(css))
        {
            return null;
        }

        if (BrowserLocator.Find() is not { } browser)
        {
            diagnostics.Warning(DiagnosticCodes.NoBrowser, SourceSpan.WholeFile(options.Display.Of(options.ContentDirectory)),
                $"No Chromium was found to draw diagrams at build time, so pages draw them in the reader's browser with Mermaid's script; {BrowserLocator.InstallHint}.");
            return null;
        }

        // Only hashed here: a build whose diagrams are all kept never reads the 5 MB script into a string.
        return new DiagramArtist(new ChromiumDiagramDrawer(browser, mermaid, init, css), DiagramArtist.IdentityOf(mermaid, init, css), options.CacheDirectory);
    }

    /// <summary>Pagefind's binary and its identity; <see cref="SearchIndex.None"/> (said once, as a warning) when SiteGen has none for this platform.</summary>
    private (string Binary, string Identity) Search(DiagnosticBag diagnostics)
    {
        var binary = SearchIndex.BinaryIn(options.VendorDirectory);

        // The binary is 13 MB: a long-lived builder (the dev server) hashes it again only when it changed.
        var file = new FileInfo(binary);
        var stamp = file.Exists ? (file.Length, file.LastWriteTimeUtc.Ticks) : (0, 0);
        if (_search?.Stamp != stamp)
        {
            _search = (stamp, SearchIndex.Identity(binary));
        }

        var identity = _search!.Value.Identity;
        if (identity == SearchIndex.None)
        {
            diagnostics.Warning(DiagnosticCodes.NoSearch, SourceSpan.WholeFile(options.Display.Of(binary)),
                "SiteGen has no Pagefind binary for this platform, so the site is built without search; rebuild SiteGen on Linux x64 (dotnet build runs npm ci, which installs it).");
        }

        return (binary, identity);
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
    private CompiledTemplates? Compiled(SiteInputs inputs, DiagnosticBag diagnostics)
    {
        var key = inputs.HtmlTemplates + inputs.ReportTemplates;
        if (_templates?.Key == key)
        {
            return _templates;
        }

        var found = new DiagnosticBag();
        var razor = RazorPageRenderer.Create(options.TemplatesDirectory, options.Display, found,
            options.CacheDirectory is null ? null : Path.Combine(options.CacheDirectory, "razor"));
        var reports = ScribanReportRenderer.Create(options.TemplatesDirectory, options.Display, found);
        diagnostics.AddRange(found);
        _templates = razor is null || reports is null ? null : new CompiledTemplates(key, razor, reports);
        return _templates;
    }

}
