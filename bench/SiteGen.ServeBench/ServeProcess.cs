using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.ServeBench;

/// <summary>One "Rebuilt ..." line of the server: when this process read it (Stopwatch ticks), and what it says.</summary>
internal sealed record Rebuild(long ReadAt, double Milliseconds, int Rendered, int Reused);

/// <summary>
/// The real <c>sitegen serve --port 0</c> in a process of its own, as an author runs it: its address from the
/// "Serving ... at http://127.0.0.1:PORT/ (watching" line, and every "Rebuilt ... in N ms" line as it arrives.
/// </summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly List<Rebuild> _rebuilds = [];
    private readonly List<long> _failures = [];
    private readonly TaskCompletionSource<Uri> _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(Process process) => _process = process;

    public Uri Address { get; private set; } = null!;

    /// <summary>The first build's line ("Built N pages and ... in N ms: ...").</summary>
    public string FirstBuild { get; private set; } = "";

    /// <summary>Everything the server printed so far, standard output and error interleaved as read.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<ServeProcess> StartAsync(string sitegen, string content, string templates, string output, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { sitegen, "serve", "--content", content, "--templates", templates, "--out", output, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var serve = new ServeProcess(process);
        process.OutputDataReceived += (_, e) => serve.OnLine(e.Data, Stopwatch.GetTimestamp());
        process.ErrorDataReceived += (_, e) => serve.OnLine(e.Data, Stopwatch.GetTimestamp());
        process.Exited += (_, _) => serve._serving.TrySetException(new InvalidOperationException(
            $"sitegen serve exited (status {process.ExitCode}) before it served the site:\n{serve.Log}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            serve.Address = await serve._serving.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await serve.DisposeAsync().ConfigureAwait(false);
            throw new TimeoutException($"sitegen serve printed no 'Serving ... at' line within {timeout.TotalSeconds:0} s:\n{serve.Log}");
        }

        return serve;
    }

    private void OnLine(string? line, long at)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (ServingLine().Match(line) is { Success: true } serving)
        {
            _serving.TrySetResult(new Uri(serving.Groups[1].Value));
        }
        else if (RebuiltLine().Match(line) is { Success: true } rebuilt)
        {
            var rebuild = new Rebuild(at, Number(rebuilt, "ms"), (int)Number(rebuilt, "rendered"), (int)Number(rebuilt, "reused"));
            lock (_rebuilds)
            {
                _rebuilds.Add(rebuild);
            }
        }
        else if (line.Contains("] Build failed", StringComparison.Ordinal))
        {
            lock (_rebuilds)
            {
                _failures.Add(at);
            }
        }
        else if (line.Contains("] Built ", StringComparison.Ordinal))
        {
            FirstBuild = line;
        }
    }

    private static double Number(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>The rebuilds whose line was read at or after <paramref name="since"/> (Stopwatch ticks).</summary>
    public IReadOnlyList<Rebuild> RebuildsSince(long since)
    {
        lock (_rebuilds)
        {
            return [.. _rebuilds.Where(r => r.ReadAt >= since)];
        }
    }

    /// <summary>How many "Build failed" lines were read at or after <paramref name="since"/>.</summary>
    public int FailuresSince(long since)
    {
        lock (_rebuilds)
        {
            return _failures.Count(f => f >= since);
        }
    }

    /// <summary>Stops the server as Ctrl+C would (SIGTERM), and kills it if it has not stopped 15 s later.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync().ConfigureAwait(false);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // No kill(1): killed below.
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().ConfigureAwait(false);
            }
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"^Serving .* at (http://\S+/) \(watching")]
    private static partial Regex ServingLine();

    [GeneratedRegex(@"\] Rebuilt \d+ pages and \d+ reports into .* in (?<ms>\d+) ms: (?<rendered>\d+) rendered, (?<reused>\d+) reused\.")]
    private static partial Regex RebuiltLine();
}
