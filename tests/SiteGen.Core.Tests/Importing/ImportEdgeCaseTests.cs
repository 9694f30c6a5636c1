using SiteGen.Importing;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Importing;

/// <summary>Notes as people write them: nothing in them crashes import, and nothing is dropped or overwritten.</summary>
public sealed class ImportEdgeCaseTests : IDisposable
{
    private const string Head = "# 实验记录：边界情况\n\n**实验日期**: 2024-01-15  \n**实验耗时**: 2 小时 30 分钟  \n**实验编号**: 2.8  \n\n";
    private const string Tail = "\n\n## 📝 总结\n\n### 一句话总结\n一句话。\n";

    private readonly Workspace _workspace = Workspace.OfRepository();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void AHeadingUnderDiagramsWithoutADiagram_IsKept_NotACrash()
    {
        var (note, yaml) = Import(Head + "## 📊 图示\n\n### 没有图的小节\n只是一段文字。" + Tail);

        Assert.Contains("没有图的小节", yaml, StringComparison.Ordinal);
        Assert.Contains("只是一段文字。", yaml, StringComparison.Ordinal);
        Assert.Contains(note.Diagnostics, d => d.Code == "SG0602");
    }

    [Fact]
    public void LinkReferenceDefinitions_AreKept_AndNothingElseIsCopied()
    {
        var (_, yaml) = Import(Head + "参见 [官方文档][k8s]。\n\n[k8s]: https://kubernetes.io/docs/\n" + Tail);

        Assert.Contains("[k8s]: https://kubernetes.io/docs/", yaml, StringComparison.Ordinal);
        Assert.Equal(1, Count(yaml, "参见 [官方文档][k8s]。"));
        Assert.DoesNotContain("实验日期", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ALabelGivenTwice_KeepsTheFirst_AndKeepsTheSecondAsWritten()
    {
        var (note, yaml) = Import(Head + "**实验日期**: 2030-12-31\n" + Tail.Replace("一句话。", "一句话。\n\n**记录人**: 张三  \n**记录人**: 李四", StringComparison.Ordinal));

        Assert.Contains("date: 2024-01-15", yaml, StringComparison.Ordinal);
        Assert.Contains("2030-12-31", yaml, StringComparison.Ordinal);
        Assert.Contains("zh: 张三", yaml, StringComparison.Ordinal);
        Assert.Contains("李四", yaml, StringComparison.Ordinal);
        Assert.True(note.Diagnostics.Count(d => d.Code == "SG0602") >= 2);
    }

    [Fact]
    public void TitlesEndingInHash_AndSetextHeadings_ReadAsWritten()
    {
        var (_, yaml) = Import("实验记录：Notes on C#\n===\n\n**实验日期**: 2024-01-15  \n**实验编号**: 2.8  \n" + Tail);

        Assert.Contains("  zh: Notes on C#\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ADurationInHoursAndMinutes_IsAdded_AndOneOutOfRangeIsKeptAsWritten()
    {
        Assert.Contains("duration: 2.5h", Import(Head + Tail).Yaml, StringComparison.Ordinal);

        var (_, yaml) = Import(Head.Replace("2 小时 30 分钟", "99999999999 分钟", StringComparison.Ordinal) + Tail);
        Assert.DoesNotContain("duration:", yaml, StringComparison.Ordinal);
        Assert.Contains("99999999999 分钟", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void AFollowUpThatIsNoExperimentNumber_IsKept_AndTheNoteImports()
    {
        var (_, yaml) = Import(Head + "## 📈 下一步计划\n\n### 直接相关的后续实验\n- [ ] 实验 3 种存储类的对比\n" + Tail);

        Assert.Contains("实验 3 种存储类的对比", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void ASectionGivenTwice_AMetricsTableOfItsOwn_AndRatingsWithWords_AreKeptAsWritten()
    {
        var (note, yaml) = Import(Head
            + "## 📊 实验结果\n\n### 性能数据\n\n| 场景 | 延迟(ms) | 说明 |\n|---|---|---|\n| 冷启动 | 120 | 首次 |\n\n"
            + "## 💡 关键学习点\n\n### 最佳实践\n\n- 实践 1: 一\n\n## 💡 关键学习点\n\n### 最佳实践\n\n- 实践 1: 二\n"
            + Tail + "\n### 自我评估\n\n**知识掌握程度**: ⭐⭐⭐ 还需要复习\n");

        Assert.Contains("| 场景 | 延迟(ms) | 说明 |", yaml, StringComparison.Ordinal);
        Assert.Contains("一", yaml, StringComparison.Ordinal);
        Assert.Contains("实践 1: 二", yaml, StringComparison.Ordinal);
        Assert.Contains("还需要复习", yaml, StringComparison.Ordinal);
        Assert.True(note.Diagnostics.Count(d => d.Code == "SG0602") >= 3, string.Join("\n", note.Diagnostics));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private (ImportedNote Note, string Yaml) Import(string markdown)
    {
        _workspace.WithoutRecords();

        _workspace.Write("note.md", markdown);
        var (notes, refused) = NoteImporter.Import(_workspace.Content, _workspace.Templates,
            new ImportRequest([_workspace.PathOf("note.md")], null, "zh", null, RepairEncoding: false), new PathDisplay(_workspace.Root));
        Assert.Empty(refused);
        var note = Assert.Single(notes);
        Assert.True(note.Succeeded, string.Join("\n", note.Diagnostics));
        return (note, File.ReadAllText(_workspace.PathOf(note.RecordDisplayPath!)));
    }
}
