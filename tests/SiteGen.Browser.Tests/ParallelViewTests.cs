using System.Text.Json;

namespace SiteGen.Browser.Tests;

/// <summary>
/// The side-by-side view of each experiment (<c>…/parallel.html</c>) as readers get it: on a wide screen each
/// section's languages beside each other, the page's own first; at 375 px stacked, each labelled with its
/// language, and nothing scrolls sideways; reached from the experiment page's switcher, and leading back.
/// The page is also in <see cref="TestPaths.Pages"/>, so every check of <see cref="PageTests"/> runs on it, and
/// experiment 2.1's is photographed in every variant (<see cref="SiteFixture.IsPhotographed"/>).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ParallelViewTests(SiteFixture site, ITestOutputHelper output)
{
    public static TheoryData<string> ParallelPages()
    {
        var data = new TheoryData<string>();
        foreach (var page in TestPaths.Pages().Where(p => p.EndsWith("/parallel.html", StringComparison.Ordinal)))
        {
            data.Add(page);
        }

        return data;
    }

    [Fact]
    public void Every_experiment_page_has_a_side_by_side_page()
    {
        var pages = TestPaths.Pages();
        var experiments = pages.Where(p => p.Count(c => c == '/') == 3 && p.EndsWith("/index.html", StringComparison.Ordinal) && !p.Contains("/tags/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(experiments);
        Assert.All(experiments, e => Assert.Contains(e[..^"index.html".Length] + "parallel.html", pages));
    }

    [Theory, MemberData(nameof(ParallelPages))]
    public async Task At_375px_each_sections_languages_are_stacked_and_labelled_and_nothing_scrolls_sideways(string page)
    {
        var layout = await LayoutAsync(page, 375);
        var problems = new List<string>();
        if (layout.ScrollWidth > layout.ClientWidth)
        {
            problems.Add($"the page scrolls sideways: scrollWidth {layout.ScrollWidth} > clientWidth {layout.ClientWidth}");
        }

        foreach (var row in layout.Rows)
        {
            foreach (var (above, below) in row.Cells.Zip(row.Cells.Skip(1)))
            {
                if (below.Top < above.Bottom - 1)
                {
                    problems.Add($"#{row.Id}: the {below.Lang} cell (top {below.Top:0}) is not below the {above.Lang} cell (bottom {above.Bottom:0})");
                }
            }

            foreach (var cell in row.Cells)
            {
                if (Math.Abs(cell.Left - row.Left) > 1 || Math.Abs(cell.Width - row.Width) > 1)
                {
                    problems.Add($"#{row.Id}: the {cell.Lang} cell ({cell.Left:0}px from the left, {cell.Width:0}px wide) does not take the row's width ({row.Left:0}, {row.Width:0})");
                }

                if (!cell.LabelShown)
                {
                    problems.Add($"#{row.Id}: the {cell.Lang} cell shows no language label");
                }
            }
        }

        output.WriteLine($"{layout.Rows.Count} rows of {string.Join(" + ", layout.Rows[0].Cells.Select(c => c.Lang))}");
        Report.NoProblems(page, "side by side at 375px", problems);
    }

    [Theory, MemberData(nameof(ParallelPages))]
    public async Task At_1280px_each_sections_languages_are_side_by_side_the_pages_own_first(string page)
    {
        var layout = await LayoutAsync(page, 1280);
        var problems = new List<string>();
        var languages = site.LanguageFolders.Count;
        foreach (var row in layout.Rows)
        {
            if (row.Cells.Count != languages)
            {
                problems.Add($"#{row.Id}: {row.Cells.Count} cells, not one per language ({languages})");
            }

            if (row.Cells.FirstOrDefault()?.Lang is { } first && !string.Equals(first, layout.Lang, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"#{row.Id}: the first column is {first}, not the page's language {layout.Lang}");
            }

            foreach (var (left, right) in row.Cells.Zip(row.Cells.Skip(1)))
            {
                if (Math.Abs(left.Top - right.Top) > 1 || right.Left < left.Right - 1)
                {
                    problems.Add($"#{row.Id}: the {right.Lang} cell ({right.Left:0}, {right.Top:0}) is not beside the {left.Lang} cell ({left.Right:0}, {left.Top:0})");
                }
            }

            problems.AddRange(row.Cells.Where(c => c.Width < 400).Select(c => $"#{row.Id}: the {c.Lang} column is only {c.Width:0}px wide"));
        }

        Report.NoProblems(page, "side by side at 1280px", problems);
    }

    [Fact]
    public async Task The_switcher_leads_from_each_experiment_page_to_its_side_by_side_page_which_leads_back_to_each_language()
    {
        var problems = new List<string>();
        foreach (var parallel in TestPaths.Pages().Where(p => p.EndsWith("/2.1-statefulset/parallel.html", StringComparison.Ordinal)))
        {
            var experiment = parallel[..^"parallel.html".Length] + "index.html";
            await using var visit = await PageVisit.OpenAsync(site, experiment, withoutScripts: true);
            var p = visit.Page;
            var lang = await p.EvaluateAsync<string>("() => document.documentElement.lang");

            await p.Locator("nav.language-switcher a.view-link").ClickAsync();
            await Arrive(p, parallel, lang, "the switcher's side-by-side link", problems);

            // Back to each language's own page, by the links named in that language...
            var versions = p.Locator(".parallel-versions a");
            for (var i = 0; i < await versions.CountAsync(); i++)
            {
                var hreflang = await versions.Nth(i).GetAttributeAsync("hreflang") ?? "";
                var target = new Uri(new Uri(p.Url), await versions.Nth(i).GetAttributeAsync("href") ?? "");
                await versions.Nth(i).ClickAsync();
                await Arrive(p, site.Relative(target), hreflang, $"the link to the {hreflang} page", problems);
                await p.GotoAsync(site.Url(parallel).ToString());
            }

            // ...and by the switcher, to the page it came from.
            await p.Locator("nav.language-switcher a.view-link").ClickAsync();
            await Arrive(p, experiment, lang, "the switcher's way back", problems);
        }

        Report.NoProblems("(experiment 2.1)", "side-by-side links", problems);
    }

    private async Task Arrive(IPage p, string expected, string lang, string what, List<string> problems)
    {
        try
        {
            await p.WaitForURLAsync(site.Url(expected).ToString(), new() { WaitUntil = WaitUntilState.Commit, Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            problems.Add($"{what} did not lead to {expected} (now at {site.Relative(new Uri(p.Url))})");
            return;
        }

        await p.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var arrived = await p.EvaluateAsync<string>("() => document.documentElement.lang");
        if (!string.Equals(arrived, lang, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{what}: {expected} has lang=\"{arrived}\", not {lang}");
        }
    }

    private sealed record Cell(string Lang, double Left, double Right, double Top, double Bottom, double Width, bool LabelShown);

    private sealed record Row(string Id, double Left, double Width, IReadOnlyList<Cell> Cells);

    private sealed record Layout(string Lang, int ScrollWidth, int ClientWidth, IReadOnlyList<Row> Rows);

    /// <summary>Where each row and cell of the page is, once the page (and its diagrams) are drawn at that width.</summary>
    private async Task<Layout> LayoutAsync(string page, int width)
    {
        await using var visit = await PageVisit.OpenAsync(site, page, ColorScheme.Light, width, 900);
        var json = await visit.Page.EvaluateAsync<JsonElement>("""
            () => {
              const de = document.documentElement;
              const box = e => { const b = e.getBoundingClientRect();
                return { left: b.left, right: b.right, top: b.top + scrollY, bottom: b.bottom + scrollY, width: b.width }; };
              const shown = e => !!e && e.getBoundingClientRect().width > 0 && getComputedStyle(e).visibility !== 'hidden';
              return {
                lang: de.lang, scrollWidth: de.scrollWidth, clientWidth: de.clientWidth,
                rows: [...document.querySelectorAll('.parallel-row')].map(r => ({
                  id: r.id || '(introduction)', box: box(r),
                  cells: [...r.children].map(c => ({ lang: c.lang, box: box(c), label: shown(c.querySelector('.cell-language')) }))
                }))
              };
            }
            """);
        var rows = json.GetProperty("rows").EnumerateArray().Select(r => new Row(
            r.GetProperty("id").GetString()!,
            r.GetProperty("box").GetProperty("left").GetDouble(),
            r.GetProperty("box").GetProperty("width").GetDouble(),
            [.. r.GetProperty("cells").EnumerateArray().Select(c => new Cell(
                c.GetProperty("lang").GetString()!,
                c.GetProperty("box").GetProperty("left").GetDouble(),
                c.GetProperty("box").GetProperty("right").GetDouble(),
                c.GetProperty("box").GetProperty("top").GetDouble(),
                c.GetProperty("box").GetProperty("bottom").GetDouble(),
                c.GetProperty("box").GetProperty("width").GetDouble(),
                c.GetProperty("label").GetBoolean()))])).ToList();
        Assert.True(rows.Count > 1, $"{page} has {rows.Count} .parallel-row");
        return new Layout(json.GetProperty("lang").GetString()!, json.GetProperty("scrollWidth").GetInt32(), json.GetProperty("clientWidth").GetInt32(), rows);
    }
}
