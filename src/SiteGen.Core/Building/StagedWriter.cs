using SiteGen.Building.Planning;
using SiteGen.Loading;
using SiteGen.Output;

namespace SiteGen.Building;

/// <summary>
/// Decides, file by file, what a build writes: a page whose inputs did not change and whose files are
/// still as they were written is reused; a rendered file whose bytes are the same as those in the output
/// folder is left as it is (so its time does not change and nothing downstream sees a change); anything
/// else is written to the staging folder. Thread-safe.
/// </summary>
internal sealed class StagedWriter(OutputFolder output, BuildState previous)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);

    /// <summary>The page's state as last written, when it can be reused; null when it must be rendered.</summary>
    public PageState? Reusable(PageJob job) =>
        previous.Pages.TryGetValue(job.Key, out var page)
        && page.InputKey == job.InputKey
        && page.Files.Select(f => f.Path).SequenceEqual(job.Outputs.Select(o => o.Path), StringComparer.Ordinal)
        && page.Files.All(Unchanged)
            ? page
            : null;

    /// <summary>Records a rendered file, writing it to the staging folder unless the output folder already has these bytes.</summary>
    public WrittenFile Write(PageJob job, string path, byte[] bytes)
    {
        var hash = ContentHash.Of(bytes);
        if (previous.Pages.TryGetValue(job.Key, out var page)
            && page.Files.FirstOrDefault(f => f.Path == path) is { } before
            && before.Hash == hash
            && Unchanged(before))
        {
            return before;
        }

        // One open, one write, one stat of the open file: creating thousands of files is a large part of a
        // cold build, and File.WriteAllBytes makes more system calls for each.
        using var file = File.OpenHandle(Staged(path), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(file, bytes, 0);
        return new WrittenFile(path, hash, bytes.Length, File.GetLastWriteTimeUtc(file).Ticks);
    }

    /// <summary>Records an asset, copying it to the staging folder unless the output folder already has it.</summary>
    public WrittenFile Copy(AssetJob asset)
    {
        if (previous.Assets.TryGetValue(asset.Path, out var before) && before.Hash == asset.Hash && Unchanged(before))
        {
            return before;
        }

        var staged = Staged(asset.Path);
        File.Copy(asset.Source, staged, overwrite: true);
        return Stat(asset.Path, asset.Hash, staged);
    }

    private bool Unchanged(WrittenFile file) => output.Previous.Contains(file.Path) && BuildState.Intact(output.Target, file);

    private string Staged(string path)
    {
        var staged = Path.Combine(output.Staging, path.Replace('/', Path.DirectorySeparatorChar));
        // A folder is in the dictionary only once some thread has created it.
        _folders.GetOrAdd(Path.GetDirectoryName(staged)!, folder => Directory.CreateDirectory(folder).Exists);
        return staged;
    }

    private static WrittenFile Stat(string path, string hash, string staged)
    {
        var info = new FileInfo(staged);
        return new WrittenFile(path, hash, info.Length, info.LastWriteTimeUtc.Ticks);
    }
}
