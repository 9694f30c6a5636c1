using System.Text.Json;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The search in every page's header (Pagefind's component UI over the index the build wrote): it finds
/// experiments by Chinese and English terms in the page's own language, links to the section that matched,
/// shows the experiment's id and title, works from the keyboard alone, and is accessible while open.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site, ITestOutputHelper output)
{
    [Theory]
    [InlineData("zh/index.html", "持久化", "zh/02-controllers/2.1-statefulset/")]
    [InlineData("zh/index.html", "有序", "zh/02-controllers/2.1-statefulset/")]
    [InlineData("en/index.html", "headless", "en/02-controllers/2.1-statefulset/")]
    [InlineData("en/index.html", "rolling update", "en/02-controllers/2.2-deployment-rolling-update/")]
    [InlineData("zh/04-storage/4.1-pv-pvc/index.html", "PVC", "zh/04-storage/4.1-pv-pvc/")]
    public async Task A_search_finds_the_experiment_in_the_pages_language_and_links_to_the_section(string page, string query, string expected)
    {
        await using var visit = await PageVisit.OpenAsync(site, page);
        var results = await SearchAsync(visit, query);
        output.WriteLine(string.Join("\n", results.Select(r => $"{r.Id} {r.Title} {r.Href} [{string.Join(", ", r.Sections)}]")));

        var hit = Assert.Single(results, r => new Uri(site.Url(page), r.Href).AbsolutePath == "/" + expected);
        Assert.All(results, r => Assert.StartsWith("/" + page[..page.IndexOf('/')] + "/", r.Href));
        Assert.Matches(@"^\d+\.\d+$", hit.Id);
        Assert.False(string.IsNullOrWhiteSpace(hit.Title));
        Assert.Contains(hit.Sections, s => s.StartsWith("/" + expected + "#", StringComparison.Ordinal));
        foreach (var section in hit.Sections)
        {
            var fragment = section[(section.IndexOf('#') + 1)..];
            var (_, _, body) = await site.FetchAsync(site.Url(expected + "index.html"));
            Assert.Contains($"id=\"{fragment}\"", body);
        }
    }

    [Fact]
    public async Task The_search_works_from_the_keyboard_alone()
    {
        const string page = "zh/index.html";
        await using var visit = await PageVisit.OpenAsync(site, page);
        var tab = visit.Page;
        await tab.WaitForSelectorAsync("pagefind-modal-trigger button");

        // Open with the shortcut; the input has the focus.
        await tab.Keyboard.PressAsync("/");
        await tab.WaitForFunctionAsync("() => document.activeElement?.matches('pagefind-input input')");
        await tab.Keyboard.TypeAsync("持久化");
        await tab.WaitForSelectorAsync("pagefind-results .pf-result-link");

        // Escape closes it, and the focus goes back to the page.
        await tab.Keyboard.PressAsync("Escape");
        await tab.WaitForFunctionAsync("() => !document.querySelector('pagefind-modal dialog')?.open");

        // Tab to the trigger, open with Enter, type, arrow to the first result, follow it with Enter.
        await tab.Locator("pagefind-modal-trigger button").FocusAsync();
        await tab.Keyboard.PressAsync("Enter");
        await tab.WaitForFunctionAsync("() => document.activeElement?.matches('pagefind-input input')");
        await tab.Keyboard.TypeAsync("有序");
        await tab.WaitForSelectorAsync("pagefind-results .pf-result-link");
        await tab.Keyboard.PressAsync("ArrowDown");
        var selected = await tab.EvaluateAsync<string>("() => document.activeElement?.getAttribute('href') ?? document.querySelector('[aria-selected=true], .pf-result-link:focus')?.getAttribute('href') ?? ''");
        Assert.Contains("/zh/02-controllers/2.1-statefulset/", selected);
        await Task.WhenAll(tab.WaitForURLAsync("**/zh/02-controllers/2.1-statefulset/**"), tab.Keyboard.PressAsync("Enter"));
        Assert.Contains("/zh/02-controllers/2.1-statefulset/", tab.Url);
    }

    [Theory]
    [InlineData("zh/index.html", "持久化", Variant.Light)]
    [InlineData("zh/index.html", "持久化", Variant.Dark)]
    [InlineData("en/02-controllers/2.1-statefulset/index.html", "headless", Variant.Light)]
    [InlineData("en/02-controllers/2.1-statefulset/index.html", "headless", Variant.Dark)]
    [InlineData("en/index.html", "headless", Variant.Narrow)]
    public async Task The_open_search_with_results_is_accessible(string page, string query, Variant variant)
    {
        await using var visit = await PageVisit.OpenAsync(site, page, variant.Scheme(), variant.Width(), variant.Height());
        await SearchAsync(visit, query);
        var shot = Path.Combine(TestPaths.ScreenshotDir,
            $"search-{page.Replace("/index.html", "").Replace('/', '_')}.{variant.ToString().ToLowerInvariant()}.png");
        Directory.CreateDirectory(TestPaths.ScreenshotDir);
        await visit.Page.ScreenshotAsync(new() { Path = shot, Animations = Microsoft.Playwright.ScreenshotAnimations.Disabled });

        await visit.Page.EvaluateAsync("source => (0, eval)(source)", site.AxeSource);
        var violations = await visit.Page.EvaluateAsync<JsonElement>(PageScripts.Axe);
        Report.NoProblems(page, $"axe-core with the search open ({variant})",
            violations.EnumerateArray().Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()} at " +
                string.Join("; ", v.GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("target").GetString()} {n.GetProperty("summary").GetString()}"))));
        Report.NoProblems(page, "requests while searching", [.. visit.ForeignRequests, .. visit.FailedRequests, .. visit.ErrorResponses, .. visit.PageErrors]);
    }

    private sealed record Result(string Id, string Title, string Href, IReadOnlyList<string> Sections);

    /// <summary>Opens the search, types the query, and reads the results once they have loaded.</summary>
    private static async Task<IReadOnlyList<Result>> SearchAsync(PageVisit visit, string query)
    {
        var tab = visit.Page;
        await tab.Locator("pagefind-modal-trigger button").ClickAsync();
        var input = tab.Locator("pagefind-input input");
        await input.FillAsync(query);
        try
        {
            await tab.WaitForSelectorAsync("pagefind-results .pf-result-link");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No result for {query}. " + string.Join("\n", [.. visit.ConsoleErrors, .. visit.PageErrors, .. visit.FailedRequests, .. visit.ErrorResponses, .. visit.ForeignRequests,
                await tab.EvaluateAsync<string>("() => document.querySelector('pagefind-modal')?.outerHTML.slice(0, 3000) ?? 'no modal'")]));
        }

        await tab.WaitForFunctionAsync("() => !document.querySelector('pagefind-results .pf-skeleton')");
        var results = await tab.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('pagefind-results .pf-result')].map(r => ({
              id: r.querySelector('.pf-result-id')?.textContent.trim() ?? '',
              title: (r.querySelector('.pf-result-link')?.textContent ?? '').replace(r.querySelector('.pf-result-id')?.textContent ?? '', '').trim(),
              href: r.querySelector('.pf-result-link')?.getAttribute('href') ?? '',
              sections: [...r.querySelectorAll('.pf-heading-link')].map(a => a.getAttribute('href')),
            }))
            """);
        return [.. results.EnumerateArray().Select(r => new Result(
            r.GetProperty("id").GetString()!, r.GetProperty("title").GetString()!, r.GetProperty("href").GetString()!,
            [.. r.GetProperty("sections").EnumerateArray().Select(s => s.GetString()!)]))];
    }
}
