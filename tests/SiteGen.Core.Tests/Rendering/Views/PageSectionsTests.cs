using SiteGen.Core.Tests.Building;
using SiteGen.Rendering.Views;

namespace SiteGen.Core.Tests.Rendering.Views;

/// <summary>
/// One list says which sections an experiment has and in what order; the page's contents, its sections and
/// the report's outline all follow it, and each section is one partial per output.
/// </summary>
public sealed class PageSectionsTests
{
    private static readonly string Templates = SiteGen.Testing.RepositoryPaths.Templates;

    [Fact]
    public void EverySection_HasOnePartialPerOutput_AndNoPartialIsLeftOver()
    {
        Assert.Equal(PageSections.Keys.Order(StringComparer.Ordinal), Partials("html/sections", "*.cshtml"));
        Assert.Equal(PageSections.Keys.Order(StringComparer.Ordinal), Partials("report/sections", "*.sbn"));
    }

    [Fact]
    public void TheFullSample_ShowsEverySection_InTheRecordsOrder_OnThePageInTheContentsAndInTheReport()
    {
        var files = Builds.Sample.Value.Files;
        var page = Text(files, "zh/02-controllers/2.1-statefulset/index.html");
        var report = Text(files, "zh/02-controllers/2.1-statefulset/report.md");
        string[] anchors = ["info", "diagrams", "steps", "results", "problems", "learnings", "exploration", "next-steps", "references", "cleanup", "summary"];

        Assert.Equal(anchors, Positions(page, anchors.Select(a => $"<li><a href=\"#{a}\">")));
        Assert.Equal(anchors, Positions(page, anchors.Select(a => $"<section id=\"{a}\"")));
        string[] headings = ["## 📋 实验信息", "## 🔬 实验步骤", "## 📊 实验结果", "## ❌ 遇到的问题", "## 💡 关键学习点", "## 🔍 深入探索", "## 📈 下一步计划", "## 📚 参考资料", "## 🧹 实验清理", "## 📝 总结"];
        Assert.Equal(headings, Positions(report, headings));
    }

    private static string[] Partials(string folder, string pattern) =>
        [.. Directory.GetFiles(Path.Combine(Templates, folder), pattern).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!];

    private static string Text(IReadOnlyDictionary<string, byte[]> files, string path) => System.Text.Encoding.UTF8.GetString(files[path]);

    /// <summary>The markers in the order they first appear in <paramref name="text"/>, each required to appear.</summary>
    private static string[] Positions(string text, IEnumerable<string> markers)
    {
        var found = markers.Select(m => (Marker: m, At: text.IndexOf(m, StringComparison.Ordinal))).ToList();
        Assert.All(found, f => Assert.True(f.At >= 0, $"{f.Marker} is missing."));
        return [.. found.OrderBy(f => f.At).Select(f => StripMarkup(f.Marker))];
    }

    private static string StripMarkup(string marker) =>
        marker.StartsWith('<') ? marker.Split('"')[1].TrimStart('#') : marker;
}
