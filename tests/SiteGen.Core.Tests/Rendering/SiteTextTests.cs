using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Building;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// What site.yaml says of the site in each language: the tagline under the title of each index, the footer of
/// every page, and each tag by its name, while the tag's URL keeps the tag as records write it.
/// </summary>
public sealed class SiteTextTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// The sample with site text that goes wrong: no tagline, a footer with HTML and a script link, and a tag
    /// named in Chinese only.
    /// </summary>
    private static readonly Lazy<(BuildResult Result, string Report, SortedDictionary<string, byte[]> Files)> Rough = new(() =>
    {
        using var workspace = Workspace.OfRepository();
        var site = File.ReadAllText(workspace.PathOf("content/site.yaml"));
        var start = site.IndexOf("tagline:", StringComparison.Ordinal);
        var end = site.IndexOf("languages:", StringComparison.Ordinal);
        site = site[..start]
            + "footer: {zh: \"<b>粗体</b> [点我](javascript:alert(1))\", en: \"<b>bold</b> [click](javascript:alert(1))\"}\n"
            + site[end..site.IndexOf("tags:", StringComparison.Ordinal)]
            + "tags:\n  statefulset: {zh: 有状态应用}\n";
        File.WriteAllText(workspace.PathOf("content/site.yaml"), site);
        return Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root);
    });

    [Theory]
    [InlineData("zh/02-controllers/2.1-statefulset/index.html", "有状态应用", "../../../zh/tags/statefulset/index.html")]
    [InlineData("en/02-controllers/2.1-statefulset/index.html", "StatefulSet", "../../../en/tags/statefulset/index.html")]
    [InlineData("en/02-controllers/2.1-statefulset/parallel.html", "StatefulSet", "../../../en/tags/statefulset/index.html")]
    [InlineData("zh/index.html", "有状态应用", "../zh/tags/statefulset/index.html")]
    [InlineData("en/tags/storage/index.html", "StatefulSet", "../../../en/tags/statefulset/index.html")]
    [InlineData("zh/tags/index.html", "有状态应用", "statefulset/index.html")]
    public void ANamedTag_IsShownByItsName_InThePagesLanguage_AndLinksByItsId(string path, string name, string href)
    {
        var links = Page(Builds.Sample.Value.Files, path).QuerySelectorAll(".tags a, .tag-index a").Where(a => a.GetAttribute("href") == href).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Equal(name, a.TextContent));
    }

    [Fact]
    public void ATagWithoutAName_IsShownAsRecordsWriteIt()
    {
        var link = Page(Builds.Sample.Value.Files, "en/02-controllers/2.1-statefulset/index.html").QuerySelector(".tags a[href$='/headless-service/index.html']")!;

        Assert.Equal("headless-service", link.TextContent);
    }

    [Theory]
    [InlineData("zh", "标签：存储", "存储")]
    [InlineData("en", "Tag: Storage", "Storage")]
    public void ANamedTagsPage_HasItsNameInItsHeadingTitleAndBreadcrumbs_AtTheTagsURL(string language, string heading, string name)
    {
        var page = Page(Builds.Sample.Value.Files, $"{language}/tags/storage/index.html");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(heading + " · ", page.Title, StringComparison.Ordinal);
        Assert.Equal(name, page.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent);
        Assert.Equal($"https://labs.example.org/{language}/tags/storage/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("zh", "在本地集群上动手验证")]
    [InlineData("en", "Hands-on Kubernetes experiments")]
    public void TheTagline_IsUnderTheTitleOfEachIndex_AndIsItsDescription(string language, string start)
    {
        var page = Page(Builds.Sample.Value.Files, $"{language}/index.html");

        Assert.StartsWith(start, page.QuerySelector(".page-header h1 + p.lead")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith(start, page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh/index.html", "https://creativecommons.org/licenses/by/4.0/deed.zh-hans", "由 SiteGen 生成")]
    [InlineData("zh/04-storage/4.1-pv-pvc/index.html", "https://creativecommons.org/licenses/by/4.0/deed.zh-hans", "由 SiteGen 生成")]
    [InlineData("en/tags/pvc/index.html", "https://creativecommons.org/licenses/by/4.0/", "Built with SiteGen")]
    [InlineData("en/404.html", "https://creativecommons.org/licenses/by/4.0/", "Built with SiteGen")]
    [InlineData("404.html", "https://creativecommons.org/licenses/by/4.0/deed.zh-hans", "由 SiteGen 生成")]
    public void TheFooter_IsOnEveryPage_InItsLanguage_WithItsMarkdownLink(string path, string licence, string end)
    {
        var footer = Page(Builds.Sample.Value.Files, path).QuerySelector(".site-footer p")!;

        Assert.Equal(licence, footer.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("CC BY 4.0", footer.QuerySelector("a")!.TextContent);
        Assert.EndsWith(end, footer.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AFootersHtml_IsShownAsWritten_AndAScriptLinkLeadsNowhere()
    {
        var (result, report, files) = Rough.Value;
        Assert.True(result.Succeeded, report);

        var footer = Page(files, "en/index.html").QuerySelector(".site-footer p")!;

        Assert.Null(footer.QuerySelector("b"));
        Assert.StartsWith("<b>bold</b> click", footer.TextContent, StringComparison.Ordinal);
        Assert.Equal("#", footer.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("zh", "全部实验记录，按章节排列，每个实验附有 Markdown 报告。")]
    [InlineData("en", "Every lab record, chapter by chapter, each with its Markdown report.")]
    public void WithoutATagline_TheIndexSaysWhatItHolds(string language, string lead)
    {
        var (result, report, files) = Rough.Value;
        Assert.True(result.Succeeded, report);

        Assert.Equal(lead, Page(files, $"{language}/index.html").QuerySelector(".page-header p.lead")!.TextContent);
    }

    [Fact]
    public void ATagNameMissingTheEnglish_IsShownInChinese_MarkedAsNotYetTranslated_AndWarned()
    {
        var (result, report, files) = Rough.Value;
        Assert.True(result.Succeeded, report);

        var link = Page(files, "en/02-controllers/2.1-statefulset/index.html").QuerySelector(".tags a[href='../../../en/tags/statefulset/index.html']")!;

        Assert.Equal("zh-CN", link.QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.Equal("有状态应用", link.QuerySelector("span[lang]")!.TextContent);
        Assert.Equal("Not yet translated", link.QuerySelector(".badge")!.TextContent);
        Assert.Contains("content/site.yaml", report, StringComparison.Ordinal);
        Assert.Contains("warning SG0501: 'tags.statefulset' has no English (en) text yet", report, StringComparison.Ordinal);
        Assert.Equal("有状态应用", Page(files, "zh/02-controllers/2.1-statefulset/index.html").QuerySelector(".tags a[href='../../../zh/tags/statefulset/index.html']")!.TextContent);
    }

    private static IHtmlDocument Page(IReadOnlyDictionary<string, byte[]> files, string path) =>
        Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[path]));
}
