using SiteGen.Building;
using SiteGen.Building.Planning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Rendering.Views;

namespace SiteGen.Searching;

/// <summary>
/// The site's search: a Pagefind bundle in <c>pagefind/</c>, built from the experiment pages' HTML once
/// every page is rendered. Like a page, it is made from recorded inputs (Pagefind's binary and the hash of
/// every experiment page), so a build in which no experiment page changed keeps the bundle as it is.
/// Pagefind reads each page's language from <c>&lt;html lang&gt;</c> and writes an index per language, so a
/// search from a Chinese page searches the Chinese pages; it segments Chinese text into words when indexing.
/// </summary>
internal static class SearchIndex
{
    /// <summary>The bundle's name in the build state.</summary>
    public const string Key = "search";

    /// <summary>The bundle's folder in the site.</summary>
    public const string Folder = "pagefind";

    /// <summary>Pagefind's binary as SiteGen ships it, under its vendor folder.</summary>
    public static string BinaryIn(string vendorDirectory) =>
        Path.Combine(vendorDirectory, Folder, OperatingSystem.IsWindows() ? "pagefind_extended.exe" : "pagefind_extended");

    /// <summary>What the pages say of the search they link to: the binary's hash, or <see cref="None"/>.</summary>
    public static string Identity(string binary) => File.Exists(binary) ? ContentHash.OfFile(binary) : None;

    public const string None = "none";

    /// <summary>The bundle, reused or made again; null when Pagefind failed (the diagnostics say why).</summary>
    public static PageState? Build(
        string binary, string identity, IEnumerable<PageJob> jobs, IReadOnlyDictionary<string, PageState> states, StagedWriter writer,
        string displayOutput, DiagnosticBag diagnostics, bool keepAnyIndex = false)
    {
        var pages = jobs
            .Where(j => j.Kind == PageKind.Experiment && states.ContainsKey(j.Key))
            .SelectMany(j => states[j.Key].Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        var inputKey = ContentHash.OfParts([identity, .. pages.SelectMany(p => new[] { p.Path, p.Hash })]);
        if (writer.Reusable(Key, inputKey) is { } kept)
        {
            return kept;
        }

        // While serving, an index of the pages as they were is better than a preview that waits for a new one.
        if (keepAnyIndex && writer.Reusable(Key, null) is { } stale)
        {
            return stale;
        }

        IReadOnlyList<BundleFile> bundle;
        try
        {
            bundle = PagefindService.Index(binary, pages.Select(p => new IndexedPage(Url(p.Path), System.Text.Encoding.UTF8.GetString(writer.Read(p.Path)))));
        }
        catch (Exception ex) when (ex is PagefindException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.SearchFailed, SourceSpan.WholeFile(displayOutput),
                $"The search index could not be built: {ex.Message} Build again; if it fails again, report it with this message.");
            return null;
        }

        var written = bundle.Select(f => writer.Write(Key, Folder + "/" + f.Path, f.Bytes)).ToList();
        return written.All(w => w is not null) ? new PageState(inputKey, [.. written.OfType<WrittenFile>()]) : null;
    }

    /// <summary>The URL a result links to, from the site root: <c>/zh/02-controllers/2.1-statefulset/</c>.</summary>
    private static string Url(string path) =>
        "/" + (path.EndsWith("/" + SiteLayout.PageFile, StringComparison.Ordinal) ? path[..^SiteLayout.PageFile.Length] : path);
}
