using System.Text;
using AngleSharp.Html.Parser;
using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Validation;

/// <summary>
/// A plain (not per-language) string written in Chinese is Chinese: other languages' pages mark it with its
/// lang and the "not yet translated" badge, check warns at it, and the summary counts it. Commands and
/// product names in Latin script stay the same in every language, and so does verbatim text (code, output).
/// </summary>
public sealed class PlainTextLanguageTests
{
    private const string Minimal = "id: \"2.1\"\nslug: minimal\nchapter: 2\ntitle: 最小记录\ndate: 2024-01-01\nsummary:\n  one_line: 只有必填字段\n";

    [Fact]
    public void TheMinimalChineseRecord_IsMarkedOnEnglishPagesAndReports_AndWarnedAtItsLines()
    {
        var (report, files, coverage) = Build(Minimal);

        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(files["en/02-controllers/2.1-minimal/index.html"]));
        Assert.Equal("zh-CN", page.QuerySelector("h1 span[lang]")?.GetAttribute("lang"));
        Assert.Equal("最小记录", page.QuerySelector("h1 span[lang]")?.TextContent);
        Assert.NotNull(page.QuerySelector("h1 .badge"));
        Assert.Contains("最小记录 *(Not yet translated)*", Encoding.UTF8.GetString(files["en/02-controllers/2.1-minimal/report.md"]), StringComparison.Ordinal);
        Assert.DoesNotContain("badge", Encoding.UTF8.GetString(files["zh/02-controllers/2.1-minimal/index.html"]).Split("<main")[1].Split("</h1>")[0], StringComparison.Ordinal);
        Assert.Contains("2.1-minimal.yaml(4,8): warning SG0501: 'title' has no English (en) text yet", report, StringComparison.Ordinal);
        Assert.Contains("2.1-minimal.yaml(7,13): warning SG0501: 'summary.one_line' has no English (en) text yet", report, StringComparison.Ordinal);
        // The sample's site.yaml has 9 texts (title, tagline, footer, 2 chapter titles, 4 tag names), all in both languages.
        Assert.Equal((9, 11), coverage.Single(c => c.Language == "en") is var en ? (en.Translated, en.Total) : default);
        Assert.Equal((11, 11), coverage.Single(c => c.Language == "zh") is var zh ? (zh.Translated, zh.Total) : default);
    }

    [Theory]
    [InlineData("kubectl get pods", false)]
    [InlineData("StatefulSet", false)]
    [InlineData("v1.29 (3 replicas)", false)]
    [InlineData("StatefulSet 有状态应用", true)] // mixed: follows the Chinese
    [InlineData("有状态应用", true)]
    public void APlainTitle_IsChineseOnlyWhenItHoldsChinese(string title, bool chinese)
    {
        var (report, _, _) = Build(Minimal.Replace("title: 最小记录", $"title: \"{title}\"", StringComparison.Ordinal).Replace("one_line: 只有必填字段", "one_line: one", StringComparison.Ordinal));

        Assert.Equal(chinese, report.Contains("'title' has no English (en) text yet", StringComparison.Ordinal));
    }

    [Fact]
    public void VerbatimText_KeepsNoLanguage_EvenInChinese()
    {
        var record = Minimal.Replace("title: 最小记录", "title: Output", StringComparison.Ordinal).Replace("one_line: 只有必填字段", "one_line: one", StringComparison.Ordinal)
            + "steps:\n  - title: Run\n    actual: \"错误: 找不到资源\"\n";

        var (report, _, _) = Build(record);

        Assert.DoesNotContain("warning SG0501", report, StringComparison.Ordinal);
    }

    private static (string Report, SortedDictionary<string, byte[]> Files, IReadOnlyList<SiteGen.Validation.LanguageCoverage> Coverage) Build(string record)
    {
        using var workspace = Workspace.OfRepository();
        foreach (var file in Directory.GetFiles(Path.Combine(workspace.Content, "experiments"), "*.yaml", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        workspace.Write("content/experiments/02-controllers/2.1-minimal.yaml", record);
        var (result, report, files) = Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root);
        Assert.True(result.Succeeded, report);
        return (report, files, result.Coverage);
    }
}
