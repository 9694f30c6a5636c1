using System.Text.Json;
using SiteGen.Auditing;

namespace SiteGen.Browser.Tests.Hostile;

/// <summary>
/// An SVG a record shows is published in the site's origin, where a reader can open it on its own (a click on the
/// screenshot does): there its scripts would run as the site. The hostile site's only image tries everything an
/// SVG can (<see cref="HostileSite.HostileSvg"/>); opened on its own it runs nothing and asks no other host for anything.
/// </summary>
[Collection(HostileSiteCollection.Name)]
public sealed class HostileSvgTests(HostileSiteFixture site)
{
    [Fact]
    public async Task A_hostile_SVG_shown_on_a_page_and_opened_on_its_own_runs_nothing_and_requests_nothing()
    {
        var page = site.Pages.First(p => p.StartsWith("en/", StringComparison.Ordinal) && p.EndsWith("/index.html", StringComparison.Ordinal) && p.Contains("-xss-1/", StringComparison.Ordinal));
        await using var visit = await PageVisit.OpenAsync(site, page);
        var shot = visit.Page.Locator("figure.screenshot img").First;
        await shot.ScrollIntoViewIfNeededAsync();
        await visit.Page.WaitForFunctionAsync("img => img.complete", await shot.ElementHandleAsync());
        Assert.True(await shot.EvaluateAsync<int>("img => img.naturalWidth") > 0, $"the screenshot on {page} did not load");

        // Open it as the link around it does: the SVG is now the document, in the site's origin.
        var href = await visit.Page.Locator("figure.screenshot a").First.EvaluateAsync<string>("a => a.href");
        Assert.EndsWith(".svg", href, StringComparison.Ordinal);
        await visit.Page.GotoAsync(href);
        await visit.Page.Mouse.MoveAsync(120, 40); // over the rect that had onmouseover
        await visit.Page.Mouse.ClickAsync(130, 60); // on the link and the <set> link
        await visit.Page.WaitForTimeoutAsync(200);

        var left = await visit.Page.EvaluateAsync<JsonElement>("""
            () => ({
              root: document.documentElement.localName,
              active: [...document.querySelectorAll('script, foreignObject, iframe, set, animate, style')].map(e => e.localName),
              handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name)).map(a => a.name)),
              outside: [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href')).filter(h => !h.startsWith('#')),
            })
            """);
        Assert.Equal("svg", left.GetProperty("root").GetString());
        Assert.Equal("[]", left.GetProperty("active").GetRawText());
        Assert.Equal("[]", left.GetProperty("handlers").GetRawText());
        Assert.Equal("[]", left.GetProperty("outside").GetRawText());
        Assert.Empty(visit.Tripwires);
        Assert.Empty(visit.ForeignRequests);
        Assert.Empty(visit.PageErrors);
    }
}
