using Microsoft.Playwright;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Auditing;

/// <summary>
/// The quality gate, run on a built site: serves it on a loopback port, opens every page in headless Chromium in
/// light and dark mode at 1280 px and in light mode at 375 px, runs every <see cref="AuditCheck"/> on it, and runs the
/// Nu HTML Checker over the site's HTML and CSS. The project's browser tests run the same checks on the sample site.
/// </summary>
public static class SiteAuditor
{
    public static async Task<AuditResult> AuditAsync(AuditOptions options, CancellationToken cancel = default)
    {
        var root = Path.GetFullPath(options.Site);
        if (Unauditable(root, options) is { } problem)
        {
            return new AuditResult([CannotRun(options.Display.Of(root), problem)], 0, 0);
        }

        ServedSite site;
        try
        {
            site = await ServedSite.StartAsync(new ServedSiteOptions(root, options.Tools.Chromium, options.Tools.AxeScript)
            {
                PublicBaseUrl = options.PublicBaseUrl ?? SiteFolder.PublicBaseUrl(root),
                Pages = options.Pages,
            });
        }
        catch (PlaywrightException e)
        {
            return new AuditResult([CannotRun(options.Tools.Chromium,
                $"Chromium did not start ({FirstLine(e.Message)}); {Diagrams.BrowserLocator.InstallHint}.")], 0, 0);
        }

        await using (site)
        {
            return await AuditAsync(site, options.Tools, options.Display, options.Progress, cancel);
        }
    }

    /// <summary>Audits every page of a site already served (and the site's CSS), reusing the page loads it has made.</summary>
    public static async Task<AuditResult> AuditAsync(ServedSite site, AuditTools tools, PathDisplay display, IProgress<string>? progress = null, CancellationToken cancel = default)
    {
        var pages = site.Pages;
        using var stop = cancel.Register(site.StopLoading);
        var nu = NuHtmlChecker.CheckSiteAsync(tools.Java, tools.VnuJar, site.Root, pages, cancel);
        var found = new List<Diagnostic>[pages.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, pages.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancel }, async (i, _) =>
        {
            var where = SourceSpan.WholeFile(display.Of(Path.Combine(site.Root, pages[i])));
            try
            {
                found[i] = [.. await AuditPageAsync(site, pages[i], where)];
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                found[i] = [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.AuditCannotRun, where,
                    $"the page could not be audited: {FirstLine(e.Message)}")];
            }

            progress?.Report(pages[i]);
        });

        var html = await nu;
        var all = found.SelectMany(f => f).ToList();
        if (html.Failure is { } failure)
        {
            all.Add(CannotRun(display.Of(site.Root), $"the Nu HTML Checker did not run: {failure}"));
        }

        all.AddRange(html.Errors.Select(m => AuditCheck.Html.Finding(
            new SourceSpan(display.Of(Path.Combine(site.Root, m.File)), m.Line, m.Column), AuditCheck.Html.Name, m.Text)));
        return new AuditResult([.. all.OrderBy(d => d.Span.File, StringComparer.Ordinal).ThenBy(d => d.Span.Line)], pages.Count, html.CssFiles);
    }

    /// <summary>Every check of one page, in <see cref="AuditCheck.All"/> order, as errors at <paramref name="where"/>.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> AuditPageAsync(ServedSite site, string page, SourceSpan where)
    {
        var light = await site.ReportAsync(page, Variant.Light);
        var dark = await site.ReportAsync(page, Variant.Dark);
        var narrow = await site.ReportAsync(page, Variant.Narrow);
        var found = new List<Diagnostic>();
        void Add(AuditCheck check, string label, IEnumerable<string> problems) =>
            found.AddRange(problems.Select(p => check.Finding(where, label, p)));

        foreach (var r in new[] { light, dark })
        {
            Add(AuditCheck.Diagrams, AuditCheck.Diagrams.Label(r.Variant), PageChecks.Diagrams(r));
        }

        foreach (var r in new[] { light, dark })
        {
            Add(AuditCheck.PageLoad, AuditCheck.PageLoad.Label(r.Variant), PageChecks.Load(r));
        }

        Add(AuditCheck.Links, AuditCheck.Links.Name, await LinkChecks.InternalLinksAsync(site, light));
        Add(AuditCheck.Alternates, AuditCheck.Alternates.Name, await LinkChecks.CanonicalAndAlternatesAsync(site, light));
        Add(AuditCheck.LanguageSwitcher, AuditCheck.LanguageSwitcher.Name, await site.GatedAsync(() => LanguageSwitcherCheck.RunAsync(site, page)));
        Add(AuditCheck.Overflow, AuditCheck.Overflow.Name, PageChecks.Overflow(narrow));
        Add(AuditCheck.ColourScheme, AuditCheck.ColourScheme.Name, PageChecks.ColourScheme(dark, light));
        foreach (var r in new[] { light, dark })
        {
            Add(AuditCheck.Accessibility, AuditCheck.Accessibility.Label(r.Variant), PageChecks.Axe(r));
        }

        return found;
    }

    private static string? Unauditable(string root, AuditOptions options)
    {
        if (!Directory.Exists(root))
        {
            return "there is no such folder; build the site first (sitegen build writes site/), or name the folder the site was built into.";
        }

        var pages = SiteFolder.Pages(root);
        if (pages.Count == 0)
        {
            return "the folder has no HTML pages, so it is not a built site; build the site first (sitegen build), or name the folder it was built into.";
        }

        var unknown = (options.Pages ?? []).Where(p => !pages.Contains(p, StringComparer.Ordinal)).ToList();
        return unknown.Count == 0 ? null
            : $"the site has no page {string.Join(", ", unknown.Select(p => $"'{p}'"))}; name a page by its path in the site, such as {pages[0]}.";
    }

    private static Diagnostic CannotRun(string file, string message) =>
        new(DiagnosticSeverity.Error, DiagnosticCodes.AuditCannotRun, SourceSpan.WholeFile(file), message);

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
