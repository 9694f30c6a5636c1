using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace SiteGen.Browser.Tests;

/// <summary>Each check runs once per built page; a failure names the page, the check and what is wrong.</summary>
[Collection(SiteCollection.Name)]
public sealed class PageTests(SiteFixture site, ITestOutputHelper output)
{
    public static TheoryData<string> Pages => TestPaths.PageData();

    /// <summary>
    /// A click has arrived once the new document is committed; waiting for its load event too
    /// (Playwright's default) timed out on a busy CI machine while Mermaid's script was still loading.
    /// </summary>
    static readonly PageWaitForURLOptions Arrival = new() { WaitUntil = WaitUntilState.Commit, Timeout = 10_000 };

    public static TheoryData<string, Variant> PagesInBothSchemes
    {
        get
        {
            var data = new TheoryData<string, Variant>();
            foreach (var p in TestPaths.Pages()) { data.Add(p, Variant.Light); data.Add(p, Variant.Dark); }
            return data;
        }
    }

    [Theory, MemberData(nameof(PagesInBothSchemes))]
    public async Task Every_mermaid_diagram_is_drawn(string page, Variant variant)
    {
        var r = await site.ReportAsync(page, variant);
        Report.NoProblems(page, $"mermaid diagrams ({variant.Describe()})", r.DiagramProblems);
    }

    [Theory, MemberData(nameof(PagesInBothSchemes))]
    public async Task Loads_without_console_errors_failed_or_foreign_requests(string page, Variant variant)
    {
        var r = await site.ReportAsync(page, variant);
        foreach (var w in r.ConsoleWarnings)
        {
            output.WriteLine("console warning: " + w);
        }

        Report.NoProblems(page, $"page load ({variant.Describe()})", [
            .. r.ConsoleErrors.Select(e => "console error: " + e),
            .. r.PageErrors.Select(e => "uncaught exception: " + e),
            .. r.FailedRequests.Select(e => "failed request: " + e),
            .. r.ErrorResponses,
            .. r.ForeignRequests.Select(e => "request to another host (blocked): " + e),
        ]);
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Internal_links_and_resources_resolve(string page)
    {
        var r = await site.ReportAsync(page, Variant.Light);
        var problems = new List<string>();
        var checkedCount = 0;
        foreach (var reference in r.References.EnumerateArray())
        {
            var tag = reference.GetProperty("tag").GetString()!;
            var raw = reference.GetProperty("raw").GetString()!;
            var what = $"<{tag} {reference.GetProperty("attr").GetString()}=\"{raw}\">";
            if (!Uri.TryCreate(reference.GetProperty("url").GetString(), UriKind.Absolute, out var url))
            {
                problems.Add($"{what}: not a valid URL");
                continue;
            }
            if (url.Scheme is "mailto" or "tel" or "data")
            {
                continue;
            }

            var local = site.MapPublicUrl(url);
            if (!site.IsLocal(local))
            {
                // Links may leave the site; anything the page loads must not.
                if (tag != "a" && !tag.Contains("rel=alternate") && !tag.Contains("rel=canonical"))
                {
                    problems.Add($"{what}: resource on another host ({url.Host})");
                }

                continue;
            }

            checkedCount++;
            var (status, location, body) = await site.FetchAsync(local);
            if (status != HttpStatusCode.OK)
            {
                problems.Add($"{what}: HTTP {(int)status}{(location is null ? "" : " -> " + location)} for {site.Relative(local)}");
                continue;
            }

            // #fragment: the target page must have that id.
            if (url.Fragment.Length > 1 && body is not null)
            {
                var id = Uri.UnescapeDataString(url.Fragment[1..]);
                var doc = new HtmlParser().ParseDocument(body);
                if (doc.GetElementById(id) is null)
                {
                    problems.Add($"{what}: {site.Relative(local)} has no element with id \"{id}\"");
                }
            }
        }
        output.WriteLine($"{checkedCount} internal references checked");
        Report.NoProblems(page, "internal links", problems);
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Canonical_and_hreflang_alternates_exist(string page)
    {
        var head = (await site.ReportAsync(page, Variant.Light)).Head;
        var problems = new List<string>();
        var here = site.Url(page);
        var canonicals = head.GetProperty("canonical").EnumerateArray().Select(c => c.GetString()!).ToList();
        if (head.GetProperty("robots").GetString()!.Contains("noindex", StringComparison.Ordinal))
        {
            // A page search engines should leave out (a 404 page, served at any missing address) names no canonical URL or alternates.
            if (canonicals.Count + head.GetProperty("alternates").GetArrayLength() > 0)
            {
                problems.Add("a noindex page has a <link rel=canonical> or hreflang alternates");
            }

            Report.NoProblems(page, "canonical and hreflang links", problems);
            return;
        }

        if (canonicals.Count != 1)
        {
            problems.Add($"expected one <link rel=canonical>, found {canonicals.Count}");
        }

        foreach (var c in canonicals)
        {
            if (!Uri.TryCreate(c, UriKind.Absolute, out var u)) { problems.Add($"canonical \"{c}\" is not absolute"); continue; }
            var local = site.MapPublicUrl(u);
            if (!site.IsLocal(local)) { problems.Add($"canonical \"{c}\" is not under {TestPaths.PublicBaseUrl}"); continue; }
            if (Normal(local) != Normal(here))
            {
                problems.Add($"canonical \"{c}\" is {site.Relative(local)}, not this page");
            }
        }

        var alternates = head.GetProperty("alternates").EnumerateArray()
            .Select(a => (Lang: a.GetProperty("hreflang").GetString()!, Href: a.GetProperty("href").GetString()!)).ToList();
        foreach (var dup in alternates.GroupBy(a => a.Lang, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"hreflang=\"{dup.Key}\" appears {dup.Count()} times");
        }

        if (alternates.Count > 0 && !alternates.Any(a => a.Lang == "x-default"))
        {
            problems.Add("no hreflang=\"x-default\" alternate");
        }

        foreach (var (lang, href) in alternates)
        {
            var what = $"<link rel=alternate hreflang=\"{lang}\" href=\"{href}\">";
            if (!Uri.TryCreate(href, UriKind.Absolute, out var u)) { problems.Add($"{what}: not an absolute URL"); continue; }
            var local = site.MapPublicUrl(u);
            if (!site.IsLocal(local)) { problems.Add($"{what}: not under {TestPaths.PublicBaseUrl}"); continue; }
            var (status, location, body) = await site.FetchAsync(local);
            if (status != HttpStatusCode.OK) { problems.Add($"{what}: HTTP {(int)status}{(location is null ? "" : " -> " + location)}"); continue; }
            if (lang != "x-default" && body is not null)
            {
                var targetLang = new HtmlParser().ParseDocument(body).DocumentElement.GetAttribute("lang");
                if (!string.Equals(targetLang, lang, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{what}: the target page has lang=\"{targetLang}\"");
                }
            }
        }
        Report.NoProblems(page, "canonical and hreflang links", problems);
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Language_switcher_leads_to_the_same_page_in_the_other_language_and_back(string page)
    {
        // Scripts are blocked here: only navigation matters, and Mermaid would cost ~2 s per load.
        await using var visit = await PageVisit.OpenAsync(site, page, withoutScripts: true);
        var p = visit.Page;
        var problems = new List<string>();
        var start = new Uri(p.Url);
        var startLang = await p.EvaluateAsync<string>("() => document.documentElement.lang");
        var isLanguagePage = LanguageOf(start) is not null; // false for the language chooser at /

        // The languages: every link of the switcher but the one to another view of the page (ParallelViewTests).
        var switcher = p.Locator("nav.language-switcher a[href]:not(.view-link)");
        var targets = new List<(string Lang, string Href)>();
        for (var i = 0; i < await switcher.CountAsync(); i++)
        {
            targets.Add((await switcher.Nth(i).GetAttributeAsync("hreflang") ?? "", await switcher.Nth(i).GetAttributeAsync("href") ?? ""));
        }

        if (targets.Count == 0)
        {
            problems.Add("no nav.language-switcher a[href]");
        }

        // On a language's own pages the current language is shown (aria-current), not linked.
        if (isLanguagePage && targets.Any(t => string.Equals(t.Lang, startLang, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"the switcher links to the page's own language ({startLang}) instead of marking it aria-current");
        }

        foreach (var (lang, href) in targets)
        {
            var what = $"switcher link hreflang=\"{lang}\" href=\"{href}\"";
            if (lang.Length == 0) { problems.Add($"{what}: no hreflang"); continue; }
            if (p.Url != start.ToString())
            {
                await p.GotoAsync(start.ToString());
            }

            var expected = new Uri(start, href);
            await p.Locator($"nav.language-switcher a[hreflang='{lang}']").First.ClickAsync();
            try { await p.WaitForURLAsync(expected.ToString(), Arrival); }
            catch (TimeoutException) { problems.Add($"{what}: clicking it did not go to {site.Relative(expected)} (now at {p.Url})"); continue; }
            await p.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

            var arrived = new Uri(p.Url);
            var arrivedLang = await p.EvaluateAsync<string>("() => document.documentElement.lang");
            if (!string.Equals(arrivedLang, lang, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{what}: {site.Relative(arrived)} has lang=\"{arrivedLang}\"");
            }

            if (WithoutLanguage(arrived) != WithoutLanguage(start))
            {
                problems.Add($"{what}: leads to {site.Relative(arrived)}, which is not the same page in another language");
            }

            if (!isLanguagePage)
            {
                continue; // nothing links back to the chooser from the switcher
            }

            // ...and back: the target's switcher must link to where we started.
            var back = p.Locator($"nav.language-switcher a[hreflang='{startLang}']");
            if (await back.CountAsync() == 0)
            {
                problems.Add($"{what}: {site.Relative(arrived)} has no switcher link back to hreflang=\"{startLang}\"");
                continue;
            }
            await back.First.ClickAsync();
            try { await p.WaitForURLAsync(start.ToString(), Arrival); }
            catch (TimeoutException) { problems.Add($"{what}: the way back from {site.Relative(arrived)} goes to {site.Relative(new Uri(p.Url))}, not {page}"); }
        }
        Report.NoProblems(page, "language switcher", problems);
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Nothing_scrolls_horizontally_at_375px(string page)
    {
        var r = await site.ReportAsync(page, Variant.Narrow);
        var problems = new List<string>();
        if (r.ScrollWidth > r.ClientWidth)
        {
            problems.Add($"document.documentElement.scrollWidth {r.ScrollWidth} > clientWidth {r.ClientWidth}");
            problems.AddRange(r.Overflowing.Select(o => "sticks out: " + o));
        }
        Report.NoProblems(page, "horizontal overflow at 375px", problems);
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Dark_scheme_gives_a_dark_background_and_light_a_light_one(string page)
    {
        var problems = new List<string>();
        foreach (var variant in new[] { Variant.Dark, Variant.Light })
        {
            var r = await site.ReportAsync(page, variant);
            var bg = Colour.Parse(r.Background);
            var l = Colour.Luminance(bg);
            var contrast = Colour.Contrast(Colour.Parse(r.TextColour), bg);
            output.WriteLine($"{variant}: body background {r.Background} (luminance {l:0.000}), text {r.TextColour}, contrast {contrast:0.0}:1");
            if (variant == Variant.Dark && l > 0.1)
            {
                problems.Add($"dark scheme: body background {r.Background} has luminance {l:0.000} (want <= 0.1)");
            }

            if (variant == Variant.Light && l < 0.5)
            {
                problems.Add($"light scheme: body background {r.Background} has luminance {l:0.000} (want >= 0.5)");
            }

            if (contrast < 7)
            {
                problems.Add($"{variant}: body text {r.TextColour} on {r.Background} has contrast {contrast:0.0}:1 (want >= 7)");
            }
        }
        Report.NoProblems(page, "colour scheme", problems);
    }

    [Theory, MemberData(nameof(PagesInBothSchemes))]
    public async Task Axe_finds_no_serious_or_critical_violations(string page, Variant variant)
    {
        var r = await site.ReportAsync(page, variant);
        foreach (var v in r.Axe.Where(v => v.Impact is not ("serious" or "critical")))
        {
            output.WriteLine("not failing: " + v);
        }

        Report.NoProblems(page, $"axe-core ({variant.Describe()})",
            r.Axe.Where(v => v.Impact is "serious" or "critical").Select(v => v.ToString()));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task With_javascript_off_every_diagram_is_an_svg_and_no_script_is_loaded(ColorScheme scheme)
    {
        var problems = new List<string>();
        var drawn = 0;
        foreach (var page in TestPaths.Pages().Where(p => p.Count(c => c == '/') == 3))
        {
            await using var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ColorScheme = scheme });
            var tab = await context.NewPageAsync();
            var scripts = new List<string>();
            tab.Request += (_, request) =>
            {
                if (request.ResourceType == "script")
                {
                    scripts.Add(request.Url);
                }
            };
            await tab.GotoAsync(site.Url(page).ToString());
            foreach (var diagram in await tab.QuerySelectorAllAsync("figure.diagram, pre.mermaid"))
            {
                var shown = await diagram.EvaluateAsync<int>(
                    "d => [...d.querySelectorAll('.diagram-art > div > svg')].filter(s => getComputedStyle(s.parentElement).display !== 'none' && s.getBoundingClientRect().width > 0).length");
                if (shown != 1)
                {
                    problems.Add($"{page}: a diagram shows {shown} drawn SVGs, not 1");
                }

                drawn += shown;
            }

            problems.AddRange(scripts.Select(url => $"{page}: loads the script {url}"));
        }

        Assert.True(drawn >= 6, $"the sample's pages should show at least 6 diagrams; they show {drawn}");
        Report.NoProblems("(experiment pages)", $"diagrams without JavaScript ({scheme})", problems);
    }

    [Fact]
    public async Task Screenshots_of_the_home_pages_and_experiment_2_1_exist()
    {
        var pages = TestPaths.Pages().Where(SiteFixture.IsPhotographed).ToList();
        Assert.True(pages.Count >= 7, "expected index.html, {lang}/index.html and {lang}/.../2.1-statefulset/index.html and parallel.html; found " + string.Join(", ", pages));
        Assert.Contains(pages, p => p.EndsWith("/2.1-statefulset/parallel.html", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.StartsWith("en/tags/", StringComparison.Ordinal) && p.Count(c => c == '/') == 3);
        var missing = new List<string>();
        foreach (var page in pages)
        {
            foreach (var variant in Enum.GetValues<Variant>())
        {
            var r = await site.ReportAsync(page, variant);
            if (r.Screenshot is null || !File.Exists(r.Screenshot))
                {
                    missing.Add($"{page} ({variant.Describe()})");
                }
                else
                {
                    output.WriteLine(r.Screenshot);
                }
            }
        }

        Report.NoProblems("(screenshots)", "full-page PNGs in " + TestPaths.ScreenshotDir, missing);
    }

    private static string Normal(Uri u)
    {
        var path = u.AbsolutePath;
        if (path.EndsWith("/index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        return u.GetLeftPart(UriPartial.Authority) + path;
    }

    private string? LanguageOf(Uri u)
    {
        var first = site.Relative(u).Split('/')[0];
        return site.LanguageFolders.Contains(first) ? first : null;
    }

    private string WithoutLanguage(Uri u)
    {
        var rel = Normal(u)[site.Server.BaseAddress.GetLeftPart(UriPartial.Authority).Length..].TrimStart('/');
        var first = rel.Split('/')[0];
        return site.LanguageFolders.Contains(first) ? rel[first.Length..].TrimStart('/') : rel;
    }
}

public static class Colour
{
    /// <summary>Parses "rgb(r, g, b)", "rgba(r, g, b, a)" and "rgb(r g b / a)" as returned by getComputedStyle.</summary>
    public static (double R, double G, double B) Parse(string css)
    {
        if (!css.StartsWith("rgb", StringComparison.Ordinal))
        {
            throw new FormatException($"Unexpected colour \"{css}\"");
        }

        var inner = css[(css.IndexOf('(') + 1)..css.LastIndexOf(')')];
        var parts = inner.Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        double P(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return (P(parts[0]), P(parts[1]), P(parts[2]));
    }

    /// <summary>WCAG relative luminance, 0 (black) to 1 (white).</summary>
    public static double Luminance((double R, double G, double B) c)
    {
        static double Lin(double v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4); }
        return 0.2126 * Lin(c.R) + 0.7152 * Lin(c.G) + 0.0722 * Lin(c.B);
    }

    public static double Contrast((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }
}
