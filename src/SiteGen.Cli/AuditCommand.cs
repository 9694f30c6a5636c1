using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using SiteGen.Auditing;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen audit [SITE]</c>: the project's browser quality gate, run on any built site. Serves it on a loopback
/// port, looks at every page in headless Chromium (links, assets, hreflang, the language switcher, axe-core, body
/// and diagram-label contrast in light and dark, no sideways scrolling at 375 px, no outside requests) and runs the
/// Nu HTML Checker; prints each problem as a diagnostic on its page and exits 1 when there is any.
/// </summary>
internal sealed class AuditCommand : Command
{
    private readonly Argument<DirectoryInfo> _site = new("site")
    {
        Description = "The built site's folder",
        DefaultValueFactory = _ => new DirectoryInfo("site"),
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string[]> _pages = new("--page")
    {
        Description = "Audit only this page (its path in the site, such as en/index.html); repeatable. Default: every page",
        HelpName = "PATH",
        DefaultValueFactory = _ => [],
    };

    private readonly Option<string?> _baseUrl = new("--base-url")
    {
        Description = "The URL the site is published at, which its canonical and hreflang links start with. Default: read from the site (its base_url)",
        HelpName = "URL",
    };

    public AuditCommand()
        : base("audit", "Check a built site in Chromium (links, hreflang, accessibility, contrast, 375px phones, outside requests) and with the Nu HTML Checker")
    {
        Arguments.Add(_site);
        Options.Add(_pages);
        Options.Add(_baseUrl);
        CommonOptions.Check(_baseUrl, url => url is null || PublicUrl(url) is not null,
            "--base-url must be an absolute http or https URL, such as https://user.github.io/notes/.");
        SetAction((parse, cancel) => RunAsync(parse, cancel));
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancel)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var display = PathDisplay.CurrentDirectory;
        var site = parse.GetValue(_site)!.FullName;

        if (AuditTools.Find(BuildOptions.DefaultVendorDirectory, out var missing) is not { } tools)
        {
            foreach (var problem in missing)
            {
                output.Write(DiagnosticFormatter.Format(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.AuditCannotRun,
                    SourceSpan.WholeFile(display.Of(site)), problem)) + "\n");
            }

            output.Write("The site was not audited.\n");
            return ExitCodes.ContentErrors;
        }

        var pages = parse.GetValue(_pages) is { Length: > 0 } chosen ? chosen.Select(p => p.Replace('\\', '/').TrimStart('/')).ToList() : null;
        error.Write($"Auditing {display.Of(site)} in Chromium and with the Nu HTML Checker...\n");
        var done = 0;
        var options = new AuditOptions(site, tools, display)
        {
            Pages = pages,
            PublicBaseUrl = parse.GetValue(_baseUrl) is { } url ? PublicUrl(url) : null,
            Progress = new Progress(page =>
            {
                var n = Interlocked.Increment(ref done);
                if (n % 10 == 0)
                {
                    lock (error)
                    {
                        error.Write(string.Create(CultureInfo.InvariantCulture, $"  {n} pages looked at\n"));
                    }
                }
            }),
        };

        // Ctrl+C (SIGINT) and SIGTERM stop the audit: no page starts loading after it, and Chromium and Java are closed.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        AuditResult result;
        try
        {
            result = await SiteAuditor.AuditAsync(options, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            error.Write("Audit stopped.\n");
            return ExitCodes.Interrupted;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            output.Write(DiagnosticFormatter.Format(diagnostic) + "\n");
        }

        var errors = result.Diagnostics.Count(d => d.IsError);
        output.Write(string.Create(CultureInfo.InvariantCulture,
            $"{result.Pages} {(result.Pages == 1 ? "page" : "pages")} audited: {errors} {(errors == 1 ? "problem" : "problems")}.\n"));
        return result.Passed ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>An absolute http or https URL, ending with a slash as base_url does; null for anything else.</summary>
    private static Uri? PublicUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
            : null;

    /// <summary>Reports on the calling thread, not the captured context's: the command line has none worth posting to.</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
