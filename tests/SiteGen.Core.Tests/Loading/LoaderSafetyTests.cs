using System.Text;
using SiteGen.Checking;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Loading;

/// <summary>
/// Inputs that cannot be kept as readable golden files (raw bytes, huge documents): each is rejected with
/// one positioned diagnostic, quickly, and never stops the other records from loading. The exact
/// printed text is pinned in <c>Snapshots/</c>.
/// </summary>
public sealed class LoaderSafetyTests
{
    private const string ValidRecord = """
        id: "1.1"
        slug: first
        chapter: 1
        title: {zh: 第一个, en: First}
        date: 2026-01-01
        summary: {one_line: {zh: 完成, en: Done}}
        """;

    [Fact]
    public void InvalidUtf8_IsReportedAtTheFirstBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("id: \"1.2\"\ntitle: caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();

        var report = Check(content => content.Add("1.2-latin1.yaml", bytes));

        Snapshot.Verify(report, directory: "Snapshots");
    }

    [Fact]
    public void AbsurdNesting_IsRejectedWithoutRecursing_AndTheLongLineIsCut()
    {
        var report = Check(content => content.Add("1.2-deep.yaml", "title: " + new string('[', 100_000)));

        Snapshot.Verify(report, directory: "Snapshots");
    }

    [Fact]
    public void SeveralDocumentsInOneFile_AreRejectedAtTheSecond()
    {
        var report = Check(content => content.Add("1.2-two.yaml", ValidRecord.Replace("1.1", "1.2").Replace("first", "second") + "\n---\nid: \"1.3\"\n"));

        Snapshot.Verify(report, directory: "Snapshots");
    }

    [Fact]
    public void WhitespaceOnlyFile_IsAnEmptyFile()
    {
        var report = Check(content => content.Add("1.2-blank.yaml", "  \n\n# only a comment\n"));

        Snapshot.Verify(report, directory: "Snapshots");
    }

    private static string Check(Action<ContentFolder> arrange)
    {
        using var content = TestPaths.TestContent();
        content.Add("1.1-first.yaml", ValidRecord);
        arrange(content);
        var result = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
        Assert.Single(result.ValidRecords);
        return DiagnosticFormatter.Report(result.Diagnostics.Items, result.FilesRead);
    }
}
