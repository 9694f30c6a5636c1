using System.Text;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// The pages, reports, sitemap and robots.txt of a built site, each pinned as <c>&lt;path&gt;.verified.&lt;ext&gt;</c> under a snapshot
/// folder, named by its path in the site. The snapshots on disk say which pages are pinned, so a page the
/// build starts writing fails <see cref="AssertEveryPageAndReportIsPinned"/> until it is reviewed.
/// </summary>
internal sealed class PinnedSite(string snapshotFolder, Func<IReadOnlyDictionary<string, byte[]>> files)
{
    /// <summary>The pages and reports that have a verified snapshot.</summary>
    public IEnumerable<string> Pinned() =>
        Directory.Exists(snapshotFolder)
            ? Directory.GetFiles(snapshotFolder, "*.verified.*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(snapshotFolder, f).Replace('\\', '/').Replace(".verified.", ".", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [];

    public void Verify(string path)
    {
        Assert.True(files().TryGetValue(path, out var bytes), $"The build no longer writes {path}.");
        Snapshot.VerifyAt(Encoding.UTF8.GetString(bytes), StemOf(path), Path.GetExtension(path).TrimStart('.'));
    }

    public void AssertEveryPageAndReportIsPinned()
    {
        var pinned = Pinned().ToHashSet(StringComparer.Ordinal);
        var unpinned = files().Keys.Where(p => Path.GetExtension(p) is ".html" or ".md" or ".xml" or ".txt" && !p.StartsWith("assets/", StringComparison.Ordinal) && !pinned.Contains(p));
        foreach (var path in unpinned)
        {
            // Writes the received file (or, when accepting, the verified one) so the new page can be reviewed.
            var failure = Snapshot.Compare(Encoding.UTF8.GetString(files()[path]), StemOf(path), Path.GetExtension(path).TrimStart('.'), accept: Snapshot.AcceptRequested());
            Assert.True(failure is null, failure);
        }
    }

    private string StemOf(string path) => Path.Combine(snapshotFolder, Path.ChangeExtension(path, null).Replace('/', Path.DirectorySeparatorChar));
}
