using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// Small records in <c>Fixtures/</c> for fallback, Markdown edge cases, text that looks like markup and
/// diagrams in prose, built with the real templates. Every page and report is pinned under
/// <c>Snapshots/fixtures/</c>; the facts that matter are also asserted on the parsed HTML.
/// </summary>
public sealed class FixtureSiteTests
{
    private static readonly string Fixtures = Path.Combine(TestPaths.Here(), "Rendering", "Fixtures");
    private static readonly string SnapshotFolder = Path.Combine(TestPaths.Here(), "Rendering", "Snapshots", "fixtures");

    private static readonly Lazy<(string Report, SortedDictionary<string, byte[]> Files)> Built = new(() =>
    {
        var (result, report, files) = Builds.InMemory(Fixtures, RepositoryPaths.Templates, Fixtures);
        Assert.True(result.Succeeded, report);
        return (report, files);
    });

    private static readonly PinnedSite Pins = new(SnapshotFolder, () => Built.Value.Files);

    public static TheoryData<string> Outputs() => [.. Pins.Pinned()];

    [Theory]
    [MemberData(nameof(Outputs))]
    public void Output_MatchesItsSnapshot(string path) => Pins.Verify(path);

    [Fact]
    public void EveryPageAndReport_IsPinned() => Pins.AssertEveryPageAndReportIsPinned();

    [Fact]
    public void MissingTranslations_AreWarnedWithTheirPosition()
    {
        Snapshot.Verify(Built.Value.Report, directory: "Snapshots");
    }

    [Fact]
    public void Fallback_ShowsTheOtherLanguageInItsOwnLang_WithATranslatedBadge()
    {
        var en = Page("en/01-edge-cases/1.1-fallback/index.html");
        var title = en.QuerySelector("h1")!;
        Assert.Equal("zh-CN", title.QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.Equal("只有中文的标题", title.QuerySelector("span[lang]")!.TextContent);
        Assert.Equal("Not yet translated", title.QuerySelector(".badge")!.TextContent);

        var zh = Page("zh/01-edge-cases/1.1-fallback/index.html");
        var step = zh.QuerySelector("#step-1 h3")!;
        Assert.Equal("en", step.QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.Equal("尚未翻译", step.QuerySelector(".badge")!.TextContent);

        Assert.Contains("# Lab record: 只有中文的标题 *(Not yet translated)*", Report("en/01-edge-cases/1.1-fallback/report.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatLooksLikeMarkup_IsShownLiterally_AndNeverRuns()
    {
        foreach (var language in new[] { "zh", "en" })
        {
            var page = Page($"{language}/01-edge-cases/1.3-markup/index.html");
            // The only scripts are the site's search and its result template, none from the record.
            Assert.Equal([null, "../../../pagefind/pagefind-component-ui.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).Order());
            Assert.Equal(["text/pagefind-template"], page.QuerySelectorAll("script:not([src])").Select(s => s.GetAttribute("type")));
            Assert.Empty(page.QuerySelectorAll("main script"));
            Assert.Empty(page.QuerySelectorAll("none, b, main img"));
            Assert.Equal("<none> & <script>alert(1)</script>", page.QuerySelector("h1")!.TextContent);
            var text = page.Body!.TextContent;
            Assert.Contains("--set image={{ .Values.image }} && echo \"@Model\" '<none>'", text, StringComparison.Ordinal);
            Assert.Contains("{{ page.id }} @{ throw } ```", text, StringComparison.Ordinal);
            Assert.Contains("echo '</code></pre><script>alert(1)</script>'", text, StringComparison.Ordinal);
            Assert.Contains("Error: <none> is not {{ valid }} @Model & more", text, StringComparison.Ordinal);
            Assert.Contains("@Model.Id", page.QuerySelector("meta[name=description]")!.GetAttribute("content"), StringComparison.Ordinal);

            var report = Report($"{language}/01-edge-cases/1.3-markup/report.md");
            Assert.Contains("&lt;none> & &lt;script>alert(1)&lt;/script>\n", report, StringComparison.Ordinal); // shows as written in any viewer
            Assert.Contains("--set image={{ .Values.image }} && echo \"@Model\" '<none>'", report, StringComparison.Ordinal);
            Assert.Contains("````\n", report, StringComparison.Ordinal); // the output holds ``` so its fence is longer
            Assert.Contains("`````\na fence inside ```\n\n\n\nthree blank lines above ```` and more\n`````", report, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markdown_RendersTablesListsAndLinks_ButNoRawHtmlOrUnsafeUrls()
    {
        var page = Page("zh/01-edge-cases/1.2-markdown/index.html");
        var notes = page.QuerySelector("#step-1 .notes")!;

        Assert.Equal(3, notes.QuerySelectorAll("table tr").Length);
        Assert.NotNull(notes.QuerySelector("ol > li > ul > li > ul > li > strong"));
        Assert.NotNull(notes.QuerySelector("a[href='https://kubernetes.io/docs/']"));
        Assert.NotNull(notes.QuerySelector("a[href='../other/']"));
        Assert.NotNull(notes.QuerySelector("a[href='https://example.org/auto']"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => !IsSafe(a.GetAttribute("href")!));
        Assert.DoesNotContain(notes.QuerySelectorAll("img[src]"), i => !IsSafe(i.GetAttribute("src")!));
        Assert.Empty(notes.QuerySelectorAll("b, img[onerror]"));
        Assert.Contains("<b>粗体</b> <img src=x onerror=alert(1)>", notes.TextContent, StringComparison.Ordinal);
        Assert.Contains("中文标点：逗号，句号。引号「这样」和“那样”——破折号……省略号！问号？", notes.TextContent, StringComparison.Ordinal);
        Assert.Equal("kubectl get pods", notes.QuerySelector("code")!.TextContent);

        var report = Report("zh/01-edge-cases/1.2-markdown/report.md");
        Assert.Contains("[坏链接](#)、[大小写](#)、[数据](#)", report, StringComparison.Ordinal);
        Assert.Contains("&lt;b>粗体&lt;/b> &lt;img src=x onerror=alert(1)>", report, StringComparison.Ordinal);
        Assert.Contains("[官方文档](https://kubernetes.io/docs/)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void DiagramInProse_IsDrawnByMermaid_AndStaysAFenceInTheReport()
    {
        var page = Page("en/01-edge-cases/1.4-diagram-in-prose/index.html");

        Assert.Contains("A[Start] --> B[End]", page.QuerySelector("pre.mermaid, div.mermaid")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.EndsWith("vendor/mermaid/mermaid.min.js", StringComparison.Ordinal));
        Assert.Contains("```mermaid\ngraph LR\n    A[Start] --> B[End]\n```", Report("en/01-edge-cases/1.4-diagram-in-prose/report.md"), StringComparison.Ordinal);

        Assert.Empty(Page("en/01-edge-cases/1.1-fallback/index.html").QuerySelectorAll("script[src*=mermaid]"));
    }

    private static bool IsSafe(string url) =>
        url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal)
        || url.StartsWith("mailto:", StringComparison.Ordinal) || !url.Contains(':', StringComparison.Ordinal);

    private static IDocument Page(string path) => new HtmlParser().ParseDocument(Report(path));

    private static string Report(string path) => System.Text.Encoding.UTF8.GetString(Built.Value.Files[path]);
}
