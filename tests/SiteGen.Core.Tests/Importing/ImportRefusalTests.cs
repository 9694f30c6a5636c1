using SiteGen.Importing;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Importing;

/// <summary>What import refuses, and what it keeps that fits no field: each a diagnostic that says what to do, never a crash.</summary>
public sealed class ImportRefusalTests : IDisposable
{
    private const string Minimal = "# 实验记录：最小\n\n**实验日期**: 2024-01-01  \n**实验编号**: 2.7  \n\n## 📝 总结\n\n### 一句话总结\n一句话。\n";

    private readonly Workspace _workspace = Workspace.OfRepository();

    [Fact]
    public void ABinaryFile_IsRefused_AsNotANote()
    {
        var note = Import("shot.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        Assert.Equal("SG0014", Assert.Single(note.Diagnostics).Code);
        Assert.Contains("binary file", note.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFile_IsRefused()
    {
        Assert.Equal("SG0002", Assert.Single(Import("empty.md", "\n  \n"u8.ToArray()).Diagnostics).Code);
    }

    [Fact]
    public void MarkdownThatIsNoLabRecord_IsOneClearError()
    {
        var note = Import("readme.md", "# My project\n\nSome text.\n\n## Install\n\n```\nmake\n```\n"u8.ToArray());

        var error = Assert.Single(note.Diagnostics);
        Assert.Equal("SG0601", error.Code);
        Assert.Contains("not a lab record", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileOf50MB_IsRefused_WithoutBeingRead()
    {
        var path = _workspace.PathOf("huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var note = Run(path);

        Assert.Equal("SG0007", Assert.Single(note.Diagnostics).Code);
    }

    [Fact]
    public void ANoteWithoutDateOrSummary_SaysWhatToAdd()
    {
        var note = Import("bare.md", "# 实验记录：没有日期\n\n## 🔬 实验步骤\n\n### 步骤 1: 做点什么\n"u8.ToArray());

        Assert.False(note.Succeeded);
        Assert.Contains(note.Diagnostics, d => d.Code == "SG0603" && d.Message.Contains("**实验日期**: 2024-01-15", StringComparison.Ordinal));
        Assert.Contains(note.Diagnostics, d => d.Code == "SG0603" && d.Message.Contains("### 一句话总结", StringComparison.Ordinal));
    }

    [Fact]
    public void AnExistingRecord_IsNeverOverwritten()
    {
        var first = Import("a.md", System.Text.Encoding.UTF8.GetBytes(Minimal));
        var written = File.ReadAllText(_workspace.PathOf(first.RecordDisplayPath!));
        _workspace.Write(first.RecordDisplayPath!, written + "# my edit\n");

        var again = Import("a.md", System.Text.Encoding.UTF8.GetBytes(Minimal));

        Assert.False(again.Succeeded);
        Assert.Equal("SG0201", Assert.Single(again.Diagnostics).Code);
        Assert.EndsWith("# my edit\n", File.ReadAllText(_workspace.PathOf(first.RecordDisplayPath!)), StringComparison.Ordinal);
    }

    [Fact]
    public void PartsThatFitNoField_AreKept_WithAWarningAtTheirLine()
    {
        var note = Import("odd.md", System.Text.Encoding.UTF8.GetBytes(Minimal.Replace("## 📝 总结", """
            ## 🔬 实验步骤

            ### 步骤 1: 部署

            **截图**:
            一张截图的说明。

            ## ❌ 遇到的问题

            ### 问题 1: 镜像拉不下来

            **解决状态**: 🤷 放弃了

            ## 📝 总结
            """, StringComparison.Ordinal)));

        Assert.True(note.Succeeded, string.Join("\n", note.Diagnostics));
        var yaml = File.ReadAllText(_workspace.PathOf(note.RecordDisplayPath!));
        Assert.Contains(note.Diagnostics, d => d.Code == "SG0602" && d.Span.Line == 10 && d.LineText == "**截图**:" && d.Message.Contains("step's notes", StringComparison.Ordinal));
        Assert.Contains("**截图**:", yaml, StringComparison.Ordinal);
        Assert.Contains(note.Diagnostics, d => d.Code == "SG0602" && d.Message.Contains("🤷 放弃了", StringComparison.Ordinal));
    }

    private ImportedNote Import(string name, byte[] bytes)
    {
        var path = _workspace.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return Run(path);
    }

    private ImportedNote Run(string path)
    {
        var (notes, refused) = NoteImporter.Import(_workspace.Content, _workspace.Templates,
            new ImportRequest([path], null, "zh", null, RepairEncoding: false), new PathDisplay(_workspace.Root));
        Assert.Empty(refused);
        return Assert.Single(notes);
    }

    public void Dispose() => _workspace.Dispose();
}
