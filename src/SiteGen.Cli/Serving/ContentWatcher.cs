namespace SiteGen.Cli.Serving;

/// <summary>
/// Watches folders (content and templates) and calls back once things have been quiet for a moment: an
/// editor's save is often several events (write a temporary file, rename it over the old one, change its
/// time), and a rebuild per event would build half-saved files. Editors' swap and backup files are ignored.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    /// <summary>How long after the last event the callback runs.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;

    public ContentWatcher(IEnumerable<string> folders, Action changed)
    {
        _timer = new Timer(_ => changed());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            // Too many events at once (a checkout, a copy of many records): rebuild, and the build sees them all.
            watcher.Error += (_, _) => Schedule();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (!IsEditorScratch(e.Name) || (e is RenamedEventArgs renamed && !IsEditorScratch(renamed.OldName)))
        {
            Schedule();
        }
    }

    private void Schedule() => _timer.Change(Quiet, Timeout.InfiniteTimeSpan);

    /// <summary>Vim's .swp and 4913, Emacs's #name# and .#name, backups ending in ~, and .tmp files.</summary>
    public static bool IsEditorScratch(string? path)
    {
        var name = Path.GetFileName(path ?? "");
        return name.Length == 0
            || name.EndsWith('~')
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal)
            || name.StartsWith(".#", StringComparison.Ordinal)
            || (name.StartsWith('#') && name.EndsWith('#'))
            || name == "4913";
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
