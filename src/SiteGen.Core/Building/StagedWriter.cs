using SiteGen.Building.Planning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;

namespace SiteGen.Building;

/// <summary>
/// Decides, file by file, what a build writes: a page whose inputs did not change and whose files are
/// still as they were written is reused; a rendered file whose bytes are the same as those in the output
/// folder is left as it is (so its time does not change and nothing downstream sees a change); anything
/// else is written to the staging folder. A file that cannot be written (a full disk, a path too long) is
/// a diagnostic in <see cref="Failures"/>, and the build fails before anything is committed. Thread-safe.
/// </summary>
internal sealed class StagedWriter(OutputFolder output, BuildState previous)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentQueue<Diagnostic> _failures = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _staged = new(StringComparer.Ordinal);

    /// <summary>The files that could not be written to the staging folder, one error each.</summary>
    public IEnumerable<Diagnostic> Failures => _failures.OrderBy(d => d.Message, StringComparer.Ordinal);

    /// <summary>The page's state as last written, when it can be reused; null when it must be rendered.</summary>
    public PageState? Reusable(PageJob job) =>
        previous.Pages.TryGetValue(job.Key, out var page)
        && page.InputKey == job.InputKey
        && page.Files.Select(f => f.Path).SequenceEqual(job.Outputs.Select(o => o.Path), StringComparer.Ordinal)
        && page.Files.All(Unchanged)
            ? page
            : null;

    /// <summary>
    /// The state of something built from other pages (the search index) whose files cannot be known before it
    /// is made: reused when its inputs hash the same and its files are as they were written.
    /// </summary>
    /// <param name="inputKey">The hash its inputs have now; null to reuse it whatever it was made from.</param>
    public PageState? Reusable(string key, string? inputKey) =>
        previous.Pages.TryGetValue(key, out var page) && (inputKey is null || page.InputKey == inputKey) && page.Files.All(Unchanged) ? page : null;

    /// <summary>Records a rendered file, writing it to the staging folder unless the output folder already has these bytes; null when it cannot be written.</summary>
    public WrittenFile? Write(PageJob job, string path, byte[] bytes) => Write(job.Key, path, bytes);

    /// <summary>Records a file of the page or product named <paramref name="key"/>, as <see cref="Write(PageJob, string, byte[])"/> does.</summary>
    public WrittenFile? Write(string key, string path, byte[] bytes) => Safely(path, () => WriteFile(key, path, bytes));

    /// <summary>A file of this build as it will be committed: from the staging folder when it was written there, else from the output folder.</summary>
    public byte[] Read(string path) =>
        File.ReadAllBytes(_staged.ContainsKey(path) ? Staged(path) : Path.Combine(output.Target, path.Replace('/', Path.DirectorySeparatorChar)));

    /// <summary>Records an asset, copying it to the staging folder unless the output folder already has it; null when it cannot be copied.</summary>
    public WrittenFile? Copy(AssetJob asset) => Safely(asset.Path, () => CopyFile(asset));

    private WrittenFile? Safely(string path, Func<WrittenFile> write)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = ex is PathTooLongException
                ? "its path in the staging folder is longer than the system allows; choose an output folder with a shorter path"
                : ex.Message;
            _failures.Enqueue(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.OutputFailed, SourceSpan.WholeFile(output.DisplayPath),
                $"{path} cannot be written: {reason}."));
            return null;
        }
    }

    private WrittenFile WriteFile(string key, string path, byte[] bytes)
    {
        // A page planned again (its neighbours changed) replaces what this build staged for it before.
        if (_staged.TryRemove(path, out _))
        {
            File.Delete(Staged(path));
        }

        var hash = ContentHash.Of(bytes);
        if (previous.Pages.TryGetValue(key, out var page)
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
        _staged[path] = true;
        return new WrittenFile(path, hash, bytes.Length, File.GetLastWriteTimeUtc(file).Ticks);
    }

    private WrittenFile CopyFile(AssetJob asset)
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
