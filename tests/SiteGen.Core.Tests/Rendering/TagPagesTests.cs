using AngleSharp.Html.Parser;
using SiteGen.Core.Tests.Building;
using SiteGen.Rendering.Views;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>Every tag leads somewhere: a page per tag and language listing its experiments, and a tag index.</summary>
public sealed class TagPagesTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void ATagsPage_ListsEveryExperimentWithTheTag_InReadingOrder_LinkedToItsPage()
    {
        var page = Page("zh/tags/storage/index.html");

        var links = page.QuerySelectorAll(".experiment-card h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../../zh/02-controllers/2.1-statefulset/index.html", "../../../zh/04-storage/4.1-pv-pvc/index.html"], links);
        Assert.Equal("标签：存储", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void EveryTagOnAnExperimentPageAndTheIndex_LinksToAPageThatExists()
    {
        var files = Builds.Sample.Value.Files;
        var pages = files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && !k.Contains("/tags/", StringComparison.Ordinal)).ToList();
        var checkedLinks = 0;
        foreach (var path in pages)
        {
            foreach (var link in Page(path).QuerySelectorAll("ul.tags a"))
            {
                var target = Resolve(path, link.GetAttribute("href")!);
                Assert.True(files.ContainsKey(target), $"{path} links tag '{link.TextContent}' to {target}, which is not built");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks >= 28, $"only {checkedLinks} tag links");
    }

    [Fact]
    public void TheTagIndex_ListsEachTagOnce_WithHowManyExperimentsHaveIt()
    {
        var page = Page("en/tags/index.html");

        var items = page.QuerySelectorAll(".tag-index li").Select(li => li.TextContent).ToList();
        Assert.Equal(14, items.Count);
        Assert.Contains("Storage Experiments: 2", items);
        Assert.Contains("rollback Experiments: 1", items);
    }

    [Theory]
    [InlineData("headless-service", "headless-service")]
    [InlineData("Rolling Update", "rolling-update")]
    [InlineData("存储", "t-")]
    public void ATagsSlug_ComesFromTheTagAlone(string tag, string slug)
    {
        Assert.StartsWith(slug, SiteLayout.TagSlug(tag), StringComparison.Ordinal);
        Assert.Equal(SiteLayout.TagSlug(tag), SiteLayout.TagSlug(tag));
    }

    [Fact]
    public void ATagUnicodeCannotNormalize_StillGetsASlug()
    {
        // Built here, not given as theory data, which would replace the lone surrogate on its way to the test.
        var tag = "lone " + (char)0xD800 + " surrogate";

        Assert.StartsWith("t-", SiteLayout.TagSlug(tag), StringComparison.Ordinal);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(string path) =>
        Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(Builds.Sample.Value.Files[path]));

    private static string Resolve(string from, string href)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var part in href.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }
}
