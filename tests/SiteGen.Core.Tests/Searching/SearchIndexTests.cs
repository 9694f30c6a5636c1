using System.Text.Json;
using AngleSharp.Html.Parser;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Searching;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Searching;

/// <summary>
/// The site's search index: Pagefind's bundle in <c>pagefind/</c>, one index per language over the experiment
/// pages, linked from every language page; kept when no experiment page changed; and when Pagefind is missing
/// or fails, a diagnostic rather than a site whose search is broken.
/// </summary>
public sealed class SearchIndexTests
{
    [Fact]
    public void TheBuild_IndexesEachLanguagesExperimentPages_AndEveryLanguagePageLinksToTheSearch()
    {
        using var workspace = Workspace.OfRepository();
        var result = SiteBuilder.Build(Options(workspace, BuildOptions.DefaultVendorDirectory));

        Assert.True(result.Succeeded, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(workspace.Site, "pagefind", "pagefind-entry.json")));
        var languages = entry.RootElement.GetProperty("languages");
        Assert.Equal(["en", "zh-cn"], languages.EnumerateObject().Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.All(languages.EnumerateObject(), l => Assert.Equal(3, l.Value.GetProperty("page_count").GetInt32()));
        Assert.True(File.Exists(Path.Combine(workspace.Site, "pagefind", "pagefind-component-ui.js")));

        var parser = new HtmlParser();
        foreach (var (page, bundle) in new[]
        {
            ("zh/02-controllers/2.1-statefulset/index.html", "../../../pagefind/"),
            ("en/index.html", "../pagefind/"),
            ("en/tags/statefulset/index.html", "../../../pagefind/"),
        })
        {
            var html = parser.ParseDocument(File.ReadAllText(Path.Combine(workspace.Site, page)));
            Assert.NotNull(html.QuerySelector("header pagefind-modal-trigger"));
            Assert.Equal(bundle + "pagefind-component-ui.js", html.QuerySelector("script[src*=pagefind]")?.GetAttribute("src"));
            Assert.Equal(page.Contains("/02-controllers/", StringComparison.Ordinal), html.QuerySelector("main[data-pagefind-body]") is not null);
        }

        var root = parser.ParseDocument(File.ReadAllText(Path.Combine(workspace.Site, "index.html")));
        Assert.Null(root.QuerySelector("pagefind-modal-trigger"));
    }

    [Fact]
    public void WhileServing_AnEditKeepsTheIndexOfTheFirstBuild_AndTheNextFullBuildMakesItAgain()
    {
        using var workspace = Workspace.OfRepository();
        var serving = Options(workspace, BuildOptions.DefaultVendorDirectory) with { KeepSearchIndex = true };
        var builder = new SiteBuilder(serving);
        Assert.True(builder.Build().Succeeded);
        Assert.True(Directory.Exists(Path.Combine(workspace.Site, "pagefind")));

        workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "StatefulSet", "StatefulSets");
        var edited = builder.Build();

        Assert.True(edited.Succeeded);
        Assert.Contains("zh/02-controllers/2.1-statefulset/index.html", edited.Changed);
        Assert.DoesNotContain(edited.Changed, f => f.StartsWith("pagefind/", StringComparison.Ordinal));

        var full = SiteBuilder.Build(Options(workspace, BuildOptions.DefaultVendorDirectory));
        Assert.Contains(full.Changed, f => f.StartsWith("pagefind/fragment/", StringComparison.Ordinal));
    }

    [Fact]
    public void PagefindIsMissing_TheBuildSaysSoOnce_AndThePagesHaveNoSearch()
    {
        using var workspace = Workspace.OfRepository();
        var vendor = VendorWith(workspace, pagefind: null);

        var result = SiteBuilder.Build(Options(workspace, vendor));

        Assert.True(result.Succeeded, DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked));
        var warning = Assert.Single(result.Diagnostics, d => d.Code != DiagnosticCodes.NoBrowser);
        Assert.Equal((DiagnosticCodes.NoSearch, false), (warning.Code, warning.IsError));
        Assert.False(Directory.Exists(Path.Combine(workspace.Site, "pagefind")));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(workspace.Site, "zh", "02-controllers", "2.1-statefulset", "index.html")));
        Assert.Empty(page.QuerySelectorAll("pagefind-modal-trigger, pagefind-modal, script[src*=pagefind], link[href*=pagefind], [data-pagefind-body]"));
    }

    [Fact]
    public void PagefindFails_TheBuildFailsWithItsMessage_AndLeavesTheSiteAsItWas()
    {
        using var workspace = Workspace.OfRepository();
        Assert.True(SiteBuilder.Build(Options(workspace, BuildOptions.DefaultVendorDirectory)).Succeeded);
        var before = Workspace.Snapshot(workspace.Site);
        var vendor = VendorWith(workspace, pagefind: "#!/bin/sh\necho 'index: disk quota exceeded' >&2\nexit 3\n");
        workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "StatefulSet", "StatefulSets");

        var result = SiteBuilder.Build(Options(workspace, vendor));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.SearchFailed, error.Code);
        Assert.Contains("disk quota exceeded", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Keys, Workspace.Snapshot(workspace.Site).Keys);
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(workspace.Site, f.Key))));
    }

    [Fact]
    public void TheSamePages_GiveTheSameBundle_ByteForByte()
    {
        var binary = SearchIndex.BinaryIn(BuildOptions.DefaultVendorDirectory);
        IndexedPage[] pages =
        [
            new("/zh/a/", "<html lang=\"zh-CN\"><body><main data-pagefind-body><h1>有序部署</h1><h2 id=\"s\">持久化存储</h2><p>每个 Pod 都有独立的 PVC。</p></main></body></html>"),
            new("/en/a/", "<html lang=\"en\"><body><main data-pagefind-body><h1>Ordered rollout</h1><p>A headless service.</p></main></body></html>"),
        ];

        var first = PagefindService.Index(binary, pages);
        var second = PagefindService.Index(binary, pages);

        Assert.Contains(first, f => f.Path.StartsWith("pagefind.zh-cn_", StringComparison.Ordinal));
        Assert.Equal(first.Select(f => (f.Path, ContentHash.Of(f.Bytes))), second.Select(f => (f.Path, ContentHash.Of(f.Bytes))));
    }

    /// <summary>A vendor folder with SiteGen's Mermaid and, in place of Pagefind, this script (or nothing).</summary>
    private static string VendorWith(Workspace workspace, string? pagefind)
    {
        var vendor = workspace.PathOf("vendor");
        Workspace.CopyFolder(Path.Combine(BuildOptions.DefaultVendorDirectory, "mermaid"), Path.Combine(vendor, "mermaid"));
        if (pagefind is not null)
        {
            var binary = SearchIndex.BinaryIn(vendor);
            Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
            File.WriteAllText(binary, pagefind);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(binary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        return vendor;
    }

    private static BuildOptions Options(Workspace workspace, string vendor) =>
        new(workspace.Content, workspace.Templates, workspace.Site, vendor, new PathDisplay(workspace.Root), workspace.PathOf("cache"));
}
