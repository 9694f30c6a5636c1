using SiteGen.Checking;
using SiteGen.Importing;
using SiteGen.Importing.Encoding;
using SiteGen.Loading;
using SiteGen.Testing;
using Xunit.Abstractions;

namespace SiteGen.Core.Tests.Importing;

/// <summary>
/// A note mangled by a wrong code page is one error at its first mangled place, not a wall of nonsense; with
/// --repair-encoding it imports, every guess listed; a mangled record is one warning in check.
/// </summary>
public sealed class MangledImportTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Mangled = Path.Combine(TestPaths.Here(), "Importing", "Fixtures", "lab-record-2.1-statefulset.mojibake.txt");

    private readonly Workspace _workspace = Workspace.OfRepository();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void AMangledNote_IsOneError_AtItsFirstMangledPlace_SayingWhatItShouldRead()
    {
        var note = Import(repair: false);

        Assert.False(note.Succeeded);
        var error = Assert.Single(note.Diagnostics);
        Assert.Equal(("SG0013", 1, 3), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("windows-1254", error.Message, StringComparison.Ordinal);
        Assert.Contains("should read '实验记录", error.Message, StringComparison.Ordinal);
        Assert.Contains("--repair-encoding", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithRepairEncoding_TheNoteImports_AndEveryGuessIsAWarningAtItsPlace()
    {
        var note = Import(repair: true);

        Assert.True(note.Succeeded, string.Join("\n", note.Diagnostics));
        var guesses = note.Diagnostics.Where(d => d.Code == "SG0013" && d.Span.HasPosition).ToList();
        Assert.InRange(guesses.Count, 1, 60);
        Assert.All(guesses, g => Assert.Contains("a best guess: it could also be", g.Message, StringComparison.Ordinal));
        Assert.Contains(note.Diagnostics, d => d.Code == "SG0013" && !d.Span.HasPosition && d.Message.StartsWith("Repaired text mangled through windows-1254", StringComparison.Ordinal));

        var (result, log, files) = SiteGen.Core.Tests.Building.Builds.InMemory(_workspace.Content, _workspace.Templates, _workspace.Root);
        Assert.True(result.Succeeded, log);
        var report = System.Text.Encoding.UTF8.GetString(files["zh/02-controllers/2.1-statefulset/report.md"]);
        var reference = File.ReadAllText(ReferenceImportTests.ReferencePath);
        var wrong = ReferenceImportTests.Normalized(reference).Zip(ReferenceImportTests.Normalized(report)).Count(p => p.First != p.Second);
        output.WriteLine($"{guesses.Count} guesses listed; the report of the repaired note differs from the reference in {wrong} characters");
        Assert.Equal(ReferenceImportTests.Normalized(reference).Length, ReferenceImportTests.Normalized(report).Length);
        Assert.InRange(wrong, 0, 9);
    }

    [Fact]
    public void AMangledRecord_IsOneWarningInCheck()
    {
        var file = _workspace.PathOf("content/experiments/02-controllers/2.1-statefulset.yaml");
        File.WriteAllText(file, MojibakeMangler.Mangle(File.ReadAllText(file), SingleByteCodePage.Windows1254));

        var content = new ContentChecker(new PathDisplay(_workspace.Root)).Check(_workspace.Content);

        var mangled = Assert.Single(content.Diagnostics, d => d.Code == "SG0013");
        Assert.Equal("content/experiments/02-controllers/2.1-statefulset.yaml", mangled.Span.File);
        Assert.Equal(SiteGen.Diagnostics.DiagnosticSeverity.Warning, mangled.Severity);
    }

    private ImportedNote Import(bool repair)
    {
        _workspace.WithoutRecords();

        var (notes, refused) = NoteImporter.Import(_workspace.Content, _workspace.Templates,
            new ImportRequest([Mangled], null, "zh", null, repair), new PathDisplay(_workspace.Root));
        Assert.Empty(refused);
        return Assert.Single(notes);
    }
}
