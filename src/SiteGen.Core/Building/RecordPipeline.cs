using System.Collections.Concurrent;
using SiteGen.Building.Planning;
using SiteGen.Checking;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;
using SiteGen.Rendering.Views;

namespace SiteGen.Building;

/// <summary>
/// Renders experiments while the content is being checked. A record's pages depend on the record and on
/// the catalogue entries of the records it links to, so as soon as those are checked its pages are
/// planned, compared with what the output folder holds, and rendered from the record still in memory (the
/// check has just read it): no record is read twice, and checking and rendering share the cores. A record
/// that links to one not checked yet waits (holding its record while few are waiting, re-reading it
/// otherwise); one whose links never come is rendered at the end, with those links shown as missing.
/// The indexes and the language chooser, which show every record, are rendered last
/// (<see cref="Finish"/>). If the check finds errors, everything rendered is thrown away with the staging folder.
/// </summary>
internal sealed class RecordPipeline(
    BuildOptions options,
    StagedWriter writer,
    Func<SiteInputs, DiagnosticBag, CompiledTemplates?> compile,
    ProseMarkdown markdown,
    Diagrams.DiagramArtist? diagrams,
    string search) : IRecordSink
{
    /// <summary>How many waiting records may keep their bound record in memory; the others are read again.</summary>
    private const int HeldRecords = 256;

    private readonly object _gate = new();
    private readonly object _compiling = new();
    private readonly HashSet<string> _arrived = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Waiting> _waiting = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _dependents = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Diagnostic> _diagnostics = [];
    private readonly ConcurrentDictionary<string, PageState> _states = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<PageJob> _jobs = [];
    private Catalogue? _catalogue;
    private IReadOnlyDictionary<string, string[]> _expected = new Dictionary<string, string[]>();
    private SiteInputs? _inputs;
    private IReadOnlyDictionary<string, UiStrings>? _ui;
    private PageRenderer? _renderer;
    private bool _broken;
    private int _held;
    private int _rendered;
    private long _renderTicks;

    /// <summary>Whether everything needed to render is there (UI strings, assets, templates).</summary>
    public bool CanRender => _catalogue is not null && !_broken;

    public IReadOnlyDictionary<string, PageState> States => _states;

    /// <summary>Every page planned so far.</summary>
    public IReadOnlyCollection<PageJob> Jobs => _jobs;

    /// <summary>Files of pages rendered (not reused).</summary>
    public int Rendered => _rendered;

    public int TemplatesFromCache { get; private set; }

    /// <summary>Time spent rendering pages (added over threads; templates compiled on first use included).</summary>
    public TimeSpan RenderTime => TimeSpan.FromTicks(Interlocked.Read(ref _renderTicks));

    public IEnumerable<Diagnostic> Diagnostics => OncePerPosition(_diagnostics);

    public void SiteChecked(SiteConfig config, string configHash, IReadOnlyList<Loading.RecordFile> recordFiles)
    {
        _expected = ExpectedNeighbours(recordFiles);
        var found = new DiagnosticBag();
        _ui = UiStringsLoader.Load(options.TemplatesDirectory, config, options.Display, found);
        foreach (var diagnostic in found)
        {
            _diagnostics.Add(diagnostic);
        }

        _inputs = SiteInputs.Read(options.TemplatesDirectory, config, configHash) with { Diagrams = diagrams?.Identity ?? SiteInputs.InBrowser, Search = search };
        _catalogue = new Catalogue(config);
        _broken = _ui is null || found.Any(d => d.IsError);
        // Experiments (and side by side, with several languages), indexes and 404 pages per language, the chooser,
        // the root 404, robots.txt and the sitemap; tag pages are not known until the records are read.
        options.Observer?.PagesPlanned((((recordFiles.Count * (config.Languages.Count > 1 ? 2 : 1)) + 2) * config.Languages.Count) + 3 + (_catalogue.Layout.Absolute("") is null ? 0 : 1));
    }

    public void RecordChecked(RecordEntry entry, LabRecord? record)
    {
        if (!CanRender)
        {
            return;
        }

        var ready = new List<(RecordEntry Entry, LabRecord? Record)>();
        lock (_gate)
        {
            _arrived.Add(entry.Id);
            if (entry.IsValid && _catalogue!.Add(entry))
            {
                // A page links to its follow-ups and to the experiments before and after it in its chapter: it
                // waits until they are checked (the neighbours expected from the files' names).
                var pending = entry.FollowUps.Select(f => f.Id)
                    .Concat(_expected.TryGetValue(entry.Id, out var neighbours) ? neighbours : [])
                    .Where(id => !_arrived.Contains(id)).ToHashSet(StringComparer.Ordinal);
                if (pending.Count == 0)
                {
                    ready.Add((entry, record));
                }
                else
                {
                    var held = record is not null && _held < HeldRecords ? record : null;
                    _held += held is null ? 0 : 1;
                    _waiting[entry.Id] = new Waiting(entry, held, pending.Count);
                    foreach (var id in pending)
                    {
                        (_dependents.TryGetValue(id, out var list) ? list : _dependents[id] = []).Add(entry.Id);
                    }
                }
            }

            if (_dependents.Remove(entry.Id, out var dependents))
            {
                foreach (var id in dependents)
                {
                    var waiting = _waiting[id];
                    if (--waiting.Pending == 0)
                    {
                        _waiting.Remove(id);
                        _held -= waiting.Record is null ? 0 : 1;
                        ready.Add((waiting.Entry, waiting.Record));
                    }
                }
            }
        }

        foreach (var (readyEntry, readyRecord) in ready)
        {
            Render(BuildPlan.Experiment(readyEntry, _catalogue!, _inputs!), readyRecord);
        }
    }

    /// <summary>
    /// After the check, with no errors: the records whose links never came, then the indexes and the
    /// language chooser, which show the whole catalogue.
    /// </summary>
    public void Finish()
    {
        var left = _waiting.Values.OrderBy(w => w.Entry.Id, StringComparer.Ordinal).ToList();
        _waiting.Clear();
        System.Threading.Tasks.Parallel.ForEach(left, Threads(), w => Render(BuildPlan.Experiment(w.Entry, _catalogue!, _inputs!), w.Record));

        // A page planned while its chapter was still being checked linked to the neighbours its files' names
        // promised; where a misnamed file broke that promise, it is planned and rendered again with the real ones.
        var planned = _jobs.Where(j => j.Record is not null).ToDictionary(j => j.Key, StringComparer.Ordinal);
        var replanned = _catalogue!.Records
            .Select(r => BuildPlan.Experiment(r, _catalogue, _inputs!))
            .Where(jobs => jobs.Any(j => !planned.TryGetValue(j.Key, out var before) || before.InputKey != j.InputKey))
            .ToList();
        if (replanned.Count > 0)
        {
            var stale = replanned.SelectMany(j => j).Select(j => j.Key).ToHashSet(StringComparer.Ordinal);
            var kept = _jobs.Where(j => !stale.Contains(j.Key)).ToList();
            _jobs.Clear();
            foreach (var job in kept)
            {
                _jobs.Add(job);
            }

            System.Threading.Tasks.Parallel.ForEach(replanned, Threads(), jobs => Render(jobs, null));
        }

        System.Threading.Tasks.Parallel.ForEach(BuildPlan.Site(_catalogue!, _inputs!), Threads(), job => Render([job], null));
    }

    /// <summary>The pages of one record (or one site page): each reused when nothing it is made of changed, else rendered.</summary>
    private void Render(IReadOnlyList<PageJob> jobs, LabRecord? record)
    {
        var toRender = new List<PageJob>();
        foreach (var job in jobs)
        {
            _jobs.Add(job);
            if (writer.Reusable(job) is { } kept)
            {
                _states[job.Key] = kept;
                options.Observer?.PageFinished(job.Key, rendered: false);
            }
            else
            {
                toRender.Add(job);
            }
        }

        if (toRender.Count == 0)
        {
            return;
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (Renderer() is not { } renderer)
        {
            return;
        }

        var local = new DiagnosticBag();
        var rendered = renderer.Render(toRender, record, local);
        for (var i = 0; i < toRender.Count; i++)
        {
            if (rendered[i] is { } files)
            {
                var written = files.Select(f => writer.Write(toRender[i], f.Output.Path, f.Bytes)).ToList();
                if (written.All(w => w is not null))
                {
                    _states[toRender[i].Key] = new PageState(toRender[i].InputKey, [.. written.OfType<WrittenFile>()]);
                }

                Interlocked.Add(ref _rendered, files.Count);
            }

            options.Observer?.PageFinished(toRender[i].Key, rendered: true);
        }

        foreach (var diagnostic in local)
        {
            _diagnostics.Add(diagnostic);
        }

        Interlocked.Add(ref _renderTicks, clock.Elapsed.Ticks);
    }

    /// <summary>The renderer, with the templates compiled the first time a page needs them; null when they do not compile.</summary>
    private PageRenderer? Renderer()
    {
        lock (_compiling)
        {
            if (_renderer is null && !_broken)
            {
                var found = new DiagnosticBag();
                if (compile(_inputs!, found) is { } templates)
                {
                    _renderer = new PageRenderer(_catalogue!, _ui!, templates.Razor, templates.Reports, markdown, diagrams) { Search = search != Searching.SearchIndex.None };
                    TemplatesFromCache = templates.Razor.TemplatesFromCache;
                }

                _broken = _renderer is null;
                foreach (var diagnostic in found.Items)
                {
                    _diagnostics.Add(diagnostic);
                }
            }

            return _renderer;
        }
    }

    /// <summary>
    /// The neighbours each record should have, from the ids in its chapter's file names (<c>2.1-statefulset.yaml</c>):
    /// known before any record is read, so a page can wait for exactly the records it will link to.
    /// </summary>
    private static IReadOnlyDictionary<string, string[]> ExpectedNeighbours(IReadOnlyList<Loading.RecordFile> files)
    {
        var expected = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var chapters = files.Select(Checking.RecordChecker.FileNameId).OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .GroupBy(id => id[..id.IndexOf('.', StringComparison.Ordinal)], StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            var ids = chapter.OrderBy(Catalogue.Number).ThenBy(id => id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                expected[ids[i]] = [.. new[] { i - 1, i + 1 }.Where(j => j >= 0 && j < ids.Count).Select(j => ids[j])];
            }
        }

        return expected;
    }

    private ParallelOptions Threads() => new() { MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount };

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

    private sealed class Waiting(RecordEntry entry, LabRecord? record, int pending)
    {
        public RecordEntry Entry { get; } = entry;

        public LabRecord? Record { get; } = record;

        public int Pending { get; set; } = pending;
    }
}
