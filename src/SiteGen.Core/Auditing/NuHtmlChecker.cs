using System.Diagnostics;
using System.Text.Json;

namespace SiteGen.Auditing;

/// <summary>The Nu HTML Checker (vnu.jar, shipped under vendor/vnu/, on Java), run over a built site's HTML and CSS.</summary>
public static class NuHtmlChecker
{
    /// <summary>
    /// Checks every HTML file of the site (or only <paramref name="pages"/>) and every CSS file, leaving out dot-folders
    /// and vendor/ (files SiteGen ships as they are).
    /// </summary>
    public static async Task<NuCheckResult> CheckSiteAsync(string java, string vnuJar, string root, IReadOnlyList<string>? pages = null, CancellationToken cancel = default)
    {
        root = Path.GetFullPath(root);
        var all = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.') || s == "vendor"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var html = pages is null
            ? [.. all.Where(f => f.EndsWith(".html", StringComparison.Ordinal))]
            : pages.Select(p => Path.Combine(root, p.Replace('/', Path.DirectorySeparatorChar))).ToList();
        var css = all.Where(f => f.EndsWith(".css", StringComparison.Ordinal)).ToList();

        // Two runs, not one with --also-check-css: that flag shifts every HTML line number up by one (vnu 26.9.27).
        var first = await RunAsync(java, vnuJar, root, [], html, cancel);
        var second = css.Count > 0 && first.Failure is null ? await RunAsync(java, vnuJar, root, ["--css"], css, cancel) : first with { Messages = [] };
        return new NuCheckResult([.. first.Messages, .. second.Messages], html.Count, css.Count, first.Failure ?? second.Failure);
    }

    /// <summary>One run of vnu.jar over the given files; messages name the files relative to <paramref name="root"/>.</summary>
    public static async Task<NuCheckResult> RunAsync(string java, string vnuJar, string root, string[] extraArgs, IReadOnlyList<string> files, CancellationToken cancel = default)
    {
        if (files.Count == 0)
        {
            return new NuCheckResult([], 0, 0, null);
        }

        var psi = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // --stdout: the report goes to stdout (default: stderr). --exit-zero-always: we judge the JSON, not the exit code.
        // --no-langdetect: its guess is wrong for zh pages full of English commands ("appears to be written in Norwegian").
        string[] args = ["-jar", vnuJar, "--format", "json", "--stdout", "--exit-zero-always", "--no-langdetect", .. extraArgs, .. files];
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(psi)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new NuCheckResult([], 0, 0, $"{java} did not start ({e.Message}); set {AuditTools.JavaVariable} to a java binary (Debian and Ubuntu: sudo apt-get install default-jre-headless)");
        }

        using var started = process;
        var stdout = process.StandardOutput.ReadToEndAsync(cancel);
        var stderr = process.StandardError.ReadToEndAsync(cancel);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            return new NuCheckResult([], 0, 0, $"{Path.GetFileName(vnuJar)} exited with {process.ExitCode}: {(await stderr).Trim()}");
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(await stdout);
        }
        catch (JsonException e)
        {
            return new NuCheckResult([], 0, 0, $"{Path.GetFileName(vnuJar)} printed no report ({e.Message}): {(await stderr).Trim()}");
        }

        using (json)
        {
            var messages = new List<NuMessage>();
            foreach (var m in json.RootElement.GetProperty("messages").EnumerateArray())
            {
                messages.Add(new NuMessage(
                    m.TryGetProperty("url", out var u) ? Relative(root, u.GetString()!) : "(no file)",
                    m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0,
                    m.TryGetProperty("firstColumn", out var fc) ? fc.GetInt32() : 0,
                    m.GetProperty("type").GetString() ?? "",
                    m.TryGetProperty("subType", out var st) ? st.GetString() : null,
                    m.GetProperty("message").GetString() ?? "",
                    m.TryGetProperty("extract", out var e) ? e.GetString()!.Replace("\n", "⏎", StringComparison.Ordinal) : ""));
            }

            return new NuCheckResult(messages, 0, 0, null);
        }
    }

    private static string Relative(string root, string url) =>
        url.StartsWith("file:", StringComparison.Ordinal) // vnu writes "file:/tmp/site/x.html"
            ? Path.GetRelativePath(root, Uri.UnescapeDataString(url["file:".Length..])).Replace('\\', '/')
            : url;
}
