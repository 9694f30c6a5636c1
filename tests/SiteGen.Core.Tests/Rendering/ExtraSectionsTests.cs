using SiteGen.Core.Tests.Building;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Rendering;

/// <summary>
/// A part of a record that fits none of its sections (<c>extra_sections</c>) is shown on the page and in the
/// report where it stood: after the section it names, even when that section has nothing to show.
/// </summary>
public sealed class ExtraSectionsTests
{
    private const string Record = """
        id: "2.1"
        slug: extras
        chapter: 2
        title: 额外部分
        date: 2024-01-01
        objectives:
          - text: 理解额外部分
        summary:
          one_line: 总结一句
        extra_sections:
          - title: 背景
            icon: "🧭"
            body: 为什么做这个实验。
            after: start
          - title: 成本估算
            body: |
              | 项目 | 费用 |
              |------|------|
              | 节点 | 3 元 |
            after: steps
          - title: 附录
            body: 最后的话。
        """;

    private static readonly Lazy<SortedDictionary<string, byte[]>> Site = new(() =>
    {
        using var workspace = Workspace.OfRepository();
        workspace.WithoutRecords();

        workspace.Write("content/experiments/02-controllers/2.1-extras.yaml", Record);
        var (result, report, files) = Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root);
        Assert.True(result.Succeeded, report);
        return files;
    });

    [Fact]
    public void ThePage_ShowsEachExtraPart_AfterTheSectionItNames_AndListsItInTheContents()
    {
        var page = Text("zh/02-controllers/2.1-extras/index.html");

        string[] order = ["<section id=\"extra-1\"", "<section id=\"info\"", "<section id=\"extra-2\"", "<section id=\"summary\"", "<section id=\"extra-3\""];
        var positions = order.Select(m => page.IndexOf(m, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("<li><a href=\"#extra-2\">成本估算</a></li>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"icon\" aria-hidden=\"true\" data-pagefind-ignore>🧭</span> 背景</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<td>3 元</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReport_ShowsEachExtraPart_WhereItStood()
    {
        var report = Text("zh/02-controllers/2.1-extras/report.md");

        string[] order = ["## 🧭 背景", "## 📋 实验信息", "## 📄 成本估算", "| 节点 | 3 元 |", "## 📝 总结", "## 📄 附录", "最后的话。"];
        var positions = order.Select(m => report.IndexOf(m, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    private static string Text(string path) => System.Text.Encoding.UTF8.GetString(Site.Value[path]);
}
