using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Configuration;
using SiteGen.Core.Tests.Building;
using SiteGen.Model;
using SiteGen.Rendering.Sitemaps;
using SiteGen.Rendering.Views;

namespace SiteGen.Core.Tests.Rendering.Sitemaps;

/// <summary>
/// The sitemap lists every page a search engine should index, by the URL the page calls canonical, with
/// the same language versions the page's own <c>hreflang</c> links name; <c>robots.txt</c> points to it.
/// Without a base URL there is no sitemap.
/// </summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Sm = SitemapWriter.Namespace;
    private static readonly XNamespace Xhtml = SitemapWriter.XhtmlNamespace;
    private static readonly HtmlParser Parser = new();

    private static SortedDictionary<string, byte[]> Files => Builds.Sample.Value.Files;

    [Fact]
    public void TheSitemap_ListsEveryPageButThe404Pages_ByTheUrlThePageCallsCanonical()
    {
        var canonical = IndexedPages().Select(p => Head(p).QuerySelector("link[rel=canonical]")!.GetAttribute("href")).Order(StringComparer.Ordinal);

        // 6 experiment pages, 6 side-by-side pages, 2 indexes, the chooser, 2 tag indexes and 28 tag pages.
        Assert.Equal(45, Urls().Count);
        Assert.Equal(canonical, Urls().Select(u => Loc(u)));
    }

    [Fact]
    public void EachUrl_NamesTheLanguageVersionsThePageItselfNames()
    {
        var byLoc = Urls().ToDictionary(Loc);
        foreach (var page in IndexedPages())
        {
            var head = Head(page);
            var url = byLoc[head.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!];
            Assert.Equal(
                head.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))),
                url.Elements(Xhtml + "link").Select(l => ((string?)l.Attribute("hreflang"), (string?)l.Attribute("href"))));
        }
    }

    [Fact]
    public void AnExperiment_NamesEveryLanguage_AndTheDefaultLanguageAsXDefault()
    {
        var url = Url("https://labs.example.org/en/02-controllers/2.1-statefulset/");

        Assert.Equal(
            [
                "zh-CN https://labs.example.org/zh/02-controllers/2.1-statefulset/",
                "en https://labs.example.org/en/02-controllers/2.1-statefulset/",
                "x-default https://labs.example.org/zh/02-controllers/2.1-statefulset/",
            ],
            url.Elements(Xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}"));
        Assert.All(url.Elements(Xhtml + "link"), l => Assert.Equal("alternate", l.Attribute("rel")!.Value));
    }

    [Fact]
    public void TheIndexes_HaveTheLanguageChooserAsXDefault_AndTheChooserIsListedToo()
    {
        foreach (var loc in new[] { "https://labs.example.org/", "https://labs.example.org/zh/", "https://labs.example.org/en/" })
        {
            Assert.Equal("https://labs.example.org/", Url(loc).Elements(Xhtml + "link").Single(l => l.Attribute("hreflang")!.Value == "x-default").Attribute("href")!.Value);
        }
    }

    [Fact]
    public void AnExperimentsLastmod_IsItsRecordsDate_AndOtherPagesHaveNone()
    {
        Assert.Equal("2024-01-15", Url("https://labs.example.org/zh/02-controllers/2.1-statefulset/").Element(Sm + "lastmod")?.Value);
        Assert.Equal("2024-01-22", Url("https://labs.example.org/en/04-storage/4.1-pv-pvc/").Element(Sm + "lastmod")?.Value);
        Assert.Equal("2024-01-22", Url("https://labs.example.org/zh/04-storage/4.1-pv-pvc/parallel.html").Element(Sm + "lastmod")?.Value);
        Assert.Equal(12, Urls().Count(u => u.Element(Sm + "lastmod") is not null));
        Assert.Null(Url("https://labs.example.org/en/tags/pvc/").Element(Sm + "lastmod"));
    }

    [Fact]
    public void Urls_AreInOrdinalOrderOfTheirAddress()
    {
        var locs = Urls().Select(Loc).ToList();

        Assert.Equal(locs.Order(StringComparer.Ordinal), locs);
        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Robots_LetsEveryCrawlerReadEverything_AndNamesTheSitemap()
    {
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://labs.example.org/sitemap.xml\n", Text("robots.txt"));
    }

    [Fact]
    public void WithoutABaseUrl_ThereIsNoSitemap_AndRobotsNamesNone()
    {
        var (result, report, files) = Builds.SampleWithoutBaseUrl.Value;

        Assert.True(result.Succeeded, report);
        Assert.False(files.ContainsKey("sitemap.xml"));
        Assert.Equal("User-agent: *\nAllow: /\n", System.Text.Encoding.UTF8.GetString(files["robots.txt"]));
        Assert.Equal(1, result.OtherFiles);
    }

    [Fact]
    public void ABaseUrlWithChineseOrAControlCharacter_IsListedPercentEncoded_InWellFormedXml()
    {
        // Half a surrogate pair and a control character: YAML's escapes can put both in site.yaml.
        var config = new SiteConfig
        {
            Title = Localized.Of("Notes"),
            Languages = [new LanguageConfig { Code = "zh", Locale = "zh-CN", Name = "中文" }, new LanguageConfig { Code = "en", Name = "English" }],
            DefaultLanguage = "zh",
            BaseUrl = "https://example.org/笔记/\u0001" + (char)0xD800 + "/",
        };

        var xml = SitemapWriter.Write([new ListedPage("index", "zh", "zh/", null), new ListedPage("index", "en", "en/", null), new ListedPage("index", null, "", null)], config);

        var urls = XDocument.Parse(xml).Root!.Elements(Sm + "url").Select(Loc).ToList();
        Assert.Equal("https://example.org/%E7%AC%94%E8%AE%B0/%01%EF%BF%BD/zh/", urls[^1]);
        Assert.All(xml, c => Assert.True(c < 0x7f, $"U+{(int)c:X4} in the sitemap"));
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://example.org/%E7%AC%94%E8%AE%B0/%01%EF%BF%BD/sitemap.xml\n", RobotsWriter.Write(new SiteLayout(config)));
    }

    private static IEnumerable<string> IndexedPages() =>
        Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && !k.EndsWith("404.html", StringComparison.Ordinal));

    private static AngleSharp.Dom.IElement Head(string page) => Parser.ParseDocument(Text(page)).Head!;

    private static List<XElement> Urls() => [.. XDocument.Parse(Text("sitemap.xml")).Root!.Elements(Sm + "url")];

    private static XElement Url(string loc) => Urls().Single(u => Loc(u) == loc);

    private static string Loc(XElement url) => url.Element(Sm + "loc")!.Value;

    private static string Text(string path) => System.Text.Encoding.UTF8.GetString(Files[path]);
}
