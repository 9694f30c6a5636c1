using SiteGen.Core.Tests.Building;
using SiteGen.Importing;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Importing;

/// <summary>
/// Export and import are inverse: the report SiteGen writes for a record, imported in the report's language,
/// gives a record whose report is the same text. Run over every sample record in both languages (together
/// they use every section and field of a record) and over the extra sections of a record of its own.
/// </summary>
public sealed class ReportRoundTripTests
{
    public static TheoryData<string> Reports() =>
        [.. Builds.Sample.Value.Files.Keys.Where(k => k.EndsWith("/report.md", StringComparison.Ordinal))];

    [Theory, MemberData(nameof(Reports))]
    public void AReport_ImportedAgain_RendersTheSameReport(string report)
    {
        var text = System.Text.Encoding.UTF8.GetString(Builds.Sample.Value.Files[report]);
        var language = report[..report.IndexOf('/', StringComparison.Ordinal)];

        var again = RoundTrip(text, language, out var note);

        // The only warnings: a record's own extra sections, which import keeps as extra sections again.
        Assert.All(note.Diagnostics, d => Assert.Contains("it is kept as an extra section", d.Message, StringComparison.Ordinal));
        Assert.Equal(ReferenceImportTests.Normalized(text), ReferenceImportTests.Normalized(again));
    }

    [Fact]
    public void ExtraSections_ComeBackWhereTheyStood()
    {
        const string Note = """
            # 实验记录：额外部分

            **实验日期**: 2024-01-01  
            **实验编号**: 2.5  

            ---

            ## 🧭 背景

            为什么做这个实验。

            ---

            ## 📋 实验信息

            **实验目标**:
            - [ ] 目标 1: 理解额外部分

            ---

            ## 💰 成本估算

            | 项目 | 费用 |
            |------|------|
            | 节点 | 3 元 |

            ---

            ## 📝 总结

            ### 一句话总结
            总结一句。

            ---
            """;

        var again = RoundTrip(Note, "zh", out var note);

        Assert.Equal(2, note.Diagnostics.Count(d => d.Code == "SG0602"));
        Assert.Equal(ReferenceImportTests.Normalized(Note), ReferenceImportTests.Normalized(again));
    }

    [Fact]
    public void WhatRealNotesSay_BeyondTheFirstSchema_ComesBackAsWritten()
    {
        // An objective in progress and why another was not met, a step's duration, a problem's status in the
        // author's words, a note on the cleanup.
        const string Note = """
            # 实验记录：真实笔记

            **实验日期**: 2024-03-01  
            **实验编号**: 2.6  

            ---

            ## 📋 实验信息

            **实验目标**:
            - [x] 目标 1: 部署成功
            - [ ] 目标 2: 压测
            - [ ] 目标 3: 调优

            ---

            ## 🔬 实验步骤

            ### 步骤 1: 部署

            **步骤耗时**: 20 分钟

            **执行命令**:
            ```bash
            # 第一行说明
            # 第二行说明
            kubectl apply -f demo.yaml
            ```

            ---

            ## 📊 实验结果

            ### 成功完成的目标
            - ✅ 目标 1: 部署成功
            - ⏳ 目标 2: 压测
            - ⬜ 目标 3: 调优
              - 未达成原因：集群资源不够

            ---

            ## ❌ 遇到的问题

            ### 问题 1: 镜像拉不下来

            **解决状态**: 🤷 放弃了，改天再试

            ---

            ## 🧹 实验清理

            ```bash
            kubectl delete -f demo.yaml
            ```

            **清理状态**: 🤔 留着 PVC

            PVC 故意留下，下个实验还要用。

            ---

            ## 📝 总结

            ### 一句话总结
            总结一句。

            ---
            """;

        var again = RoundTrip(Note, "zh", out var note);

        // The two statuses in the author's words: kept as written, each with a warning to check how it counts.
        Assert.Equal(["SG0602", "SG0602"], note.Diagnostics.Select(d => d.Code));
        Assert.Equal(ReferenceImportTests.Normalized(Note), ReferenceImportTests.Normalized(again));
    }

    /// <summary>Imports <paramref name="markdown"/> into an empty copy of the sample site and returns the report it builds.</summary>
    internal static string RoundTrip(string markdown, string language, out ImportedNote note)
    {
        using var workspace = Workspace.OfRepository();
        workspace.WithoutRecords();

        workspace.Write("note.md", markdown);
        var (notes, refused) = NoteImporter.Import(workspace.Content, workspace.Templates,
            new ImportRequest([workspace.PathOf("note.md")], null, language, null, RepairEncoding: false), new PathDisplay(workspace.Root));
        Assert.Empty(refused);
        note = Assert.Single(notes);
        Assert.True(note.Succeeded, string.Join("\n", note.Diagnostics));
        var (result, report, files) = Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root);
        Assert.True(result.Succeeded, report);
        var path = files.Keys.Single(k => k.StartsWith(language + "/", StringComparison.Ordinal) && k.EndsWith("/report.md", StringComparison.Ordinal));
        return System.Text.Encoding.UTF8.GetString(files[path]);
    }
}
