using SiteGen.Output;

namespace SiteGen.Comparing;

/// <summary>
/// A built site as a diff reads it: its output files by path (with '/'). A folder SiteGen wrote lists them
/// in its manifest, so the user's own files beside them (a README, a CNAME) are not compared; any other
/// folder is taken whole, but for dot-files. The search index (<c>pagefind/</c>) is left out: it is made from
/// the pages, whose changes the diff shows, and its files are binary chunks named by their content.
/// </summary>
public sealed class BuiltSite
{
    private BuiltSite(string root, IReadOnlyList<string> files)
    {
        Root = root;
        Files = files;
    }

    public string Root { get; }

    /// <summary>The site's files, sorted by ordinal path.</summary>
    public IReadOnlyList<string> Files { get; }

    public static BuiltSite Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        IEnumerable<string> files = OutputManifest.Read(root) is { } listed
            ? listed.Where(f => f != OutputManifest.FileName && File.Exists(PathOf(root, f)))
            : Directory.Exists(root)
                ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                    .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                    .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
                : [];
        return new BuiltSite(root, [.. files.Where(f => !f.StartsWith(Searching.SearchIndex.Folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]);
    }

    public string PathOf(string file) => PathOf(Root, file);

    public byte[] Bytes(string file) => File.ReadAllBytes(PathOf(file));

    /// <summary>Where a site file (a path with '/') is under a folder.</summary>
    public static string PathOf(string root, string file) => Path.Combine(root, file.Replace('/', Path.DirectorySeparatorChar));
}
