using SiteGen.Output;

namespace SiteGen.Comparing;

/// <summary>
/// The approved snapshot of a site's outputs, kept in the repository (Verify's "verified" files, for a
/// whole site): a folder holding a copy of every page, report and asset, listed in its manifest.
/// Accepting replaces the files the manifest lists and leaves anything else in the folder alone.
/// </summary>
public static class ApprovedSite
{
    /// <summary>The folder <c>sitegen verify</c> uses when none is given: beside the content folder.</summary>
    public const string DefaultFolder = "approved-site";

    /// <returns>How many files were written and how many removed.</returns>
    public static (int Written, int Removed) Accept(BuiltSite site, string folder)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        var previous = OutputManifest.Read(folder) ?? [];
        var files = site.Files.ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var file in previous.Where(f => f != OutputManifest.FileName && !files.Contains(f)))
        {
            var path = BuiltSite.PathOf(folder, file);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed++;
            }
        }

        var written = 0;
        foreach (var file in site.Files)
        {
            var target = BuiltSite.PathOf(folder, file);
            var bytes = site.Bytes(file);
            if (!File.Exists(target) || !File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
                written++;
            }
        }

        File.WriteAllText(Path.Combine(folder, OutputManifest.FileName), OutputManifest.Format(site.Files));
        RemoveEmptyFolders(folder);
        return (written, removed);
    }

    private static void RemoveEmptyFolders(string folder)
    {
        foreach (var sub in Directory.GetDirectories(folder))
        {
            RemoveEmptyFolders(sub);
            if (!Directory.EnumerateFileSystemEntries(sub).Any())
            {
                Directory.Delete(sub);
            }
        }
    }
}
