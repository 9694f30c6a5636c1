using System.Net;

namespace SiteGen.Browser.Tests;

/// <summary>
/// A host serves a 404 page at whatever address was missing, however deep: there it must still have its
/// style sheet, and every link on it must lead somewhere. (At their own addresses the 404 pages go through
/// every check of <see cref="PageTests"/> like the other pages.)
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class NotFoundPageTests(SiteFixture site, ITestOutputHelper output)
{
    [Theory]
    [InlineData("zh/02-controllers/9.9-no-such-experiment/", "zh-CN", "页面不存在")]
    [InlineData("en/tags/no/such/tag/index.html", "en", "Page not found")]
    [InlineData("no-such-folder/deeper/page.html", "zh-CN", "页面不存在 · Page not found")]
    public async Task A_missing_address_shows_a_404_page_with_its_style_and_links_that_work(string missing, string lang, string heading)
    {
        await using var visit = await PageVisit.OpenAsync(site, missing);
        var p = visit.Page;
        var problems = new List<string>();

        Assert.Equal(lang, await p.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Equal(heading, await p.EvaluateAsync<string>("() => document.querySelector('h1').textContent"));

        // The page itself is the one error response (Chromium logs it as a console error too): nothing it loads may be missing.
        var itself = $"(at {site.Url(missing)}:0:0)";
        problems.AddRange(visit.ErrorResponses.Where(e => !e.Contains("for document", StringComparison.Ordinal) && !e.Contains("the page itself", StringComparison.Ordinal)));
        problems.AddRange(visit.ConsoleErrors.Where(e => !(e.Contains("status of 404", StringComparison.Ordinal) && e.EndsWith(itself, StringComparison.Ordinal))));
        problems.AddRange(visit.FailedRequests.Concat(visit.ForeignRequests).Concat(visit.PageErrors));
        if (!visit.ErrorResponses.Any(e => e.StartsWith("HTTP 404 for document", StringComparison.Ordinal)))
        {
            problems.Add("the missing address was not answered with 404");
        }

        if (!await p.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href?.endsWith('/assets/site.css') && s.cssRules.length > 0)"))
        {
            problems.Add("site.css did not load");
        }

        var links = await p.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
        // The site's own links: an outside one (the footer's licence) is the reader's to follow, and this machine has no internet.
        foreach (var link in links.Select(l => new Uri(l)).Where(u => u.Fragment.Length == 0 && site.IsLocal(u)))
        {
            var (status, _, _) = await site.FetchAsync(link);
            if (status != HttpStatusCode.OK)
            {
                problems.Add($"the link to {site.Relative(link)} answers HTTP {(int)status}");
            }
        }

        output.WriteLine($"{links.Length} links checked");
        Assert.True(links.Length >= 4, $"only {links.Length} links");
        Report.NoProblems(missing, "404 page at a missing address", problems);
    }
}
