using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Checking;
using SiteGen.Core.Tests.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Rendering.Html;
using SiteGen.Rendering.Markdown;
using SiteGen.Rendering.Text;
using SiteGen.Rendering.Views;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// The side-by-side view: for each experiment and language, <c>parallel.html</c> beside the experiment's page,
/// every section in a row with each language's version of it (the page's own language first), written by
/// the same partials as the experiment pages, with ids that stay unique on the page.
/// </summary>
public sealed partial class ParallelPagesTests
{
    private const string Experiment = "02-controllers/2.1-statefulset/";

    private static readonly HtmlParser Parser = new();

    private static readonly Lazy<SortedDictionary<string, byte[]>> Fixtures = new(() =>
    {
        var fixtures = Path.Combine(TestPaths.Here(), "Rendering", "Fixtures");
        var (result, report, files) = Builds.InMemory(fixtures, RepositoryPaths.Templates, fixtures);
        Assert.True(result.Succeeded, report);
        return files;
    });

    public static TheoryData<string> Sites => ["sample", "fixtures"];

    [Fact]
    public void EveryExperimentPage_HasASideBySidePageBesideIt_InTheSameLanguage()
    {
        var files = Builds.Sample.Value.Files;
        var experiments = files.Keys.Where(k => k.EndsWith("/" + SiteLayout.ReportFile, StringComparison.Ordinal)).Select(k => k[..^SiteLayout.ReportFile.Length] + SiteLayout.PageFile).ToList();
        var parallel = files.Keys.Where(k => k.EndsWith("/" + SiteLayout.ParallelFile, StringComparison.Ordinal)).ToList();

        Assert.Equal(6, experiments.Count);
        Assert.Equal(experiments.Select(e => e[..^SiteLayout.PageFile.Length] + SiteLayout.ParallelFile).Order(StringComparer.Ordinal), parallel.Order(StringComparer.Ordinal));
        Assert.All(parallel, path => Assert.Equal(path.StartsWith("zh/", StringComparison.Ordinal) ? "zh-CN" : "en", Page(files, path).DocumentElement.GetAttribute("lang")));
    }

    [Theory]
    [InlineData("zh", new[] { "zh-CN", "en" })]
    [InlineData("en", new[] { "en", "zh-CN" })]
    public void EverySection_IsARow_HoldingThatSectionOfEachLanguage_AsItsOwnPageShowsIt_ThePagesLanguageFirst(string language, string[] columns)
    {
        var files = Builds.Sample.Value.Files;
        var page = Page(files, $"{language}/{Experiment}parallel.html");
        var rows = page.QuerySelectorAll("div.parallel-row[id]").ToList();

        var sections = Page(files, $"{language}/{Experiment}index.html").QuerySelectorAll("article > section[id]").Select(s => s.Id).ToList();
        Assert.Equal(11, sections.Count);
        Assert.Equal(sections, rows.Select(r => r.Id));
        Assert.Equal(sections.Select(s => "#" + s), page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));
        foreach (var row in rows)
        {
            var cells = row.Children.ToList();
            Assert.Equal(columns, cells.Select(c => c.GetAttribute("lang")));
            foreach (var cell in cells)
            {
                var code = cell.GetAttribute("lang") == "zh-CN" ? "zh" : "en";
                var own = Page(files, $"{code}/{Experiment}index.html").GetElementById(row.Id!)!;
                Assert.Equal(own.QuerySelector("h2")!.TextContent, cell.QuerySelector("h2")!.TextContent[..own.QuerySelector("h2")!.TextContent.Length]);
                Assert.Equal(cell.GetAttribute("lang") == "zh-CN" ? "中文" : "English", cell.QuerySelector("h2 .cell-language")!.TextContent);

                // The same partial given the same language's view: the same markup, but for the column's id prefix.
                Assert.Equal(Body(own, ""), Body(cell, code + "-"));
            }
        }
    }

    [Theory, MemberData(nameof(Sites))]
    public void IdsAreUniqueOnTheSideBySidePage_AndEveryReferenceToOneResolves(string site)
    {
        var files = site == "sample" ? Builds.Sample.Value.Files : Fixtures.Value;
        var pages = files.Keys.Where(k => k.EndsWith("/" + SiteLayout.ParallelFile, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        var problems = new List<string>();
        foreach (var path in pages)
        {
            var page = Page(files, path);
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            problems.AddRange(ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{path}: id \"{g.Key}\" appears {g.Count()} times"));
            var known = ids.ToHashSet(StringComparer.Ordinal);
            var references = page.QuerySelectorAll("[for], [aria-labelledby], [aria-describedby], [data-labelledby], [data-describedby]")
                .SelectMany(e => new[] { "for", "aria-labelledby", "aria-describedby", "data-labelledby", "data-describedby" }
                    .SelectMany(a => (e.GetAttribute(a) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                .Concat(page.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).Where(f => f.Length > 0)); // "#" is the page's top
            problems.AddRange(references.Where(r => !known.Contains(r)).Select(r => $"{path}: refers to \"{r}\", which no element has"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void UntranslatedText_StaysMarked_InEachColumn_InThatColumnsLanguage()
    {
        var page = Page(Fixtures.Value, "en/01-edge-cases/1.1-fallback/parallel.html");

        // The English column shows the Chinese-only text in Chinese, marked in English...
        var expected = page.QuerySelector("#steps > [lang='en'] #en-step-1 ul li")!;
        Assert.Equal("中文预期结果", expected.QuerySelector("span[lang='zh-CN']")!.TextContent);
        Assert.Equal("Not yet translated", expected.QuerySelector(".badge")!.TextContent);

        // ...and the Chinese column the English-only text in English, marked in Chinese.
        var title = page.QuerySelector("#steps > [lang='zh-CN'] #zh-step-1 h3")!;
        Assert.Equal("Only an English title", title.QuerySelector("span[lang='en']")!.TextContent);
        Assert.Equal("尚未翻译", title.QuerySelector(".badge")!.TextContent);

        Assert.Equal(
            ["English: passages not yet translated, shown in the original and marked: 5.", "中文: passages not yet translated, shown in the original and marked: 1."],
            page.QuerySelectorAll(".experiment-header .notice").Select(n => n.TextContent));
        Assert.Equal(["en", "zh-CN"], page.QuerySelectorAll(".experiment-header .notice span[lang]").Select(s => s.GetAttribute("lang")));
    }

    [Theory]
    [InlineData("zh", "双语对照", "只看中文", "en")]
    [InlineData("en", "Side by side", "English only", "zh")]
    public void TheSwitcher_LeadsFromAnExperimentPage_ToItsSideBySidePage_WhichLinksBackToEachSingleLanguagePage(string language, string parallel, string single, string other)
    {
        var files = Builds.Sample.Value.Files;
        var experimentPath = $"{language}/{Experiment}index.html";
        var parallelPath = $"{language}/{Experiment}parallel.html";

        var there = Page(files, experimentPath).QuerySelector("nav.language-switcher a.view-link")!;
        Assert.Equal((parallelPath, parallel), (Resolve(experimentPath, there.GetAttribute("href")!), there.TextContent));

        var page = Page(files, parallelPath);
        var back = page.QuerySelector("nav.language-switcher a.view-link")!;
        Assert.Equal((experimentPath, single), (Resolve(parallelPath, back.GetAttribute("href")!), back.TextContent));

        // The language switcher leads to the same view in the other language, as on every page.
        var switched = page.QuerySelector("nav.language-switcher a[hreflang]")!;
        Assert.Equal($"{other}/{Experiment}parallel.html", Resolve(parallelPath, switched.GetAttribute("href")!));
        Assert.Equal(parallel, page.QuerySelector(".breadcrumbs [aria-current]")!.TextContent);

        // A link to each language's own page, named in that language, the page's own first.
        var versions = page.QuerySelectorAll(".parallel-versions a").ToList();
        Assert.Equal([experimentPath, $"{other}/{Experiment}index.html"], versions.Select(a => Resolve(parallelPath, a.GetAttribute("href")!)));
        Assert.Equal([single, language == "zh" ? "English only" : "只看中文"], versions.Select(a => a.TextContent));
        Assert.All(versions, a => Assert.Equal(a.GetAttribute("hreflang"), a.GetAttribute("lang")));
        Assert.All(versions, a => Assert.True(files.ContainsKey(Resolve(parallelPath, a.GetAttribute("href")!))));
    }

    [Fact]
    public void ASectionOnlyOneLanguageHas_StillGetsItsRow_InItsPlace_WithAMarkedEmptyCellForTheOther()
    {
        var page = Build("en", "2.1");
        var (en, zh) = (page.Columns[0], page.Columns[1]);

        var rows = ParallelPageBuilder.Rows([Without(en, "learnings"), Without(zh, "references")]);

        Assert.Equal(page.Rows.Select(r => r.Anchor), rows.Select(r => r.Anchor));
        var learnings = rows.Single(r => r.Anchor == "learnings");
        Assert.Equal((null, true), (learnings.Cells[0].Section, learnings.Cells[1].Section is not null));
        Assert.Equal(("关键学习点", "zh-CN"), (learnings.Title, learnings.TitleLang)); // titled in the language that has it
        var references = rows.Single(r => r.Anchor == "references");
        Assert.Equal((true, null), (references.Cells[0].Section is not null, references.Cells[1].Section));
        Assert.Equal(("References", null), (references.Title, references.TitleLang));

        var html = Parser.ParseDocument(Render(page with { Rows = rows }));
        var empty = html.QuerySelector("#learnings > .parallel-missing")!;
        Assert.Equal("en", empty.GetAttribute("lang"));
        Assert.Equal(["English", "This section has no English version."], empty.Children.Select(c => c.TextContent));
        Assert.Equal("本节没有中文版本。", html.QuerySelector("#references > .parallel-missing[lang='zh-CN'] .muted")!.TextContent);
        var entry = html.QuerySelector("nav.toc a[href='#learnings']")!;
        Assert.Equal(("关键学习点", "zh-CN"), (entry.TextContent, entry.GetAttribute("lang")));
    }

    [Fact]
    public void ASiteWithOneLanguage_HasNoSideBySidePages_AndNoLinkToThem()
    {
        using var workspace = Workspace.OfRepository();
        workspace.WithoutRecords();
        workspace.Write("content/site.yaml", """
            title: 实验笔记
            languages:
              - {code: zh, locale: zh-CN, name: 中文}
            default_language: zh
            chapters:
              - {number: 2, slug: controllers, title: 控制器}
            """);
        workspace.Write("content/experiments/02-controllers/2.1-minimal.yaml", "id: \"2.1\"\nslug: minimal\nchapter: 2\ntitle: 最小记录\ndate: 2024-01-01\nsummary:\n  one_line: 只有必填字段\n");

        var (result, report, files) = Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root);

        Assert.True(result.Succeeded, report);
        Assert.DoesNotContain(files.Keys, k => k.EndsWith(SiteLayout.ParallelFile, StringComparison.Ordinal));
        Assert.Null(Page(files, "zh/02-controllers/2.1-minimal/index.html").QuerySelector(".view-link"));
    }

    /// <summary>A section's content after its heading, with the ids the column's prefix put in front of taken off again.</summary>
    private static string Body(IElement section, string prefix) =>
        IdAttribute().Replace(
            string.Concat(section.Children.Skip(1).Select(c => c.OuterHtml)),
            m => m.Value.StartsWith(m.Groups["name"].Value + "=\"" + prefix, StringComparison.Ordinal) || prefix.Length == 0
                ? m.Groups["name"].Value + "=\"" + m.Groups["value"].Value[prefix.Length..] + "\""
                : throw new Xunit.Sdk.XunitException($"{m.Value} lacks the column's prefix {prefix}"));

    [GeneratedRegex("(?<name>id|for|aria-labelledby|aria-describedby|data-labelledby|data-describedby)=\"(?<value>[^\"]*)\"")]
    private static partial Regex IdAttribute();

    private static ParallelColumn Without(ParallelColumn column, string anchor) =>
        column with { Page = column.Page with { Sections = [.. column.Page.Sections.Where(s => s.Anchor != anchor)] } };

    /// <summary>The side-by-side view of a sample record, built as the build builds it.</summary>
    private static ParallelPage Build(string language, string id)
    {
        var display = new PathDisplay(RepositoryPaths.Root);
        var content = new ContentChecker(display).Check(RepositoryPaths.Content);
        var config = content.Config!;
        var catalogue = new Catalogue(config, content.ValidRecords);
        var entry = catalogue.Find(id)!;
        var record = RecordLoader.Load(File.ReadAllBytes(entry.Path), entry.DisplayPath, [.. config.LanguageCodes], new DiagnosticBag()).Record!;
        var ui = UiStringsLoader.Load(RepositoryPaths.Templates, config, display, new DiagnosticBag())!;
        return ParallelPageBuilder.Build(record, entry, language, config, ui, catalogue, new ProseMarkdown());
    }

    private static string Render(ParallelPage page)
    {
        var diagnostics = new DiagnosticBag();
        var razor = RazorPageRenderer.Create(RepositoryPaths.Templates, new PathDisplay(RepositoryPaths.Root), diagnostics);
        var html = razor?.Render(OutputFormatTemplate, page, "the test's side-by-side page", diagnostics);
        Assert.True(html is not null, string.Join("\n", diagnostics.Select(d => d.Message)));
        return html!;
    }

    private static string OutputFormatTemplate => SiteGen.Building.Planning.OutputFormat.ParallelPage.Template;

    private static IHtmlDocument Page(IReadOnlyDictionary<string, byte[]> files, string path) =>
        Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(files[path]));

    private static string Resolve(string from, string href)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var part in href.Split('#')[0].Split('/'))
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
