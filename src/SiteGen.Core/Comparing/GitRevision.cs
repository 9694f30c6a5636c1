using System.Diagnostics;

namespace SiteGen.Comparing;

/// <summary>
/// A revision of the git repository the content is in, checked out into a temporary worktree (the working
/// tree is not touched), so the site can be built as it was. Removed again when disposed.
/// </summary>
public sealed class GitRevision : IDisposable
{
    private readonly string _repository;

    private GitRevision(string repository, string worktree)
    {
        _repository = repository;
        Worktree = worktree;
    }

    public string Worktree { get; }

    /// <summary>Checks out <paramref name="revision"/> of the repository holding <paramref name="folder"/>; null, with why, when that cannot be done.</summary>
    public static GitRevision? CheckOut(string folder, string revision, out string? problem)
    {
        var (found, top) = Git(folder, "rev-parse", "--show-toplevel");
        if (!found)
        {
            problem = $"{folder} is not in a git repository, so --rev cannot be used; compare two built sites instead.";
            return null;
        }

        var (known, _) = Git(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (!known)
        {
            problem = $"'{revision}' is not a revision of the repository at {top}; give a commit, tag or branch, such as HEAD~1 or main.";
            return null;
        }

        var worktree = Path.Combine(Path.GetTempPath(), "sitegen-rev-" + Guid.NewGuid().ToString("N")[..8]);
        var (added, error) = Git(top, "worktree", "add", "--detach", "--quiet", worktree, revision);
        if (!added)
        {
            problem = $"git could not check out {revision}: {error}";
            return null;
        }

        problem = null;
        return new GitRevision(top, worktree);
    }

    /// <summary>Where <paramref name="folder"/> (a path in the working tree) is in the checked-out revision.</summary>
    public string PathOf(string folder) => Path.Combine(Worktree, Path.GetRelativePath(_repository, Path.GetFullPath(folder)));

    public void Dispose() => Git(_repository, "worktree", "remove", "--force", Worktree);

    private static (bool Ok, string Output) Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode == 0, (process.ExitCode == 0 ? output : error).Trim());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (false, "git is not installed");
        }
    }
}
