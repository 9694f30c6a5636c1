namespace SiteGen.Output;

/// <summary>
/// Moves a staged site into the output folder, file by file, each with one rename, following a
/// <see cref="CommitJournal"/>. Only files the previous manifest lists are ever replaced or removed, and
/// those wait in the staging folder's undo area until the commit is complete; the user's own files are
/// never moved at all. Every step can be repeated, so a commit that was killed part-way is finished by
/// running it again (<see cref="Resume"/>); one that fails on an I/O error is undone (<see cref="Run"/>).
/// </summary>
internal sealed class OutputCommit
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _undo;
    private readonly HashSet<string> _previous;
    private readonly Action<string>? _step;
    private readonly List<(string Path, bool Replaced)> _placed = [];
    private readonly List<string> _removed = [];

    private OutputCommit(string target, string staging, HashSet<string> previous, Action<string>? step)
    {
        _target = target;
        _staging = staging;
        _undo = CommitJournal.UndoIn(staging);
        _previous = previous;
        _step = step;
    }

    /// <summary>
    /// Writes the journal and commits. On an I/O error everything done so far is undone and the error
    /// rethrown; the output folder is then as it was.
    /// </summary>
    /// <param name="step">Called after each step, with what was done: progress, and a seam for interrupt tests.</param>
    public static void Run(CommitJournal journal, string staging, Action<string>? step)
    {
        journal.Write(staging);
        step?.Invoke("journal written");
        var commit = new OutputCommit(journal.Target, staging, [.. journal.Previous], step);
        try
        {
            commit.Forward(journal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            commit.Undo();
            CommitJournal.Delete(staging);
            throw;
        }
    }

    /// <summary>Finishes a commit that was interrupted: what is still staged goes in, what was to be removed goes.</summary>
    public static void Resume(CommitJournal journal, string staging, Action<string>? step) =>
        new OutputCommit(journal.Target, staging, [.. journal.Previous], step).Forward(journal);

    /// <summary>Files under the staging folder, but for the commit's own folder, with the manifest last.</summary>
    public static List<string> StagedFiles(string staging)
    {
        if (!Directory.Exists(staging))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(CommitJournal.Folder + "/", StringComparison.Ordinal))
            .OrderBy(f => f == OutputManifest.FileName)
            .ThenBy(f => f, StringComparer.Ordinal)];
    }

    private void Forward(CommitJournal journal)
    {
        Directory.CreateDirectory(_target);
        foreach (var file in StagedFiles(_staging))
        {
            Place(file);
        }

        var next = journal.Next.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in journal.Previous.Where(p => !next.Contains(p) && p != OutputManifest.FileName).Order(StringComparer.Ordinal))
        {
            Remove(gone);
        }

        if (journal.Cache is { } cache && File.Exists(CommitJournal.CacheIn(_staging)))
        {
            File.Move(CommitJournal.CacheIn(_staging), cache, overwrite: true);
            _step?.Invoke("cache placed");
        }

        CommitJournal.Delete(_staging);
        _step?.Invoke("journal removed");
        Directory.Delete(_staging, recursive: true);
        _step?.Invoke("staging removed");
    }

    private void Place(string file)
    {
        var from = Combine(_staging, file);
        var to = Combine(_target, file);
        var replaced = false;
        if (File.Exists(to))
        {
            if (!Ours(file) || File.Exists(Combine(_undo, file)))
            {
                // Only possible when resuming: the file appeared after the commit was interrupted, so it
                // is not the one the commit set aside. Theirs wins; the next build reports the clash.
                File.Delete(from);
                return;
            }

            Move(to, Combine(_undo, file));
            replaced = true;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite: true); // one rename: readers see the old file or the new one
        _placed.Add((file, replaced));
        _step?.Invoke("placed " + file);
    }

    private void Remove(string file)
    {
        var path = Combine(_target, file);
        if (!File.Exists(path) || File.Exists(Combine(_undo, file)))
        {
            return;
        }

        Move(path, Combine(_undo, file));
        _removed.Add(file);
        PruneEmptyFolders(Path.GetDirectoryName(path)!);
        _step?.Invoke("removed " + file);
    }

    /// <summary>A file SiteGen may replace: one the previous manifest lists, or the manifest itself.</summary>
    private bool Ours(string file) => file == OutputManifest.FileName || _previous.Contains(file);

    private void Undo()
    {
        foreach (var file in Enumerable.Reverse(_removed))
        {
            Move(Combine(_undo, file), Combine(_target, file));
        }

        foreach (var (file, replaced) in Enumerable.Reverse(_placed))
        {
            Move(Combine(_target, file), Combine(_staging, file));
            if (replaced)
            {
                Move(Combine(_undo, file), Combine(_target, file));
            }
            else
            {
                PruneEmptyFolders(Path.GetDirectoryName(Combine(_target, file))!);
            }
        }
    }

    /// <summary>Removes folders left empty by a removal, up to (not including) the output folder.</summary>
    private void PruneEmptyFolders(string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(_target);
        while (folder.Length > root.Length && folder.StartsWith(root, StringComparison.Ordinal)
            && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    private static void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to, overwrite: true);
    }

    private static string Combine(string root, string relative) =>
        Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
}
