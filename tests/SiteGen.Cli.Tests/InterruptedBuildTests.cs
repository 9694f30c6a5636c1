using System.Diagnostics;
using System.Globalization;
using SiteGen.Cli;
using SiteGen.Testing;

namespace SiteGen.Cli.Tests;

/// <summary>
/// <c>sitegen build</c> stopped by a real signal at any moment (SIGKILL, SIGTERM, Ctrl+C's SIGINT), with
/// thousands of the user's own files in the output folder: none of them is ever lost, and the next build
/// leaves a whole site.
/// </summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private const int UserFiles = 6_000;

    private readonly Workspace _workspace = Workspace.OfRepository();

    [Fact]
    public void SignalsAtAnyMoment_NeverLoseAUserFile()
    {
        string[] build = ["build", "--content", _workspace.Content, "--templates", _workspace.Templates, "--out", _workspace.Site];
        Assert.Equal(ExitCodes.Success, Sitegen.Run(build).ExitCode);
        for (var i = 0; i < UserFiles; i++)
        {
            // At the top of the folder, each its own entry, as a gh-pages checkout with many pages of its own would be.
            _workspace.Write($"site/own-{i:0000}.txt", $"mine {i}\n");
        }

        _workspace.Write("site/CNAME", "labs.example.org\n");
        var before = Workspace.Snapshot(_workspace.Site);
        var users = before.Keys.Where(k => k.StartsWith("own-", StringComparison.Ordinal) || k == "CNAME").ToList();
        var pages = before.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).ToList();
        // Each build changes a record's title, so it has pages to replace but nothing to recompile.
        const string record = "content/experiments/02-controllers/2.1-statefulset.yaml";
        var original = File.ReadAllText(_workspace.PathOf(record));
        _workspace.Write(record, original.Replace("zh: StatefulSet 有状态应用", "zh: StatefulSet 有状态应用 timed", StringComparison.Ordinal));
        var full = Time(build);

        var attempts = LongRuns.Enabled ? 60 : 9;
        string[] signals = ["KILL", "TERM", "INT"];
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            _workspace.Write(record, original.Replace("zh: StatefulSet 有状态应用", $"zh: StatefulSet 有状态应用 {attempt}", StringComparison.Ordinal));
            var signal = signals[attempt % signals.Length];

            // Every other attempt waits for the output folder to start changing and signals a few
            // milliseconds into that; the others signal at a point of the whole build's time.
            var atCommit = attempt % 2 == 0;
            var delay = atCommit
                ? TimeSpan.FromMilliseconds(attempt * 7 % 40)
                : full * (0.3 + (0.8 * attempt / Math.Max(1, attempts - 1)));
            var what = $"{signal} {delay.TotalMilliseconds:0} ms after {(atCommit ? "the folder started changing" : "the start")}";
            Interrupt(build, atCommit, delay, signal);
            var next = Sitegen.Run(build);

            Assert.True(next.ExitCode == ExitCodes.Success, $"{what}: {next.Output}{next.Error}");
            var site = Workspace.Snapshot(_workspace.Site);
            var lost = users.Where(f => !site.TryGetValue(f, out var bytes) || !bytes.AsSpan().SequenceEqual(before[f])).ToList();
            Assert.True(lost.Count == 0, $"{what}: lost {lost.Count} user files, such as {string.Join(", ", lost.Take(3))}");
            Assert.All(pages, p => Assert.True(site.ContainsKey(p), $"{what}: {p} is missing"));
        }
    }

    public void Dispose() => _workspace.Dispose();

    private static TimeSpan Time(string[] build)
    {
        var clock = Stopwatch.StartNew();
        using var process = Quiet(Sitegen.Start(build));
        process.WaitForExit();
        Assert.Equal(ExitCodes.Success, process.ExitCode);
        return clock.Elapsed;
    }

    private void Interrupt(string[] build, bool atCommit, TimeSpan delay, string signal)
    {
        var page = _workspace.PathOf("site/zh/02-controllers/2.1-statefulset/index.html");
        var entries = Directory.GetFileSystemEntries(_workspace.Site).Length;
        var written = File.GetLastWriteTimeUtc(page);
        using var process = Quiet(Sitegen.Start(build));
        if (atCommit)
        {
            // The folder starts changing when an entry comes or goes, or the page is replaced.
            SpinWait.SpinUntil(() => process.HasExited
                || !Directory.Exists(_workspace.Site)
                || Directory.GetFileSystemEntries(_workspace.Site).Length != entries
                || File.GetLastWriteTimeUtc(page) != written,
                TimeSpan.FromMinutes(1));
        }

        if (!process.WaitForExit(delay))
        {
            using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "sitegen did not stop");
    }

    private static Process Quiet(Process process)
    {
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
