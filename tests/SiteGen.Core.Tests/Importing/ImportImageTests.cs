using SiteGen.Checking;
using SiteGen.Importing;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Importing;

/// <summary>A note's images travel with it: copied beside the new record, and the record's paths written to match.</summary>
public sealed class ImportImageTests : IDisposable
{
    private const string Head = "# 实验记录：带图的笔记\n\n**实验日期**: 2024-01-15  \n**实验编号**: 2.8  \n\n";
    private const string Tail = "\n\n## 📝 总结\n\n### 一句话总结\n一句话。\n";

    private readonly Workspace _workspace = Workspace.OfRepository();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void AnImageBesideTheNote_IsCopiedBesideTheRecord_AndThePathRewritten_SoTheRecordChecksClean()
    {
        Directory.CreateDirectory(_workspace.PathOf("notes/shots"));
        var png = Publishing.RecordFilesCheckTests.Png(20, 10);
        File.WriteAllBytes(_workspace.PathOf("notes/shots/pods ready.png"), png);

        var (note, yaml) = Import(Head + "## 📋 实验概述\n\n运行结果：\n\n![Pod 全部就绪](shots/pods%20ready.png)\n" + Tail);

        Assert.Contains("![Pod 全部就绪](images/2.8-pods%20ready.png)", yaml, StringComparison.Ordinal);
        var copied = Path.Combine(Path.GetDirectoryName(_workspace.PathOf(note.RecordDisplayPath!))!, "images", "2.8-pods ready.png");
        Assert.Equal(png, File.ReadAllBytes(copied));
        Assert.DoesNotContain(note.Diagnostics, d => d.IsError);
        var checkedContent = new ContentChecker(new PathDisplay(_workspace.Root)).Check(_workspace.Content);
        Assert.DoesNotContain(checkedContent.Diagnostics, d => d.IsError || d.Code.StartsWith("SG08", StringComparison.Ordinal));
        Assert.Single(Assert.Single(checkedContent.ValidRecords).Published);
    }

    [Fact]
    public void AnImageThatIsNotThere_IsLeftAsWritten_WithAWarningAtItsLine()
    {
        var (note, yaml) = Import(Head + "## 📋 实验概述\n\n![没有的图](gone.png)\n" + Tail);

        Assert.Contains("](gone.png)", yaml, StringComparison.Ordinal);
        var warning = Assert.Single(note.Diagnostics, d => d.Message.Contains("gone.png", StringComparison.Ordinal));
        Assert.Equal((8, false), (warning.Span.Line, warning.IsError));
    }

    private (ImportedNote Note, string Yaml) Import(string markdown)
    {
        _workspace.WithoutRecords();
        _workspace.Write("notes/note.md", markdown);
        var (notes, refused) = NoteImporter.Import(_workspace.Content, _workspace.Templates,
            new ImportRequest([_workspace.PathOf("notes/note.md")], null, "zh", null, RepairEncoding: false), new PathDisplay(_workspace.Root));
        Assert.Empty(refused);
        var note = Assert.Single(notes);
        Assert.True(note.Succeeded, string.Join("\n", note.Diagnostics));
        return (note, File.ReadAllText(_workspace.PathOf(note.RecordDisplayPath!)));
    }
}
