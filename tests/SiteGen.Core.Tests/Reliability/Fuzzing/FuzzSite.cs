using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Building;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Output;
using SiteGen.Testing;

namespace SiteGen.Core.Tests.Reliability.Fuzzing;

/// <summary>How a fuzz case ended, for the run's tally.</summary>
public enum FuzzOutcome { Built, Rejected }

/// <summary>
/// A content folder holding one record, built again for every case with a long-lived <see cref="SiteBuilder"/>,
/// as a dev server would. <see cref="Run"/> asserts the harness's properties and says how the case ended.
/// </summary>
public sealed partial class FuzzSite : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-fuzz-").FullName;
    private readonly SiteBuilder _builder;

    public FuzzSite()
    {
        Directory.CreateDirectory(Experiments);
        // The sample site with the fixtures' chapter 1, so every seed has its chapter.
        File.WriteAllText(Path.Combine(Content, "site.yaml"), File.ReadAllText(Path.Combine(RepositoryPaths.Content, "site.yaml"))
            .Replace("chapters:\n", "chapters:\n  - number: 1\n    slug: edge-cases\n    title: {zh: 边界情况, en: Edge cases}\n", StringComparison.Ordinal));
        _builder = new SiteBuilder(new BuildOptions(Content, RepositoryPaths.Templates, Output, BuildOptions.DefaultVendorDirectory, new PathDisplay(_root))
        {
            MaxParallelism = 1,
        });
    }

    private string Content => Path.Combine(_root, "content");
    private string Experiments => Path.Combine(Content, "experiments");
    private string Output => Path.Combine(_root, "site");

    /// <summary>Writes the case's record (the only one), builds, and checks every property.</summary>
    public FuzzOutcome Run(FuzzCase fuzz)
    {
        foreach (var old in Directory.GetFiles(Experiments))
        {
            File.Delete(old);
        }

        var bytes = fuzz.Bytes();
        File.WriteAllBytes(Path.Combine(Experiments, fuzz.FileName), bytes);
        var before = Stamp();

        var result = _builder.Build(); // an exception here fails the case: none may escape

        var report = DiagnosticFormatter.Report(result.Diagnostics, result.FilesChecked);
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.True(CodeShape().IsMatch(diagnostic.Code), $"A diagnostic without a code: {diagnostic}");
            if (diagnostic.IsError)
            {
                Assert.True(diagnostic.Span.HasPosition || WholeFileCodes.Contains(diagnostic.Code), $"An error without a position:\n{report}");
                Assert.True(IsContentCode(diagnostic.Code), $"Content made the build fail outside check (a template or output error):\n{report}");
                Assert.True(diagnostic.Span.Line <= LineCount(bytes) + 1, $"An error past the end of the file:\n{report}");
            }
        }

        AssertNothingOutside();
        if (!result.Succeeded)
        {
            Assert.Equal(before, Stamp()); // a failed build leaves the previous site exactly as it was
            return FuzzOutcome.Rejected;
        }

        foreach (var (path, file) in Workspace.Snapshot(Output))
        {
            Assert.Matches(SitePath(), path);
            if (path.EndsWith(".html", StringComparison.Ordinal) || path.EndsWith(".md", StringComparison.Ordinal))
            {
                var text = Encoding.UTF8.GetString(file);
                var control = text.AsSpan().IndexOfAny(ControlCharacters);
                Assert.True(control < 0, $"{path} holds the control character U+{(control < 0 ? 0 : text[control]):X4} at {control}.");
                var problems = path.EndsWith(".html", StringComparison.Ordinal) ? PageSafety.Problems(text).ToList() : [];
                Assert.True(problems.Count == 0, $"{path}:\n  " + string.Join("\n  ", problems));
            }

            if (path.EndsWith(".xml", StringComparison.Ordinal))
            {
                _ = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(file)); // well-formed, whatever the records hold
            }
        }

        return FuzzOutcome.Built;
    }

    /// <summary>Control characters (C0 but tab and line breaks, DEL, C1): no page or report can show them.</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))]);

    /// <summary>Errors that are about the file as a whole: it is empty, too large, unreadable or not UTF-8 at all.</summary>
    private static readonly HashSet<string> WholeFileCodes =
        [DiagnosticCodes.EmptyFile, DiagnosticCodes.InvalidUtf8, DiagnosticCodes.DocumentTooLarge, DiagnosticCodes.UnreadableFile];

    /// <summary>SG00xx (reading), SG01xx (a record), SG02xx (records together), SG03xx (site.yaml), SG08xx (the files a record names): what check finds.</summary>
    private static bool IsContentCode(string code) => string.CompareOrdinal(code, "SG0400") < 0 || code.StartsWith("SG08", StringComparison.Ordinal);

    /// <summary>Lines as editors and SiteGen count them: ended by \n, \r\n or a lone \r.</summary>
    private static int LineCount(byte[] bytes) =>
        bytes.Where((b, i) => b == (byte)'\n' || (b == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n'))).Count() + 1;

    /// <summary>The only things a build may create beside the content: the output folder and its bookkeeping folder.</summary>
    private void AssertNothingOutside()
    {
        var entries = Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Subset(new HashSet<string?>(["content", "site", OutputFolder.BookkeepingFolder]), entries.ToHashSet());
    }

    private SortedDictionary<string, (long, DateTime)> Stamp() => new(
        Directory.Exists(Output)
            ? Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Output, f), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)))
            : [],
        StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [GeneratedRegex(@"^SG\d{4}$")]
    private static partial Regex CodeShape();

    /// <summary>Every file a site may hold: the root page, language indexes, 404 pages, the sitemap, robots.txt, experiment pages, side-by-side pages and reports, the search index, tag pages, assets.</summary>
    [GeneratedRegex(@"^(\.sitegen-output|\.nojekyll|index\.html|((zh|en)/)?404\.html|sitemap\.xml|robots\.txt|(zh|en)/index\.html|(zh|en)/tags/index\.html|(zh|en)/tags/([a-z0-9]+(-[a-z0-9]+)*|t-[0-9a-f]{8})/index\.html|(zh|en)/\d{2}-[a-z0-9]+(-[a-z0-9]+)*/\d{1,2}\.\d{1,3}-[a-z0-9]+(-[a-z0-9]+)*/(index\.html|parallel\.html|report\.md)|assets/[A-Za-z0-9./-]+|pagefind/[a-z0-9_./-]+)$")]
    private static partial Regex SitePath();
}
