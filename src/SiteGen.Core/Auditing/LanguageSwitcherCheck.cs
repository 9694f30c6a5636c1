using Microsoft.Playwright;

namespace SiteGen.Auditing;

/// <summary>
/// The language switcher leads to the same page in each other language, and that page's switcher leads back.
/// Clicks, in a visit of its own with scripts blocked: only navigation matters, and Mermaid would cost ~2 s per load.
/// </summary>
public static class LanguageSwitcherCheck
{
    /// <summary>
    /// A click has arrived once the new document is committed; waiting for its load event too
    /// (Playwright's default) timed out on a busy CI machine while Mermaid's script was still loading.
    /// </summary>
    private static readonly PageWaitForURLOptions Arrival = new() { WaitUntil = WaitUntilState.Commit, Timeout = 10_000 };

    public static async Task<IReadOnlyList<string>> RunAsync(ServedSite site, string page)
    {
        await using var visit = await PageVisit.OpenAsync(site, page, withoutScripts: true);
        var p = visit.Page;
        var problems = new List<string>();
        var start = new Uri(p.Url);
        var startLang = await p.EvaluateAsync<string>("() => document.documentElement.lang");
        var isLanguagePage = LanguageOf(site, start) is not null; // false for the language chooser at /

        // The languages: every link of the switcher but the one to another view of the page (the side-by-side page).
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
            if (lang.Length == 0)
            {
                problems.Add($"{what}: no hreflang");
                continue;
            }

            if (p.Url != start.ToString())
            {
                await p.GotoAsync(start.ToString());
            }

            var expected = new Uri(start, href);
            await p.Locator($"nav.language-switcher a[hreflang='{lang}']").First.ClickAsync();
            try
            {
                await p.WaitForURLAsync(expected.ToString(), Arrival);
            }
            catch (TimeoutException)
            {
                problems.Add($"{what}: clicking it did not go to {site.Relative(expected)} (now at {p.Url})");
                continue;
            }

            await p.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

            var arrived = new Uri(p.Url);
            var arrivedLang = await p.EvaluateAsync<string>("() => document.documentElement.lang");
            if (!string.Equals(arrivedLang, lang, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{what}: {site.Relative(arrived)} has lang=\"{arrivedLang}\"");
            }

            if (WithoutLanguage(site, arrived) != WithoutLanguage(site, start))
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
            try
            {
                await p.WaitForURLAsync(start.ToString(), Arrival);
            }
            catch (TimeoutException)
            {
                problems.Add($"{what}: the way back from {site.Relative(arrived)} goes to {site.Relative(new Uri(p.Url))}, not {page}");
            }
        }

        return problems;
    }

    private static string? LanguageOf(ServedSite site, Uri u)
    {
        var first = site.Relative(u).Split('/')[0];
        return site.LanguageFolders.Contains(first) ? first : null;
    }

    private static string WithoutLanguage(ServedSite site, Uri u)
    {
        var rel = site.Relative(new Uri(LinkChecks.Normal(u)));
        var first = rel.Split('/')[0];
        return site.LanguageFolders.Contains(first) ? rel[first.Length..].TrimStart('/') : rel;
    }
}
