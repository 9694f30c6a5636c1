using SiteGen.Checking;
using SiteGen.Core.Tests.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Reliability;

/// <summary>
/// What a new user ran into with bad input, one test each: every one of these failed before its fix.
/// </summary>
public sealed class FindingsTests
{
    [Fact]
    public void AnUnclosedCodeFenceInProse_IsWarnedAtTheFence_AndClosedInTheReport()
    {
        using var workspace = Workspace.OfRepository();
        workspace.Edit("content/experiments/02-controllers/2.1-statefulset.yaml", "\n    extra_output:\n",
            "\n    notes: |\n      See the pods:\n\n      ```bash\n      kubectl get pods\n    extra_output:\n");

        var (result, report) = Builds.Run(workspace);

        Assert.True(result.Succeeded, report);
        Assert.Contains("content/experiments/02-controllers/2.1-statefulset.yaml(226,7): warning SG0110: The code block that starts here in 'steps[1].notes' is never closed", report, StringComparison.Ordinal);
        var markdown = File.ReadAllLines(workspace.PathOf("site/en/02-controllers/2.1-statefulset/report.md")).ToList();
        var code = markdown.IndexOf("kubectl get pods");
        var nextHeading = markdown.FindIndex(code, l => l.StartsWith('#'));
        Assert.Contains("```", markdown[code..nextHeading]);
    }

    [Fact]
    public void ATabUsedForIndentation_IsReportedOnItsOwnLine()
    {
        var report = Check(("1.1-tab.yaml", "id: \"1.1\"\nslug: tab\nchapter: 1\ntitle: Tabs\ndate: 2024-01-01\nsummary:\n\tone_line: indented with a tab\n"));

        Assert.StartsWith("experiments/1.1-tab.yaml(7,1): error SG0001: YAML syntax error: While scanning a mapping, found invalid tab as indentation.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordWithASyntaxError_IsNotCalledMissingByTheRecordsThatLinkToIt()
    {
        var report = Check(
            ("1.1-first.yaml", "id: \"1.1\"\nslug: first\nchapter: 1\ntitle: First\ndate: 2024-01-01\nnext_steps:\n  experiments:\n    - experiment: \"1.2\"\nsummary: {one_line: one}\n"),
            ("1.2-second.yaml", "id: \"1.2\"\nslug: second\nchapter: 1\ntitle: [broken\n"));

        Assert.Contains("1.2-second.yaml(4,8): error SG0001", report, StringComparison.Ordinal);
        Assert.DoesNotContain("SG0202", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNotNamedAfterItsRecord_IsWarned()
    {
        var report = Check(("1.9-notes.yaml", "id: \"1.1\"\nslug: first\nchapter: 1\ntitle: First\ndate: 2024-01-01\nsummary: {one_line: one}\n"));

        Assert.Contains("experiments/1.9-notes.yaml(1,5): warning SG0206: The file is named 1.9-notes.yaml, but a record's file is named after its id and slug; rename it to 1.1-first.yaml.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrailingLineBreakInASlug_IsShownInTheError()
    {
        var report = Check(("1.1-first.yaml", "id: \"1.1\"\nslug: \"first\\n\"\nchapter: 1\ntitle: First\ndate: 2024-01-01\nsummary: {one_line: one}\n"));

        Assert.Contains("error SG0109: 'first⏎' is not a valid slug", report, StringComparison.Ordinal);
    }

    [Fact]
    public void ASlugTooLongForAFolderName_IsAPositionedError_NotACrashWhenWriting()
    {
        // Found by the fuzzing harness: a 70,000-character slug passed the check, and the build then failed
        // with an unhandled PathTooLongException (a file name may have 255 bytes).
        var slug = new string('x', 81);
        var report = Check(($"1.1-{slug}.yaml", $"id: \"1.1\"\nslug: {slug}\nchapter: 1\ntitle: First\ndate: 2024-01-01\nsummary: {{one_line: one}}\n"));

        Assert.Contains($"(2,7): error SG0109: '{slug[..60]}…' is not a valid slug: use at most 80 lowercase letters, digits and single hyphens", report, StringComparison.Ordinal);
        Assert.EndsWith("2 files checked: 0 errors, 0 warnings.\n", Check(($"1.1-{slug[..80]}.yaml", $"id: \"1.1\"\nslug: {slug[..80]}\nchapter: 1\ntitle: First\ndate: 2024-01-01\nsummary: {{one_line: one}}\n")), StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatCannotBeWritten_IsAnOutputError_AndThePreviousSiteStays()
    {
        // An output folder so deep that the pages' paths pass the system's limit of 4,096 bytes: the
        // staging folder can be made, the pages in it cannot (as with a full disk). Used to end in an
        // unhandled exception from the parallel render.
        using var workspace = Workspace.OfRepository();
        var deep = workspace.Root;
        while (deep.Length < 4_040)
        {
            deep = Path.Combine(deep, new string('d', Math.Min(200, 4_040 - deep.Length)));
        }

        var output = Path.Combine(deep, "s");
        var (result, report) = Builds.Run(workspace, output);

        Assert.False(result.Succeeded);
        Assert.Contains("error SG0408: ", report, StringComparison.Ordinal);
        Assert.Contains("cannot be written", report, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "index.html")));
    }

    [Theory]
    [InlineData("١h")]      // Arabic-Indic one
    [InlineData("१.५h")]    // Devanagari digits
    [InlineData("９０m")]    // full-width digits
    public void ADurationInDigitsOfAnotherScript_IsAPositionedError_NotACrash(string duration)
    {
        // .NET's \d matched these, and the number parser then threw a FormatException out of check.
        var report = Check(("1.1-first.yaml", $"id: \"1.1\"\nslug: first\nchapter: 1\ntitle: First\ndate: 2024-01-01\nduration: {duration}\nsummary: {{one_line: one}}\n"));

        Assert.Contains($"(6,11): error SG0107: 'duration' at the top level of the file is '{duration}', which is not a duration", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u2028", "line separator (U+2028)")] // pasted from a web page
    [InlineData("\u2029", "paragraph separator (U+2029)")]
    [InlineData("\u0085", "next-line control character (U+0085)")]
    public void AnUnusualLineBreakInAValue_IsNamedWhereItIs_NotAnIndentationErrorLinesOff(string separator, string name)
    {
        // Found by the fuzzing harness (seed df6V3UZYYDV1): YAML's scanner took these for line breaks, which
        // editors do not show, so a quoted value "had wrong indentation" and later errors pointed lines too far.
        var report = Check(("1.1-first.yaml", $"id: \"1.1\"\nslug: first\nchapter: 1\ntitle: \"A{separator}B\"\ndate: 2024-13-01\nsummary: {{one_line: one}}\n"));

        Assert.True(report.Contains($"1.1-first.yaml(4,10): error SG0011: This line holds an invisible {name}, which YAML reads as a line break; replace it with a line break or a space.", StringComparison.Ordinal), report);
        Assert.DoesNotContain("SG0001", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithOldMacLineBreaks_IsReportedOnTheLinesAnEditorShows()
    {
        var report = Check(("1.1-first.yaml", "id: \"1.1\"\rslug: first\rchapter: 1\rtitle: First\rdate: 2024-13-01\rsummary: {one_line: one}\r"));

        Assert.True(report.Contains("1.1-first.yaml(5,7): error SG0104", StringComparison.Ordinal), report);
        Assert.True(report.Contains("  5 | date: 2024-13-01", StringComparison.Ordinal), report);
    }

    [Fact]
    public void AControlCharacterInAValue_IsAnErrorAtTheValue_AndNeverReachesAPage()
    {
        var report = Check(("1.1-first.yaml", "id: \"1.1\"\nslug: first\nchapter: 1\ntitle: \"Bell \\x01 here\"\ndate: 2024-01-01\nsummary: {one_line: one}\n"));

        Assert.Contains("experiments/1.1-first.yaml(4,8): error SG0011: This value holds the control character U+0001, which no page can show; remove it.", report, StringComparison.Ordinal);
    }

    [Fact]
    public void AUtf16File_IsNamedAsSuch_AndNoNulReachesTheTerminal()
    {
        var text = "id: \"1.1\"\nslug: first\nchapter: 1\ntitle: First\ndate: 2024-01-01\nsummary: {one_line: one}\n";
        using var content = TestPaths.TestContent();
        content.Add("1.1-first.yaml", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)]);
        content.Add("1.2-second.yaml", System.Text.Encoding.Unicode.GetBytes(text.Replace("1.1", "1.2", StringComparison.Ordinal).Replace("first", "second", StringComparison.Ordinal)));

        var report = Report(content);

        Assert.Contains("experiments/1.1-first.yaml: error SG0003: The file is saved as UTF-16, not UTF-8; save it as UTF-8 in your editor.", report, StringComparison.Ordinal);
        Assert.Contains("experiments/1.2-second.yaml: error SG0003: The file is saved as UTF-16, not UTF-8; save it as UTF-8 in your editor.", report, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', report);
    }

    [Fact]
    public void ALineWithControlCharacters_IsPrintedWithTheirPictures()
    {
        var line = DiagnosticFormatter.Format(new Diagnostic(DiagnosticSeverity.Error, "SG0001", new SourceSpan("x.yaml", 1, 3), "message", "a\0b\u001b[31mc"));

        Assert.Equal("x.yaml(1,3): error SG0001: message\n  1 | a␀b␛[31mc\n    |   ^", line);
    }

    [Fact]
    public void AnUnsafeAutolink_KeepsItsText_AndIsNoLink()
    {
        var html = new SiteGen.Rendering.Markdown.ProseMarkdown().ToHtml("Do not open <javascript:alert(1)> please");

        Assert.Equal("<p>Do not open &lt;javascript:alert(1)&gt; please</p>", html);
    }

    [Fact]
    public void RecordsBehindALinkedFolder_AreReported_AndALinkedFileIsRead()
    {
        using var content = TestPaths.TestContent();
        var elsewhere = Directory.CreateTempSubdirectory("sitegen-elsewhere-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(elsewhere, "1.2-second.yaml"), "id: \"1.2\"\nslug: second\nchapter: 1\ntitle: Second\ndate: 2024-01-01\nsummary: {one_line: two}\n");
            Directory.CreateSymbolicLink(content.Experiment("linked"), elsewhere);
            File.CreateSymbolicLink(content.Experiment("1.2-second.yaml"), Path.Combine(elsewhere, "1.2-second.yaml"));

            var result = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);

            Assert.Equal(["1.2"], result.Records.Select(r => r.Id));
            Assert.Contains($"experiments/linked: warning SG0207: This folder is a link (to {elsewhere}), and SiteGen does not follow links to folders, so its records are left out; move or copy them here.",
                DiagnosticFormatter.Report(result.Diagnostics, result.FilesRead), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void AnOutputFolderInsideTheContent_IsRefused_EvenThroughALink()
    {
        using var workspace = Workspace.OfRepository();
        Directory.CreateSymbolicLink(workspace.PathOf("content-link"), workspace.Content);

        var (result, report) = Builds.Run(workspace, workspace.PathOf("content-link/site"));

        Assert.False(result.Succeeded);
        Assert.Contains("error SG0408: The output folder is inside the build's sources", report, StringComparison.Ordinal);
        Assert.False(Directory.Exists(workspace.PathOf("content/site")));
    }

    private static string Check(params (string Name, string Text)[] records)
    {
        using var content = TestPaths.TestContent();
        foreach (var (name, text) in records)
        {
            content.Add(name, text);
        }

        return Report(content);
    }

    private static string Report(ContentFolder content)
    {
        var result = new ContentChecker(new PathDisplay(content.Root)).Check(content.Root);
        return DiagnosticFormatter.Report(result.Diagnostics, result.FilesRead);
    }
}
