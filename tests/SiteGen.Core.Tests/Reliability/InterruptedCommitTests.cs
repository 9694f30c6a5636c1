using System.Diagnostics;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Reliability;

/// <summary>
/// A build killed at any step of moving its files into the output folder (SIGKILL: no clean-up runs)
/// never costs the user a file, and the next build leaves exactly the new site beside them.
/// The build runs in its own process (<c>SiteGen.FaultHost</c>), which kills itself after a given step.
/// </summary>
public sealed class InterruptedCommitTests : IDisposable
{
    private const int UserFiles = 3_000;

    private readonly Workspace _workspace = Workspace.OfRepository();
    private readonly string _scratch = Directory.CreateTempSubdirectory("sitegen-interrupt-").FullName;

    [Fact]
    public void KilledAtAnyStepOfTheCommit_TheNextBuildFinishesIt_AndEveryUserFileSurvives()
    {
        var cache = Path.Combine(_scratch, "cache");
        Assert.Equal(0, Host(0, cache).ExitCode); // the first site, with the template cache filled
        AddUserFiles();
        var before = Workspace.Snapshot(_workspace.Site);
        var users = before.Keys.Where(IsUsers).ToList();
        Assert.Equal(UserFiles + 3, users.Count);

        // The next build replaces every page (a template changed), moves 2.2 (a new slug) and adds nothing else.
        _workspace.Edit("templates/html/_Layout.cshtml", "<main", "<main data-build=\"2\"");
        _workspace.Edit("content/experiments/02-controllers/2.2-deployment-rolling-update.yaml", "slug: deployment-rolling-update", "slug: rolling-update");
        var expected = Expected();
        var steps = int.Parse(Host(0, cache, dryRunOn: Copy(before)).Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(steps > 20, $"only {steps} commit steps");

        foreach (var killAfter in KillPoints(steps))
        {
            Restore(before);

            var killed = Host(killAfter, cache);
            Assert.True(killed.ExitCode == 137, $"step {killAfter}: the build was not killed (exit {killed.ExitCode}): {killed.Error}");
            var afterKill = Workspace.Snapshot(_workspace.Site);
            Assert.All(users, f => Assert.True(afterKill.TryGetValue(f, out var bytes) && bytes.AsSpan().SequenceEqual(before[f]), $"step {killAfter}: {f} was lost by the kill"));

            var (next, report) = Builds.Run(_workspace, cacheDirectory: cache);
            Assert.True(next.Succeeded, $"step {killAfter}: {report}");
            var site = Workspace.Snapshot(_workspace.Site);
            Assert.All(users, f => Assert.True(site.TryGetValue(f, out var bytes) && bytes.AsSpan().SequenceEqual(before[f]), $"step {killAfter}: {f} was lost"));
            var ours = site.Where(f => !IsUsers(f.Key)).ToDictionary();
            Assert.Equal(expected.Keys, ours.Keys.Order(StringComparer.Ordinal));
            Assert.All(ours, f => Assert.True(f.Value.AsSpan().SequenceEqual(expected[f.Key]), $"step {killAfter}: {f.Key} is not what a clean build writes"));
            Assert.Equal(["content", "site", "templates"], Builds.EntriesBesideOutput(_workspace.Root));
        }
    }

    public void Dispose()
    {
        _workspace.Dispose();
        Directory.Delete(_scratch, recursive: true);
    }

    /// <summary>Every step in a long run (<c>SITEGEN_LONG_TESTS=1</c>); otherwise the first and last few and some between.</summary>
    private static IEnumerable<int> KillPoints(int steps) =>
        LongRuns.Enabled
            ? Enumerable.Range(1, steps)
            : new[] { 1, 2, 3, steps / 4, steps / 2, 3 * steps / 4, steps - 3, steps - 2, steps - 1, steps }.Distinct().Order();

    private static bool IsUsers(string path) =>
        path.StartsWith("user/", StringComparison.Ordinal) || path is "CNAME" or ".git/HEAD" or "zh/02-controllers/my-own-page.html";

    private void AddUserFiles()
    {
        _workspace.Write("site/CNAME", "labs.example.org\n");
        _workspace.Write("site/.git/HEAD", "ref: refs/heads/gh-pages\n");
        _workspace.Write("site/zh/02-controllers/my-own-page.html", "<p>mine, in a folder SiteGen writes to</p>\n");
        for (var i = 0; i < UserFiles; i++)
        {
            _workspace.Write($"site/user/{i % 30:00}/note-{i:0000}.txt", $"note {i}\n");
        }
    }

    /// <summary>What a clean build of the changed workspace writes.</summary>
    private SortedDictionary<string, byte[]> Expected()
    {
        var clean = Path.Combine(_scratch, "clean", "site");
        var (result, report) = Builds.Run(_workspace.Content, _workspace.Templates, clean, _workspace.Root);
        Assert.True(result.Succeeded, report);
        return Workspace.Snapshot(clean);
    }

    private string Copy(SortedDictionary<string, byte[]> files)
    {
        var folder = Path.Combine(_scratch, "dry-run", "site");
        Write(files, folder);
        return folder;
    }

    private void Restore(SortedDictionary<string, byte[]> files)
    {
        Directory.Delete(_workspace.Site, recursive: true);
        Write(files, _workspace.Site);
    }

    private static void Write(SortedDictionary<string, byte[]> files, string folder)
    {
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    private (int ExitCode, string Output, string Error) Host(int killAfter, string cache, string? dryRunOn = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "SiteGen.FaultHost.dll"),
            _workspace.Content, _workspace.Templates, dryRunOn ?? _workspace.Site, cache,
            killAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the fault host hung");
        return (process.ExitCode, output.Result, error.Result);
    }
}
