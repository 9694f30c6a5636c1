using SiteGen.Core.Tests.Building;
using SiteGen.Importing;
using SiteGen.Loading;
using SiteGen.Testing;
using Xunit.Abstractions;

namespace SiteGen.Core.Tests.Importing;

/// <summary>
/// The hand-written record SiteGen grew from, imported, gives back its own text as the Chinese report, up to
/// a short list of normalizations (<see cref="Normalized"/>), and every heading and code line of it is on the page.
/// </summary>
public sealed class ReferenceImportTests(ITestOutputHelper output)
{
    internal static readonly string ReferencePath = Path.Combine(TestPaths.Here(), "Building", "Reference", "lab-record-2.1-statefulset.zh.md");

    private static readonly Lazy<(ImportedNote Note, string Yaml, SortedDictionary<string, byte[]> Site, string Report)> Imported = new(() =>
    {
        using var workspace = Workspace.OfRepository();
        workspace.WithoutRecords();

        var (notes, refused) = NoteImporter.Import(workspace.Content, workspace.Templates,
            new ImportRequest([ReferencePath], null, "zh", null, RepairEncoding: false), new PathDisplay(workspace.Root));
        Assert.Empty(refused);
        var note = Assert.Single(notes);
        Assert.True(note.Succeeded, string.Join("\n", note.Diagnostics));
        var yaml = File.ReadAllText(workspace.PathOf(note.RecordDisplayPath!));
        var (result, report, files) = Builds.InMemory(workspace.Content, workspace.Templates, workspace.Root);
        Assert.True(result.Succeeded, report);
        return (note, yaml, files, report);
    });

    [Fact]
    public void TheReference_ImportsAsExperiment21_InChapter2_WithNoWarning()
    {
        var (note, yaml, _, _) = Imported.Value;

        Assert.Equal("content/experiments/02-controllers/2.1-statefulset.yaml", note.RecordDisplayPath);
        Assert.Empty(note.Diagnostics);
        output.WriteLine(yaml);
    }

    [Fact]
    public void TheChineseReport_OfTheImportedRecord_IsTheReference_UpToTheDocumentedNormalizations()
    {
        var report = System.Text.Encoding.UTF8.GetString(Imported.Value.Site["zh/02-controllers/2.1-statefulset/report.md"]);
        var reference = File.ReadAllText(ReferencePath);

        var differences = LineDiff(Normalized(reference), Normalized(report));

        output.WriteLine($"{differences.Count} lines differ after normalization");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void EveryHeadingAndCodeLine_OfTheReference_IsOnTheImportedRecordsPage()
    {
        var html = System.Text.Encoding.UTF8.GetString(Imported.Value.Site["zh/02-controllers/2.1-statefulset/index.html"]);
        var page = Squeezed(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.TextContent);
        var lines = File.ReadAllText(ReferencePath).Split('\n');
        var inFence = false;
        var wanted = new List<string>();
        var headings = 0;
        foreach (var line in lines.Select(l => l.TrimEnd()))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (inFence && line.Trim().Length > 0)
            {
                wanted.Add(line);
            }
            else if (!inFence && line.StartsWith('#'))
            {
                // The report's own "实验记录：" before the title is not a heading of the page.
                wanted.Add(line.TrimStart('#').Trim().Replace("实验记录：", "", StringComparison.Ordinal));
                headings++;
            }
        }

        var missing = wanted.Where(w => !page.Contains(Squeezed(w), StringComparison.Ordinal)).ToList();

        Assert.Equal(36, headings);
        Assert.True(wanted.Count - headings > 120, $"only {wanted.Count - headings} code lines read");
        Assert.True(missing.Count == 0, "Not on the page:\n" + string.Join("\n", missing));
    }

    /// <summary>Text without spaces and colons, which page and report place differently ("步骤 1: x" is "步骤 1 x" on the page).</summary>
    private static string Squeezed(string text) =>
        new([.. text.Where(c => !char.IsWhiteSpace(c) && c is not (':' or '：'))]);

    /// <summary>
    /// What the comparison forgives, and only this: spaces at the end of a line (the reference ends its
    /// metadata lines with a Markdown line break and has indented blank lines), runs of blank lines, and the
    /// <c>$ </c> prompt SiteGen puts before every command, where the reference gives it only to commands shown
    /// with their output.
    /// </summary>
    internal static string Normalized(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Select(l => l.TrimEnd())
            .Select(l => l.StartsWith("$ ", StringComparison.Ordinal) ? l[2..] : l);
        var kept = new List<string>();
        foreach (var line in lines)
        {
            if (line.Length == 0 && (kept.Count == 0 || kept[^1].Length == 0))
            {
                continue;
            }

            kept.Add(line);
        }

        return string.Join("\n", kept).Trim('\n');
    }

    private static List<string> LineDiff(string expected, string actual)
    {
        var diff = DiffPlex.DiffBuilder.InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        return [.. diff.Lines.Where(l => l.Type != DiffPlex.DiffBuilder.Model.ChangeType.Unchanged)
            .Select(l => (l.Type == DiffPlex.DiffBuilder.Model.ChangeType.Inserted ? "+ " : "- ") + l.Text)];
    }
}
