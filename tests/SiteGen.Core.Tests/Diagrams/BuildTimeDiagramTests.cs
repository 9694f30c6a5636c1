using AngleSharp.Html.Parser;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Diagrams;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Diagrams;

/// <summary>
/// Diagrams drawn at build time, in a Chromium (CI installs Debian's): every diagram of a page is an SVG in
/// the light and the dark theme, the page loads no Mermaid script, a broken diagram fails the build at its
/// line, and a build whose diagrams are all kept draws none (starts no browser). One class, so its tests
/// that change <c>$SITEGEN_CHROMIUM</c> never run beside one another.
/// </summary>
public sealed class BuildTimeDiagramTests : IDisposable
{
    private readonly Workspace _workspace = Workspace.OfRepository();
    private readonly string _cache = Directory.CreateTempSubdirectory("sitegen-diagrams-").FullName;

    private BuildResult Build(string? output = null) => SiteBuilder.Build(
        new BuildOptions(_workspace.Content, _workspace.Templates, output ?? _workspace.Site, BuildOptions.DefaultVendorDirectory, new PathDisplay(_workspace.Root), _cache)
        {
            Diagrams = DiagramMode.Auto,
        });

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(_workspace.PathOf("site/" + path)));

    [Fact]
    public void EveryDiagram_IsAnAccessibleImage_InTheLightAndTheDarkTheme_AndThePageLoadsNoScriptButTheSearch()
    {
        var result = Build();

        Assert.True(result.Succeeded, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
        var page = Page("zh/02-controllers/2.1-statefulset/index.html");
        var diagrams = page.QuerySelectorAll(".diagram-art");
        Assert.Equal(2, diagrams.Length);
        Assert.Empty(page.QuerySelectorAll("pre.mermaid"));
        Assert.Equal(["../../../pagefind/pagefind-component-ui.js"], page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        foreach (var diagram in diagrams)
        {
            Assert.Equal("img", diagram.GetAttribute("role"));
            Assert.Equal("zh-CN", diagram.GetAttribute("lang"));
            Assert.NotNull(page.GetElementById(diagram.GetAttribute("aria-labelledby")!));
            Assert.NotNull(page.GetElementById(diagram.GetAttribute("aria-describedby")!));
            Assert.Single(diagram.QuerySelectorAll(".diagram-light > svg"));
            Assert.Single(diagram.QuerySelectorAll(".diagram-dark > svg"));
        }

        // Labels stay text, in the page's language.
        Assert.Contains("管理", diagrams[0].QuerySelector(".diagram-light svg")!.TextContent, StringComparison.Ordinal);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        // Side by side, both languages' diagrams are drawn, each in its column's language, and the SVGs' ids
        // (a diagram whose source both languages share is on the page twice) still never clash.
        var parallel = Page("zh/02-controllers/2.1-statefulset/parallel.html");
        var both = parallel.QuerySelectorAll(".diagram-art");
        Assert.Equal(4, both.Length);
        Assert.Empty(parallel.QuerySelectorAll("pre.mermaid, script[src*=mermaid]"));
        Assert.All(both, d => Assert.Equal(d.Closest(".parallel-cell")!.GetAttribute("lang"), d.GetAttribute("lang")));
        Assert.All(both, d => Assert.NotNull(parallel.GetElementById(d.GetAttribute("aria-labelledby")!)));
        var all = parallel.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(all.Count, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void HostileLabels_AreDrawnAsText_NeverAsMarkupThatRuns()
    {
        _workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "SS --> |管理| P2[Pod-1]",
            "SS --> |管理| P2[\"<img src=x onerror=alert(1)><script>alert(2)</script><a href='javascript:alert(3)'>x</a>\"]");

        var result = Build();

        Assert.True(result.Succeeded, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
        var svg = Page("en/02-controllers/2.1-statefulset/index.html").QuerySelector(".diagram-art")!.InnerHtml;
        Assert.False(SvgTidy.IsActive(svg), svg);
        Assert.DoesNotContain("<img", svg, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ADiagramInProse_IsDrawnToo_NamedInThePagesLanguage()
    {
        const string fence = "|\n      ```mermaid\n      graph LR\n        InProse --> PVC\n      ```\n      ";
        _workspace.Edit("content/experiments/04-storage/4.1-pv-pvc.yaml", "    zh: 本次实验", "    zh: " + fence + "本次实验");
        _workspace.Edit("content/experiments/04-storage/4.1-pv-pvc.yaml", "    en: The experiment began", "    en: " + fence + "The experiment began");

        var result = Build();

        Assert.True(result.Succeeded, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
        foreach (var (language, label) in new[] { ("zh", "图示"), ("en", "Diagram") })
        {
            var page = Page($"{language}/04-storage/4.1-pv-pvc/index.html");
            var art = Assert.Single(page.QuerySelectorAll(".diagram-art"), a => a.TextContent.Contains("InProse", StringComparison.Ordinal));
            Assert.Equal(label, art.GetAttribute("aria-label"));
            Assert.Empty(page.QuerySelectorAll("pre.mermaid"));
            Assert.Equal(["../../../pagefind/pagefind-component-ui.js"], page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));

            // Side by side, the same diagram is in both columns: each named in its column's language, with ids of its own.
            var parallel = Page($"{language}/04-storage/4.1-pv-pvc/parallel.html");
            var arts = parallel.QuerySelectorAll(".diagram-art").Where(a => a.TextContent.Contains("InProse", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, arts.Count);
            Assert.All(arts, a => Assert.Equal(a.Closest(".parallel-cell")!.GetAttribute("lang") == "zh-CN" ? "图示" : "Diagram", a.GetAttribute("aria-label")));
            var ids = parallel.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void TheIndexsLearningPath_IsDrawnToo_AsAGroupOfLinksToTheExperimentPages_WithHostileTitlesAsText()
    {
        const string hostile = "Q\" ]--> <b>x</b><img src=x onerror=alert(1)> #quot; fa:fa-car";
        _workspace.Edit("content/experiments/02-controllers/2.2-deployment-rolling-update.yaml", "  en: Deployment rolling update", "  en: '" + hostile.Replace("'", "''", StringComparison.Ordinal) + "'");
        _workspace.Edit("content/experiments/04-storage/4.1-pv-pvc.yaml", "    - experiment: \"2.1\"\n      done: true",
            "    - experiment: \"2.1\"\n      done: true\n    - experiment: \"4.2\"\n      title: {zh: '<b>计划</b>', en: '\"Snapshots\" <b>planned</b>'}");

        var result = Build();

        Assert.True(result.Succeeded, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
        var page = Page("en/index.html");
        Assert.Empty(page.QuerySelectorAll("pre.mermaid"));
        // The only scripts are the search's: no Mermaid runs in the reader's browser.
        Assert.Equal(["../pagefind/pagefind-component-ui.js"], page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
        Assert.Equal(["text/pagefind-template"], page.QuerySelectorAll("script:not([src])").Select(s => s.GetAttribute("type")));
        var paths = page.QuerySelectorAll("#learning-path .diagram-art");
        Assert.Equal(2, paths.Length);
        foreach (var path in paths)
        {
            // A group, named by the chapter's heading: an image would hide its links.
            Assert.Equal("group", path.GetAttribute("role"));
            Assert.NotNull(page.GetElementById(path.GetAttribute("aria-labelledby")!));
            Assert.Single(path.QuerySelectorAll(".diagram-light > svg"));
            Assert.Single(path.QuerySelectorAll(".diagram-dark > svg"));
            Assert.False(SvgTidy.IsActive(path.InnerHtml));
        }

        var controllers = paths[0].QuerySelector(".diagram-light svg")!;
        var links = controllers.QuerySelectorAll("a").Select(a => a.GetAttribute("xlink:href") ?? a.GetAttribute("href")).ToList();
        Assert.Equal(["../en/02-controllers/2.1-statefulset/index.html", "../en/02-controllers/2.2-deployment-rolling-update/index.html", "../en/04-storage/4.1-pv-pvc/index.html"], links);
        Assert.All(links, href => Assert.True(File.Exists(_workspace.PathOf("site/en/" + href)), href));

        // The title is drawn as the text it is (Mermaid wraps it over lines), and nothing of it became markup.
        var text = string.Concat(controllers.QuerySelectorAll("a")[1].QuerySelectorAll("tspan.text-inner-tspan").Select(t => t.TextContent.TrimStart()));
        Assert.Equal("✅2.2" + hostile.Replace(" ", "", StringComparison.Ordinal), text);
        Assert.Empty(controllers.QuerySelectorAll("img"));

        // 4.2 has no record: planned, dashed, with the follow-up's title, and no link.
        var storage = paths[1].QuerySelector(".diagram-light svg")!;
        var planned = Assert.Single(storage.QuerySelectorAll("g.node.planned"));
        Assert.Contains("\"Snapshots\"<b>planned</b>", planned.TextContent.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Null(planned.Closest("a"));
    }

    [Fact]
    public void ABuildWhoseDiagramsAreKept_DrawsNone()
    {
        Assert.True(Build().DiagramsDrawn > 0);

        var again = Build(Path.Combine(_workspace.Root, "another-site"));

        Assert.True(again.Succeeded);
        Assert.Equal(0, again.DiagramsDrawn);
        Assert.Equal(File.ReadAllText(_workspace.PathOf("site/en/02-controllers/2.1-statefulset/index.html")),
            File.ReadAllText(Path.Combine(_workspace.Root, "another-site/en/02-controllers/2.1-statefulset/index.html")));
    }

    [Fact]
    public void ABrokenDiagram_FailsTheBuild_AtItsLineInTheRecord_WithMermaidsMessage()
    {
        _workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "SS --> |管理| P2[Pod-1]", "SS --> |管理| P2[Pod-1");

        var result = Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.DiagramSyntax, error.Code);
        Assert.Equal("content/experiments/02-controllers/2.1-statefulset.yaml", error.Span.File);
        Console.WriteLine(DiagnosticFormatter.Format(error));
        var line = File.ReadAllLines(_workspace.PathOf("content/experiments/02-controllers/2.1-statefulset.yaml"))[error.Span.Line - 1];
        Assert.Contains("P2[Pod-1", line, StringComparison.Ordinal);
        Assert.StartsWith("Mermaid cannot draw this diagram: ", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_workspace.PathOf("site/zh/index.html")));
    }

    [Fact]
    public void WithoutABrowser_TheBuildSaysSoOnce_AndPagesDrawTheirDiagramsThemselves()
    {
        var before = Environment.GetEnvironmentVariable(BrowserLocator.Variable);
        Environment.SetEnvironmentVariable(BrowserLocator.Variable, "/nonexistent/chromium");
        try
        {
            var result = Build();

            Assert.True(result.Succeeded);
            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal((DiagnosticCodes.NoBrowser, false), (warning.Code, warning.IsError));
            Assert.Contains("apt-get install chromium", warning.Message, StringComparison.Ordinal);
            var page = Page("en/02-controllers/2.1-statefulset/index.html");
            Assert.Equal(2, page.QuerySelectorAll("pre.mermaid").Length);
            Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.EndsWith("mermaid.min.js", StringComparison.Ordinal));
        }
        finally
        {
            Environment.SetEnvironmentVariable(BrowserLocator.Variable, before);
        }
    }

    public void Dispose()
    {
        _workspace.Dispose();
        Directory.Delete(_cache, recursive: true);
    }
}
