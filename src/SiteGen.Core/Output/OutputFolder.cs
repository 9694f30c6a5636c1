using System.Security.Cryptography;
using SiteGen.Diagnostics;

namespace SiteGen.Output;

/// <summary>
/// The output folder of one build, from start to commit. Opening it takes the folder's
/// <see cref="OutputLock"/>, finishes a commit an earlier build was killed in, checks the folder may be
/// written, and creates a staging folder for the build to write its new and changed files into.
/// <see cref="Commit"/> then moves them in by <see cref="OutputCommit"/>: nothing in the output folder
/// changes before the build succeeded, and the user's own files (a README, a CNAME, the <c>.git</c> of a
/// gh-pages checkout: whatever the manifest does not list) are never moved, replaced or deleted.
/// A folder without a manifest is only used when it holds no more than a publishing checkout does (a README,
/// <c>CNAME</c>, <c>.nojekyll</c>, <c>.git</c>). SiteGen's bookkeeping
/// (lock, staging folders, build cache) lives in <c>.sitegen/</c> beside the output folder, on the same
/// file system, so every move is a rename.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>The folder beside the output folder that holds SiteGen's bookkeeping.</summary>
    public const string BookkeepingFolder = ".sitegen";

    private const string StagingMarker = ".staging-";

    /// <summary>
    /// What a folder SiteGen never built into may hold and still be built into: the files a publishing
    /// checkout (a gh-pages branch) carries. They are the user's: kept, never listed in the manifest.
    /// </summary>
    private static readonly HashSet<string> PublishingFiles = new(StringComparer.Ordinal) { "README.md", "README", "CNAME", ".nojekyll", ".git" };

    private readonly string _display;
    private readonly OutputLock _lock;
    private readonly HashSet<string> _previous;
    private readonly Action<string>? _step;

    private OutputFolder(string target, string staging, string display, OutputLock outputLock, HashSet<string> previous, Action<string>? step)
    {
        Target = target;
        Staging = staging;
        _display = display;
        _lock = outputLock;
        _previous = previous;
        _step = step;
    }

    public string Target { get; }

    /// <summary>The temporary folder the build writes its new and changed files into.</summary>
    public string Staging { get; }

    /// <summary>The output folder as diagnostics name it.</summary>
    public string DisplayPath => _display;

    /// <summary>The files the previous build wrote (its manifest): the only ones a build may reuse, replace or remove.</summary>
    public IReadOnlySet<string> Previous => _previous;

    /// <summary>Where the build cache that describes this output folder is kept.</summary>
    public string CachePath => CacheFileFor(Target);

    /// <summary>The build cache of an output folder: <c>.sitegen/site.cache</c> beside <c>site/</c>.</summary>
    public static string CacheFileFor(string target) => Bookkeeping(target, ".cache");

    /// <summary>A file of the bookkeeping folder for an output folder: <c>.sitegen/site.lock</c> for <c>site/</c>.</summary>
    public static string Bookkeeping(string target, string suffix) =>
        Path.Combine(Path.GetDirectoryName(target)!, BookkeepingFolder, Path.GetFileName(target) + suffix);

    /// <summary>How many interrupting signals (Ctrl+C, SIGTERM) arrived during the commit and were held off until it finished.</summary>
    public int SignalsHeld { get; private set; }

    /// <summary>After a commit, the site's files it wrote or removed (paths with '/'): what a live page may need to reload.</summary>
    public IReadOnlyList<string> Changed { get; private set; } = [];

    /// <summary>
    /// Opens the output folder for a build; null, with a diagnostic, when it must not be touched or another
    /// build kept it locked for longer than <paramref name="lockTimeout"/>.
    /// </summary>
    /// <param name="sources">Folders the build reads (content, templates): the output may neither hold nor sit inside them.</param>
    /// <param name="waiting">Called when another build holds the folder and this one waits, with who holds it.</param>
    /// <param name="step">Called after each step of a commit (progress, and a seam for interrupt tests).</param>
    public static OutputFolder? Open(
        string target, string displayPath, IEnumerable<string> sources, DiagnosticBag diagnostics,
        TimeSpan lockTimeout, Action<string>? waiting = null, Action<string>? step = null)
    {
        OutputLock? held = null;
        try
        {
            target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
            if (Directory.Exists(target) && new DirectoryInfo(target).ResolveLinkTarget(returnFinalTarget: true) is { } linked)
            {
                target = Path.TrimEndingDirectorySeparator(linked.FullName); // write where the link points, keep the link
            }

            if (Problem(target, sources) is { } problem)
            {
                diagnostics.Add(Error(displayPath, problem));
                return null;
            }

            var parent = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(parent);
            held = OutputLock.Acquire(target, lockTimeout, waiting, out var holder);
            if (held is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.OutputLocked, SourceSpan.WholeFile(displayPath),
                    $"Another build is writing to this folder ({holder}) and did not finish within {lockTimeout.TotalSeconds:0} s; wait for it, or stop it, and build again."));
                return null;
            }

            RecoverLeftovers(target, step, diagnostics, displayPath);
            var previous = OutputManifest.Read(target);
            if (previous is null && Directory.Exists(target)
                && Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).FirstOrDefault(e => !PublishingFiles.Contains(e!)) is { } foreign)
            {
                diagnostics.Add(Error(displayPath,
                    $"The output folder holds files SiteGen did not write ({foreign}, ...) and has no manifest of a previous build; choose an empty or new folder with --out, or empty this one. (A README, CNAME, .nojekyll or a gh-pages checkout's .git may be there: they are kept.)"));
                held.Dispose();
                return null;
            }

            var staging = Bookkeeping(target, StagingMarker + Suffix());
            Directory.CreateDirectory(staging);
            var folder = new OutputFolder(target, staging, displayPath, held, previous ?? [], step);
            held = null;
            return folder;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            held?.Dispose();
            diagnostics.Add(Error(displayPath, $"The output folder cannot be prepared: {ex.Message}"));
            return null;
        }
    }

    /// <summary>
    /// Moves the staged files in, removes the previous build's files that <paramref name="siteFiles"/> no
    /// longer lists, and writes the manifest and the build cache. False, with a diagnostic, when a file the
    /// build wrote would replace one of the user's, or when the move failed (the output folder is then as
    /// it was). A build that changed no file moves nothing: only its cache is written.
    /// </summary>
    /// <param name="siteFiles">Every file of the new site: the staged ones and those kept from the previous build.</param>
    /// <param name="cache">The build cache describing the new site; null to keep none.</param>
    public bool Commit(IReadOnlyCollection<string> siteFiles, byte[]? cache, DiagnosticBag diagnostics)
    {
        var staged = OutputCommit.StagedFiles(Staging);
        var clashes = staged.Where(f => !_previous.Contains(f) && f != OutputManifest.FileName && Occupied(f) && !Identical(f)).ToList();
        if (clashes.Count > 0)
        {
            var (verb, pronoun) = clashes.Count == 1 ? ("was", "it") : ("were", "them");
            diagnostics.Add(Error(_display,
                $"{string.Join(", ", clashes)} in the output folder {verb} not written by SiteGen, but this build writes {pronoun}; move {pronoun} elsewhere."));
            return false;
        }

        var next = siteFiles.Append(OutputManifest.FileName).ToHashSet(StringComparer.Ordinal);
        var changed = staged.Where(f => f != OutputManifest.FileName).Concat(_previous.Where(f => !next.Contains(f))).Order(StringComparer.Ordinal).ToList();
        if (staged.Count == 0 && next.SetEquals(_previous.Append(OutputManifest.FileName)) && File.Exists(Path.Combine(Target, OutputManifest.FileName)))
        {
            WriteCache(cache);
            Changed = changed;
            return true;
        }

        File.WriteAllText(Path.Combine(Staging, OutputManifest.FileName), OutputManifest.Format(siteFiles));
        if (cache is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(CommitJournal.CacheIn(Staging))!);
            File.WriteAllBytes(CommitJournal.CacheIn(Staging), cache);
        }
        else
        {
            File.Delete(CachePath);
        }

        var journal = new CommitJournal(Target, [.. _previous.Order(StringComparer.Ordinal)], [.. next.Order(StringComparer.Ordinal)], cache is null ? null : CachePath);
        using var shield = new SignalShield();
        try
        {
            OutputCommit.Run(journal, Staging, _step);
            Changed = changed;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Error(_display, $"The new site could not be moved into place, so the previous one was kept: {ex.Message}"));
            return false;
        }
        finally
        {
            SignalsHeld = shield.Held;
        }
    }

    private void WriteCache(byte[]? cache)
    {
        try
        {
            if (cache is null)
            {
                File.Delete(CachePath);
                return;
            }

            var temporary = $"{CachePath}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temporary, cache);
            File.Move(temporary, CachePath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without a cache the next build renders every page again; nothing is lost.
        }
    }

    /// <summary>Removes the staging folder unless it was committed, and releases the lock.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Staging) && CommitJournal.Read(Staging) is null)
            {
                Directory.Delete(Staging, recursive: true);
            }
        }
        finally
        {
            _lock.Dispose();
        }
    }

    /// <summary>
    /// Whether the user's file at a path the build writes already holds what the build writes there (the
    /// <c>.nojekyll</c> of a gh-pages checkout): it is kept, and nothing is lost.
    /// </summary>
    private bool Identical(string file)
    {
        var theirs = new FileInfo(Path.Combine(Target, file));
        var ours = new FileInfo(Path.Combine(Staging, file));
        return theirs.Exists && theirs.Length == ours.Length && File.ReadAllBytes(theirs.FullName).AsSpan().SequenceEqual(File.ReadAllBytes(ours.FullName));
    }

    /// <summary>Whether something not written by SiteGen is at a path the build writes, or at one of its folders.</summary>
    private bool Occupied(string file)
    {
        if (Path.Exists(Path.Combine(Target, file)))
        {
            return true;
        }

        for (var slash = file.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            if (File.Exists(Path.Combine(Target, file[..slash])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Staging folders left by builds that were killed. One with a journal is a commit that started: it is
    /// finished. One without holds only what a build rendered and is deleted, unless it carries a manifest:
    /// then it is the site of SiteGen 0.1's interrupted swap, and whatever the manifest does not list is
    /// the user's and goes back into the output folder.
    /// </summary>
    private static void RecoverLeftovers(string target, Action<string>? step, DiagnosticBag diagnostics, string displayPath)
    {
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        var bookkeeping = Path.Combine(parent, BookkeepingFolder);
        var leftovers = (Directory.Exists(bookkeeping) ? Directory.EnumerateDirectories(bookkeeping, $"{name}{StagingMarker}*") : [])
            .Concat(Directory.EnumerateDirectories(parent, $".{name}.tmp-*")) // the staging and retired folders of SiteGen 0.1
            .Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*"))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var leftover in leftovers)
        {
            if (CommitJournal.Read(leftover) is { } journal && journal.Target == target)
            {
                OutputCommit.Resume(journal, leftover, step);
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OutputRecovered, SourceSpan.WholeFile(displayPath),
                    "An earlier build was stopped while it moved its files into this folder; its move was finished before this build."));
                continue;
            }

            ReturnUserFiles(leftover, target);
            Directory.Delete(leftover, recursive: true);
        }
    }

    private static void ReturnUserFiles(string leftover, string target)
    {
        if (OutputManifest.Read(leftover) is not { } ours)
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(leftover, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(leftover, file).Replace('\\', '/');
            var home = Path.Combine(target, relative);
            if (!ours.Contains(relative) && relative != OutputManifest.FileName && !Path.Exists(home))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(home)!);
                File.Move(file, home);
            }
        }
    }

    private static string? Problem(string target, IEnumerable<string> sources)
    {
        if (Path.GetDirectoryName(target) is null)
        {
            return "The output folder cannot be the root of the file system; choose a folder of its own with --out.";
        }

        if (File.Exists(target))
        {
            return "The output path is a file; choose a folder with --out.";
        }

        for (var ancestor = Path.GetDirectoryName(target); ancestor is not null; ancestor = Path.GetDirectoryName(ancestor))
        {
            if (File.Exists(ancestor))
            {
                return $"The output folder cannot be created because {ancestor} is a file; choose another folder with --out.";
            }
        }

        // Compared where they really are: a link to the content folder is the content folder.
        target = RealPath(target);
        foreach (var source in sources.Select(s => RealPath(Path.TrimEndingDirectorySeparator(Path.GetFullPath(s)))))
        {
            if (IsSameOrInside(source, target))
            {
                return $"The output folder holds the build's own sources ({source}); choose a folder of its own with --out.";
            }

            if (IsSameOrInside(target, source))
            {
                return $"The output folder is inside the build's sources ({source}), so each build would read the last one; choose a folder outside it with --out.";
            }
        }

        return null;
    }

    /// <summary>The path with every link along it resolved; the parts that do not exist yet are kept as written.</summary>
    private static string RealPath(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var real = Path.GetPathRoot(path) ?? "";
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(real, parts[i]);
            var info = new DirectoryInfo(next);
            if (!info.Exists && !File.Exists(next))
            {
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }

            real = info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target
                ? Path.TrimEndingDirectorySeparator(target.FullName)
                : next;
        }

        return real;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static Diagnostic Error(string displayPath, string message) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.OutputFailed, SourceSpan.WholeFile(displayPath), message, null);

    private static string Suffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
