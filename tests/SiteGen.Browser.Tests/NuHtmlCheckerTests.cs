using System.Diagnostics;
using System.Text.Json;

namespace SiteGen.Browser.Tests;

/// <summary>The Nu HTML Checker (vnu.jar from npm vnu-jar), run once over every HTML file and once over the CSS.</summary>
public sealed class NuHtmlCheckerTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Nu_html_checker_reports_no_errors()
    {
        var root = Path.GetFullPath(TestPaths.SiteRoot);
        var all = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.') || s == "vendor"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var html = all.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var css = all.Where(f => f.EndsWith(".css", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(html);

        // Two runs, not one with --also-check-css: that flag shifts every HTML line number up by one (vnu 26.9.27).
        var errors = new List<string>();
        errors.AddRange(await RunAsync(root, [], html, output));
        if (css.Count > 0)
        {
            errors.AddRange(await RunAsync(root, ["--css"], css, output));
        }

        output.WriteLine($"{html.Count} HTML and {css.Count} CSS files checked");
        Report.NoProblems("(all pages)", "Nu HTML Checker", errors);
    }

    /// <returns>The errors, as "file:line:column: message [extract]"; warnings and infos go to the test output.</returns>
    internal static async Task<List<string>> RunAsync(string root, string[] extraArgs, List<string> files, ITestOutputHelper output)
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("JAVA") is { Length: > 0 } j ? j : "java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --stdout: the report goes to stdout (default: stderr). --exit-zero-always: we judge the JSON, not the exit code.
        // --no-langdetect: its guess is wrong for zh pages full of English commands ("appears to be written in Norwegian").
        string[] args = ["-jar", TestPaths.VnuJar, "--format", "json", "--stdout", "--exit-zero-always", "--no-langdetect", .. extraArgs];
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var f in files)
        {
            psi.ArgumentList.Add(f);
        }

        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(cts.Token);
        Assert.True(process.ExitCode == 0, $"vnu.jar exited with {process.ExitCode}: {await stderr}");

        using var json = JsonDocument.Parse(await stdout);
        var errors = new List<string>();
        foreach (var m in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = m.GetProperty("type").GetString();
            var sub = m.TryGetProperty("subType", out var st) ? st.GetString() : null;
            var file = m.TryGetProperty("url", out var u) ? Relative(root, u.GetString()!) : "(no file)";
            var line = m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
            var col = m.TryGetProperty("firstColumn", out var fc) ? fc.GetInt32() : 0;
            var extract = m.TryGetProperty("extract", out var e) ? e.GetString()!.Replace("\n", "⏎") : "";
            var text = $"{file}:{line}:{col}: {type}{(sub is null ? "" : "/" + sub)}: {m.GetProperty("message").GetString()}" +
                       (extract.Length > 0 ? $"  [{extract}]" : "");
            if (type is "error" or "non-document-error")
            {
                errors.Add(text);
            }
            else
            {
                output.WriteLine(text);
            }
        }
        return errors;
    }

    private static string Relative(string root, string url) =>
        url.StartsWith("file:", StringComparison.Ordinal) // vnu writes "file:/tmp/site/x.html"
            ? Path.GetRelativePath(root, Uri.UnescapeDataString(url["file:".Length..])).Replace('\\', '/')
            : url;
}
