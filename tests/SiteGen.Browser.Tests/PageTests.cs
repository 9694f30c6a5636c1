namespace SiteGen.Browser.Tests;

/// <summary>
/// Each check of the quality gate (<see cref="AuditCheck"/>, the code <c>sitegen audit</c> runs) once per built page,
/// so a failure names the page, the check and what is wrong, in the words the audit uses; then what only the sample
/// site must show.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PageTests(SiteFixture site, ITestOutputHelper output)
{
    public static TheoryData<string> Pages => TestPaths.PageData();

    public static TheoryData<string, Variant> PagesInBothSchemes
    {
        get
        {
            var data = new TheoryData<string, Variant>();
            foreach (var p in TestPaths.Pages())
            {
                data.Add(p, Variant.Light);
                data.Add(p, Variant.Dark);
            }

            return data;
        }
    }

    [Theory, MemberData(nameof(PagesInBothSchemes))]
    public async Task Every_mermaid_diagram_is_drawn(string page, Variant variant)
    {
        var r = await site.ReportAsync(page, variant);
        Report.NoProblems(page, AuditCheck.Diagrams.Label(variant), PageChecks.Diagrams(r));
    }

    [Theory, MemberData(nameof(PagesInBothSchemes))]
    public async Task Loads_without_console_errors_failed_or_foreign_requests(string page, Variant variant)
    {
        var r = await site.ReportAsync(page, variant);
        foreach (var w in r.ConsoleWarnings)
        {
            output.WriteLine("console warning: " + w);
        }

        Report.NoProblems(page, AuditCheck.PageLoad.Label(variant), PageChecks.Load(r));
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Internal_links_and_resources_resolve(string page)
    {
        var r = await site.ReportAsync(page, Variant.Light);
        output.WriteLine($"{r.References.GetArrayLength()} references on the page");
        Report.NoProblems(page, AuditCheck.Links.Name, await LinkChecks.InternalLinksAsync(site, r));
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Canonical_and_hreflang_alternates_exist(string page)
    {
        var r = await site.ReportAsync(page, Variant.Light);
        Report.NoProblems(page, AuditCheck.Alternates.Name, await LinkChecks.CanonicalAndAlternatesAsync(site, r));
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Language_switcher_leads_to_the_same_page_in_the_other_language_and_back(string page)
    {
        Report.NoProblems(page, AuditCheck.LanguageSwitcher.Name, await LanguageSwitcherCheck.RunAsync(site, page));
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Nothing_scrolls_horizontally_at_375px(string page)
    {
        var r = await site.ReportAsync(page, Variant.Narrow);
        Report.NoProblems(page, AuditCheck.Overflow.Name, PageChecks.Overflow(r));
    }

    [Theory, MemberData(nameof(Pages))]
    public async Task Dark_scheme_gives_a_dark_background_and_light_a_light_one(string page)
    {
        var dark = await site.ReportAsync(page, Variant.Dark);
        var light = await site.ReportAsync(page, Variant.Light);
        foreach (var r in new[] { dark, light })
        {
            output.WriteLine($"{r.Variant}: body background {r.Background}, text {r.TextColour}");
        }

        Report.NoProblems(page, AuditCheck.ColourScheme.Name, PageChecks.ColourScheme(dark, light));
    }

    [Theory, MemberData(nameof(PagesInBothSchemes))]
    public async Task Axe_finds_no_serious_or_critical_violations(string page, Variant variant)
    {
        var r = await site.ReportAsync(page, variant);
        foreach (var v in r.Axe.Where(v => !v.Fails))
        {
            output.WriteLine("not failing: " + v);
        }

        Report.NoProblems(page, AuditCheck.Accessibility.Label(variant), PageChecks.Axe(r));
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
}
