using System.Collections.Concurrent;
using System.Text;
using SiteGen.Caching;
using SiteGen.Loading;

namespace SiteGen.Diagrams;

/// <summary>
/// Every diagram of a build as SVG, light and dark, each drawn at most once: an SVG is kept by (the Mermaid
/// script, SiteGen's diagram settings, theme, id, source) in memory and under the cache folder, so an
/// unchanged diagram is never drawn again, and a build whose diagrams are all kept starts no browser.
/// Thread-safe.
/// </summary>
public sealed class DiagramArtist : IDisposable
{
    private readonly IDiagramDrawer _drawer;
    private readonly string? _folder;
    private readonly ConcurrentDictionary<string, Lazy<DrawnDiagram>> _drawn = new(StringComparer.Ordinal);
    private int _drawings;

    /// <param name="identity">What every drawing depends on besides its source; see <see cref="Identity"/>.</param>
    /// <param name="cacheDirectory">Where drawings are kept between builds; null to keep them for this build only.</param>
    public DiagramArtist(IDiagramDrawer drawer, string identity, string? cacheDirectory)
    {
        _drawer = drawer;
        Identity = identity;
        _folder = cacheDirectory is null ? null : Path.Combine(cacheDirectory, "mermaid");
    }

    /// <summary>
    /// A hash of the Mermaid script, the diagram settings and the CSS they are drawn with: an input of every
    /// page, so pages are drawn again when any of them changes.
    /// </summary>
    public string Identity { get; }

    /// <summary>How many drawings were asked of the drawer (not found kept): 0 means no browser was started.</summary>
    public int Drawings => _drawings;

    /// <summary>The identity of drawings made with these files (the Mermaid script, <c>mermaid-init.js</c>, <c>site.css</c>).</summary>
    public static string IdentityOf(params string[] files) =>
        ContentHash.Of("sitegen diagrams 2\n" + string.Join("\n", files.Select(ContentHash.OfFile)));

    /// <summary>The diagram in both themes, or why Mermaid refused it.</summary>
    /// <param name="occurrence">1 for the first time the source is on a page, 2 for the second: each gets ids of its own.</param>
    public (DiagramArt? Art, DiagramError? Error) Draw(string source, int occurrence = 1)
    {
        var id = "mmd-" + ContentHash.Of(source)[..10] + (occurrence > 1 ? $"-{occurrence}" : "");
        var light = Drawn(id + "-l", source, dark: false);
        if (light.Error is { } error)
        {
            return (null, error);
        }

        var dark = Drawn(id + "-d", source, dark: true);
        return dark.Error is { } darkError ? (null, darkError) : (new DiagramArt(light.Svg!, dark.Svg!), null);
    }

    private DrawnDiagram Drawn(string id, string source, bool dark)
    {
        var key = ContentHash.Of($"{Identity}\n{id}\n{(dark ? "dark" : "light")}\n{source}");
        return _drawn.GetOrAdd(key, _ => new Lazy<DrawnDiagram>(() => Kept(key) ?? Keep(key, DrawNow(id, source, dark)))).Value;
    }

    private DrawnDiagram DrawNow(string id, string source, bool dark)
    {
        Interlocked.Increment(ref _drawings);
        var drawn = _drawer.Draw(id, source, dark);
        if (drawn.Svg is not { } svg)
        {
            return drawn;
        }

        // Mermaid's sanitizer should have removed anything active; a drawing that still has some is refused, never inlined.
        return SvgTidy.IsActive(svg)
            ? new DrawnDiagram(null, new DiagramError("The drawing holds a script, an event handler or a javascript: link; remove the HTML from the diagram's labels.", null))
            : new DrawnDiagram(SvgTidy.Tidy(svg, id), null);
    }

    private DrawnDiagram? Kept(string key)
    {
        var file = _folder is null ? null : Path.Combine(_folder, key + ".svg");
        try
        {
            return file is not null && File.Exists(file) ? new DrawnDiagram(File.ReadAllText(file, Encoding.UTF8), null) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Keeps a drawing (never an error: a fixed diagram is drawn again) in a file written whole or not at all.</summary>
    private DrawnDiagram Keep(string key, DrawnDiagram drawn)
    {
        if (_folder is not null && drawn.Svg is { } svg)
        {
            CacheFile.Write(Path.Combine(_folder, key + ".svg"), Encoding.UTF8.GetBytes(svg));
        }

        return drawn;
    }

    public void Dispose() => _drawer.Dispose();
}
