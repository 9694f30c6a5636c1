using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// A 404 page at the root (the one GitHub Pages and most hosts serve) and one per language. A host serves it
/// at whatever address was missing, so every link on it starts at the root of the site, never at the page.
/// </summary>
public sealed class NotFoundPagesTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] NotFoundPages = ["404.html", "en/404.html", "zh/404.html"];

    [Fact]
    public void ThereIsA404PageAtTheRoot_AndOneInEachLanguagesFolder()
    {
        Assert.Equal(NotFoundPages, Builds.Sample.Value.Files.Keys.Where(k => k.EndsWith("404.html", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("404.html")]
    [InlineData("en/404.html")]
    [InlineData("zh/404.html")]
    public void Every404Link_StartsAtTheSiteRoot_AndLeadsToAFileTheBuildWrote(string page)
    {
        var links = Links(Page(Builds.Sample.Value.Files, page)).ToList();

        Assert.True(links.Count >= 6, $"{page} has only {links.Count} links");
        Assert.All(links, href =>
        {
            Assert.StartsWith("/", href, StringComparison.Ordinal);
            Assert.True(Builds.Sample.Value.Files.ContainsKey(href[1..]), $"{page} links to {href}, which is not built");
        });
    }

    [Fact]
    public void The404Pages_AreNotIndexed_AndOnlyThey()
    {
        foreach (var (path, _) in Builds.Sample.Value.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = Page(Builds.Sample.Value.Files, path);
            var noindex = page.QuerySelector("meta[name=robots]")?.GetAttribute("content") == "noindex";
            Assert.Equal(NotFoundPages.Contains(path), noindex);
            if (noindex)
            {
                Assert.Null(page.QuerySelector("link[rel=canonical]"));
                Assert.Empty(page.QuerySelectorAll("link[rel=alternate][hreflang]"));
            }
        }
    }

    [Fact]
    public void TheRoot404_SpeaksEveryLanguage_EachLeadingToItsOwnIndexAndTags()
    {
        var page = Page(Builds.Sample.Value.Files, "404.html");

        Assert.Equal("页面不存在 · Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            ["zh-CN /zh/index.html /zh/tags/index.html", "en /en/index.html /en/tags/index.html"],
            page.QuerySelectorAll("section.not-found").Select(s =>
                $"{s.GetAttribute("lang")} {string.Join(" ", s.QuerySelectorAll("a").Select(a => a.GetAttribute("href")))}"));
    }

    [Fact]
    public void ALanguages404_SpeaksIt_AndItsSwitcherLeadsToTheOther404()
    {
        var page = Page(Builds.Sample.Value.Files, "en/404.html");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["/zh/404.html"], page.QuerySelectorAll(".language-switcher a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void UnderASubPath_404LinksStartThere_AndTheSitemapAndRobotsUseTheFullBaseUrl()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("content/site.yaml", "base_url: https://labs.example.org/", "base_url: https://example.github.io/k8s-notes");

        var (result, report) = Builds.Run(workspace);

        Assert.True(result.Succeeded, report);
        var files = Workspace.Snapshot(workspace.Site);
        Assert.All(NotFoundPages, path => Assert.All(Links(Page(files, path)), href =>
        {
            Assert.StartsWith("/k8s-notes/", href, StringComparison.Ordinal);
            Assert.True(files.ContainsKey(href["/k8s-notes/".Length..]), $"{path} links to {href}, which is not built");
        }));
        Assert.EndsWith("\nSitemap: https://example.github.io/k8s-notes/sitemap.xml\n", Text(files, "robots.txt"), StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.github.io/k8s-notes/zh/02-controllers/2.1-statefulset/</loc>", Text(files, "sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutABaseUrl_404LinksStartAtTheRootOfTheHost()
    {
        var (result, report, files) = Builds.SampleWithoutBaseUrl.Value;

        Assert.True(result.Succeeded, report);
        Assert.All(NotFoundPages, path => Assert.All(Links(Page(files, path)), href => Assert.True(href.StartsWith('/') && files.ContainsKey(href[1..]), $"{path} links to {href}")));
    }

    /// <summary>
    /// Every link and resource of a page but its skip link (<c>#main</c>), which works at any address, and the
    /// footer's links to other sites (the sample's licence), which site.yaml's author writes as absolute URLs.
    /// </summary>
    private static IEnumerable<string> Links(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href], link[href], script[src], img[src]")
            .Where(e => !(e.Closest(".site-footer") is not null && e.GetAttribute("href")!.StartsWith("https://creativecommons.org/", StringComparison.Ordinal)))
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(href => !href.StartsWith('#'));

    private static IHtmlDocument Page(IReadOnlyDictionary<string, byte[]> files, string path) => Parser.ParseDocument(Text(files, path));

    private static string Text(IReadOnlyDictionary<string, byte[]> files, string path) => System.Text.Encoding.UTF8.GetString(files[path]);
}
