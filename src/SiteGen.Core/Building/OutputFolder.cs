using System.Security.Cryptography;
using SiteGen.Diagnostics;

namespace SiteGen.Building;

/// <summary>
/// Builds into a fresh staging folder beside the output folder and swaps it in only when the build
/// succeeded, so readers and the author never see a half-written site. The output folder's manifest
/// (<see cref="ManifestFile"/>) lists what SiteGen wrote; everything else in the folder belongs to the
/// user (a README, a CNAME, a <c>.git</c> of a gh-pages checkout) and is carried over into the new
/// site untouched. A folder without a manifest is only used when it is empty but for a README.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    /// <summary>The list of files the last build wrote, relative to the output folder.</summary>
    public const string ManifestFile = ".sitegen-output";

    private const string ManifestHeader = "# Written by sitegen build; the next build replaces these files and keeps all others.";

    private readonly string _display;
    private readonly HashSet<string>? _previous;
    private bool _committed;

    private OutputFolder(string target, string staging, string display, HashSet<string>? previous)
    {
        Target = target;
        Staging = staging;
        _display = display;
        _previous = previous;
    }

    public string Target { get; }

    /// <summary>The temporary folder the build writes into.</summary>
    public string Staging { get; }

    /// <summary>
    /// Checks the output folder can be (re)written and creates the staging folder; null, with a
    /// diagnostic, when it must not be touched.
    /// </summary>
    /// <param name="sources">Folders the build reads (content, templates): the output may neither hold nor sit inside them.</param>
    public static OutputFolder? Prepare(string target, string displayPath, IEnumerable<string> sources, List<Diagnostic> diagnostics)
    {
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

            HashSet<string>? previous = null;
            if (Directory.Exists(target))
            {
                previous = ReadManifest(target);
                if (previous is null && Directory.EnumerateFileSystemEntries(target).Any(e => Path.GetFileName(e) != "README.md"))
                {
                    diagnostics.Add(Error(displayPath,
                        "The output folder holds files SiteGen did not write and has no manifest of a previous build; choose an empty or new folder with --out, or empty this one."));
                    return null;
                }
            }

            var parent = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent, Path.GetFileName(target));
            var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Suffix()}");
            Directory.CreateDirectory(staging);
            return new OutputFolder(target, staging, displayPath, previous);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Error(displayPath, $"The output folder cannot be prepared: {ex.Message}"));
            return null;
        }
    }

    /// <summary>
    /// Writes the manifest, carries the user's own files over and swaps the staged site in. On any
    /// failure the previous output is put back as it was and false is returned with a diagnostic.
    /// </summary>
    public bool Commit(List<Diagnostic> diagnostics)
    {
        var written = Directory.EnumerateFiles(Staging, "*", SearchOption.AllDirectories)
            .Select(f => Relative(Staging, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        File.WriteAllText(Path.Combine(Staging, ManifestFile), string.Join("\n", written.Prepend(ManifestHeader)) + "\n");

        if (!Directory.Exists(Target))
        {
            return Attempt(diagnostics, () => Directory.Move(Staging, Target));
        }

        var kept = UserEntries(Target, _previous ?? []).ToList();
        var clashes = kept.Where(e => Path.Exists(Path.Combine(Staging, e))).ToList();
        if (clashes.Count > 0)
        {
            diagnostics.Add(Error(_display,
                $"{string.Join(", ", clashes)} in the output folder {(clashes.Count == 1 ? "was" : "were")} not written by SiteGen, but this build writes {(clashes.Count == 1 ? "it" : "them")}; move {(clashes.Count == 1 ? "it" : "them")} elsewhere."));
            return false;
        }

        var moved = new List<string>();
        var old = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.old-{Suffix()}");
        var swapped = Attempt(diagnostics, () =>
        {
            foreach (var entry in kept)
            {
                Move(Path.Combine(Target, entry), Path.Combine(Staging, entry));
                moved.Add(entry);
            }

            Directory.Move(Target, old);
            try
            {
                Directory.Move(Staging, Target);
            }
            catch
            {
                Directory.Move(old, Target);
                throw;
            }
        });

        if (!swapped)
        {
            foreach (var entry in moved)
            {
                Move(Path.Combine(Staging, entry), Path.Combine(Target, entry)); // give the user's files back
            }

            return false;
        }

        try
        {
            Directory.Delete(old, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.OutputFailed, SourceSpan.WholeFile(_display),
                $"The new site is in place, but the previous one could not be removed from {old}: {ex.Message}", null));
        }

        return true;
    }

    /// <summary>Removes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    /// <summary>Entries of the output folder the previous build did not write: whole folders where it wrote nothing inside.</summary>
    private static IEnumerable<string> UserEntries(string root, HashSet<string> written)
    {
        var writtenFolders = written.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        var pending = new Stack<string>([""]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var entry in Directory.EnumerateFileSystemEntries(Path.Combine(root, folder)).Order(StringComparer.Ordinal))
            {
                var relative = Relative(root, entry);
                if (relative == ManifestFile || written.Contains(relative))
                {
                    continue;
                }

                if (Directory.Exists(entry) && writtenFolders.Contains(relative) && new DirectoryInfo(entry).LinkTarget is null)
                {
                    pending.Push(relative);
                }
                else
                {
                    yield return relative;
                }
            }
        }
    }

    private static IEnumerable<string> Ancestors(string relativeFile)
    {
        for (var slash = relativeFile.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = relativeFile.IndexOf('/', slash + 1))
        {
            yield return relativeFile[..slash];
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

        foreach (var source in sources.Select(s => Path.TrimEndingDirectorySeparator(Path.GetFullPath(s))))
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

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static HashSet<string>? ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestFile);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : null;
    }

    /// <summary>Staging and retired folders of builds that were killed before they could clean up.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var leftover in Directory.EnumerateDirectories(parent, $".{name}.tmp-*").Concat(Directory.EnumerateDirectories(parent, $".{name}.old-*")))
        {
            try
            {
                Directory.Delete(leftover, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Still in use by a build running now, or not ours to delete: leave it.
            }
        }
    }

    private bool Attempt(List<Diagnostic> diagnostics, Action action)
    {
        try
        {
            action();
            _committed = true;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Error(_display, $"The new site could not be moved into place, so the previous one was kept: {ex.Message}"));
            return false;
        }
    }

    private static void Move(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static Diagnostic Error(string displayPath, string message) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.OutputFailed, SourceSpan.WholeFile(displayPath), message, null);

    private static string Suffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
