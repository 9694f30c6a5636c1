using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Scaffolding;

/// <summary>
/// <c>sitegen init [DIR]</c>: a new notes site that builds right away. It writes <c>content/site.yaml</c>
/// (languages, one chapter, the base URL, each with a comment), one example record made as
/// <c>sitegen new</c> makes one, a <c>.gitignore</c> and a GitHub Pages workflow; no copy of the theme, which
/// comes with SiteGen (a site's <c>templates/</c> holds only what it changes). Nothing is written when any of
/// those files exists already, so init never overwrites a site.
/// </summary>
public static class SiteScaffolder
{
    /// <summary>The files init writes, relative to the site's folder, and their text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        ("content/site.yaml", NewSiteFiles.SiteYaml),
        (".gitignore", NewSiteFiles.GitIgnore),
        (".github/workflows/pages.yml", NewSiteFiles.PagesWorkflow),
    ];

    /// <summary>The example record's chapter and title.</summary>
    public static NewRecordRequest ExampleRecord(DateOnly today) => new(1, "My first experiment", "first-experiment", today);

    /// <summary>Creates the site in <paramref name="directory"/>; the files written, or the problems and nothing written.</summary>
    public static (IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Problems) Create(string directory, DateOnly today, PathDisplay display)
    {
        directory = Path.GetFullPath(directory);
        var taken = Files.Select(f => Path.Combine(directory, f.Path))
            .Append(Path.Combine(directory, "content", "experiments"))
            .Where(Path.Exists)
            .ToList();
        if (taken.Count > 0)
        {
            return ([], [.. taken.Select(t => new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.SiteExists, SourceSpan.WholeFile(display.Of(t)),
                "This is already here, and init never overwrites a site: run init in a new or empty folder, or give one (sitegen init DIR)."))]);
        }

        var written = new List<string>();
        try
        {
            foreach (var (path, text) in Files)
            {
                var full = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text.ReplaceLineEndings("\n"));
                written.Add(full);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (written, [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.SiteExists, SourceSpan.WholeFile(display.Of(directory)),
                $"The site could not be written here: {ex.Message}")]);
        }

        var content = Path.Combine(directory, "content");
        var plan = RecordScaffolder.Plan(content, ExampleRecord(today), display);
        var problems = plan.Record is { } record ? RecordScaffolder.Create(record) : plan.Diagnostics;
        if (problems.Count == 0)
        {
            written.Add(plan.Record!.Path);
        }

        return (written, problems);
    }
}
