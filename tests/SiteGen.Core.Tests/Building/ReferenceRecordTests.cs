using System.Text;

namespace SiteGen.Core.Tests.Building;

/// <summary>
/// The Chinese report of 2.1 reads like the hand-written record SiteGen grew from
/// (<c>Reference/lab-record-2.1-statefulset.zh.md</c>, a copy of the original).
/// </summary>
public sealed class ReferenceRecordTests
{
    private static readonly string[] Reference = File.ReadAllText(
        Path.Combine(TestPaths.Here(), "Building", "Reference", "lab-record-2.1-statefulset.zh.md")).Split('\n');

    private static readonly Lazy<string[]> Report = new(() =>
    {
        Assert.True(Builds.Sample.Value.Result.Succeeded, Builds.Sample.Value.Report);
        return Encoding.UTF8.GetString(Builds.Sample.Value.Files["zh/02-controllers/2.1-statefulset/report.md"]).Split('\n');
    });

    [Fact]
    public void EveryHeading_IsInTheReport_InTheSameOrder()
    {
        var headings = Headings(Reference);
        var reportHeadings = Headings(Report.Value);

        Assert.Equal(36, headings.Count);
        Assert.Equal(headings, reportHeadings.Where(headings.Contains).ToList());
        Assert.Empty(headings.Except(reportHeadings));
    }

    [Fact]
    public void EveryCodeBlock_IsInTheReport_WithItsLanguage()
    {
        // The one documented difference: the report gives every command its "$ " prompt, where the
        // reference gives it only to commands shown with their output.
        var blocks = CodeBlocks(Reference).Select(WithoutPrompts).ToList();
        var reportBlocks = CodeBlocks(Report.Value).Select(WithoutPrompts).ToList();

        Assert.Equal(16, blocks.Count);
        Assert.All(blocks, block => Assert.Contains(block, reportBlocks));
    }

    [Fact]
    public void LabelsChecklistsTableAndRatings_AreAsInTheReference()
    {
        string[] lines =
        [
            "**实验日期**: 2024-01-15  ",
            "**实验耗时**: 1.5 小时  ",
            "- [x] 目标 1: 理解 StatefulSet 与 Deployment 的区别",
            "- ✅ 目标 3: Headless Service 提供稳定的 DNS 解析，PVC 提供持久化存储",
            "| 指标 | 值 | 备注 |",
            "| DNS 解析时间 | <100ms | 集群内 DNS 解析 |",
            "**解决状态**: ✅ 已解决",
            "- [ ] 实验 2.2: Deployment 滚动更新实验",
            "- [ ] StatefulSet 的更新策略和滚动更新",
            "- [Kubernetes StatefulSet 官方文档](https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/)",
            "**清理状态**: ✅ 已清理",
            "**知识掌握程度**: ⭐⭐⭐⭐⭐ (5星制)",
            "**实验记录完成时间**: 2024-01-15 13:00  ",
        ];

        Assert.All(lines, line => Assert.Contains(line, Reference));
        Assert.All(lines, line => Assert.Contains(line, Report.Value));
    }

    /// <summary>ATX headings outside code fences (a fence may hold "# comment" lines).</summary>
    private static List<string> Headings(string[] lines)
    {
        var inFence = false;
        var headings = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && line.StartsWith('#'))
            {
                headings.Add(line.TrimEnd());
            }
        }

        return headings;
    }

    private static string WithoutPrompts(string block) => block.Replace("\n$ ", "\n", StringComparison.Ordinal);

    /// <summary>Fenced blocks as "language\ncontent", with trailing spaces trimmed from each line.</summary>
    private static List<string> CodeBlocks(string[] lines)
    {
        var blocks = new List<string>();
        StringBuilder? current = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    current = new StringBuilder(line[3..]).Append('\n');
                }
                else
                {
                    blocks.Add(current.ToString());
                    current = null;
                }

                continue;
            }

            current?.Append(line).Append('\n');
        }

        return blocks;
    }
}
