using System.Globalization;
using System.Text;
using SiteGen.Checking;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Scaffolding;

/// <summary>
/// The <c>new</c> use case: reads the content as <c>sitegen check</c> does, picks the next free id of the
/// chapter and a slug no other record of the chapter has, and writes the skeleton, never over a file.
/// </summary>
public static class RecordScaffolder
{
    /// <summary>
    /// Where the record goes and what it is called. The ids taken are every record's id (the id in its file
    /// name when it cannot be read) and the id in every record file's name, so a new file can neither repeat
    /// an id nor sort among another record's name. A slug made from the title gets <c>-2</c>, <c>-3</c>...
    /// when the chapter already has it; a slug given with <c>--slug</c> is refused instead. The file goes in
    /// the chapter's folder, <c>experiments/02-controllers/</c>, named as the site names the chapter's pages.
    /// </summary>
    /// <param name="request">A request whose <see cref="NewRecordRequest.Problem"/> is null.</param>
    public static ScaffoldPlan Plan(string contentDirectory, NewRecordRequest request, PathDisplay display)
    {
        if (request.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(request));
        }

        var content = new ContentChecker(display).Check(contentDirectory);
        if (content.Config is not { } config)
        {
            return Refused([.. content.Diagnostics.Where(d => d.IsError)]);
        }

        var siteFile = SourceSpan.WholeFile(display.Of(Path.Combine(contentDirectory, SiteConfigLoader.FileName)));
        if (config.Chapters.FirstOrDefault(c => c.Number == request.Chapter) is not { } chapter)
        {
            return Refused(Error(DiagnosticCodes.UnknownChapter, siteFile, UnknownChapter(request.Chapter, config)));
        }

        if (ExperimentIds.Next(chapter.Number, TakenIds(content.Records)) is not { } id)
        {
            return Refused(Error(DiagnosticCodes.DuplicateId, siteFile, string.Create(CultureInfo.InvariantCulture,
                $"Chapter {chapter.Number} has used every experiment number up to {ExperimentIds.MaxNumber}; start the experiment in another chapter.")));
        }

        var slugs = content.Records
            .Where(r => r.Slug is not null && InChapter(r, chapter.Number))
            .GroupBy(r => r.Slug!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (request.Slug is { } given && slugs.TryGetValue(given, out var holder))
        {
            return Refused(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.DuplicateSlug,
                holder.SlugAt?.Span ?? SourceSpan.WholeFile(holder.DisplayPath),
                $"The slug '{given}' is already used in chapter {chapter.Number} by {holder.DisplayPath}; pick another with --slug.",
                holder.SlugAt?.Line));
        }

        var slug = request.Slug ?? Slugs.FirstFree(Slugs.FromTitle(request.ShownTitle)!, slugs.ContainsKey);
        var chapterFolder = SiteLayout.ChapterFolder(chapter);
        var folder = Path.Combine(contentDirectory, ContentChecker.ExperimentsFolder, chapterFolder);
        var path = Path.Combine(folder, $"{id}-{slug}.yaml");
        if (File.Exists(path) || Directory.Exists(path))
        {
            return Refused(Exists(display.Of(path)));
        }

        var schema = Path.GetRelativePath(folder, Path.Combine(contentDirectory, RecordSkeleton.SchemaFile)).Replace('\\', '/');
        var record = new NewRecord(path, display.Of(path), id, slug, chapter.Number, chapterFolder, request.ShownTitle, request.Date, schema);
        return new ScaffoldPlan(record, []);
    }

    /// <summary>Writes the record's skeleton; a file already there is never overwritten. The diagnostics say what went wrong, if anything did.</summary>
    public static IReadOnlyList<Diagnostic> Create(NewRecord record)
    {
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(RecordSkeleton.Text(record));
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(record.Path)!);
            using var file = new FileStream(record.Path, FileMode.CreateNew, FileAccess.Write);
            file.Write(bytes);
            return [];
        }
        catch (IOException) when (File.Exists(record.Path))
        {
            return [Exists(record.DisplayPath)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Error(DiagnosticCodes.OutputFailed, SourceSpan.WholeFile(record.DisplayPath),
                $"The record could not be written ({ex.Message}); check that its folder can be written to.")];
        }
    }

    /// <summary>Every record's id, and the id in every record file's name, whichever chapter they are in.</summary>
    internal static IEnumerable<string> TakenIds(IReadOnlyList<RecordEntry> records) =>
        records.Select(r => r.Id)
            .Concat(records.Select(r => RecordChecker.FileNameId(new RecordFile(r.Path, r.DisplayPath))).OfType<string>());

    /// <summary>A record of the chapter by its 'chapter' or by its id: a slug either of them has is not free.</summary>
    internal static bool InChapter(RecordEntry record, int chapter) =>
        record.Chapter == chapter || ExperimentIds.Parse(record.Id)?.Chapter == chapter;

    internal static string UnknownChapter(int number, SiteConfig config)
    {
        var declared = string.Join(", ", config.Chapters.Select(c => c.Number.ToString(CultureInfo.InvariantCulture)));
        return config.Chapters.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"Chapter {number} is not declared in site.yaml, which declares no chapters yet; add it under 'chapters:' there.")
            : string.Create(CultureInfo.InvariantCulture, $"Chapter {number} is not declared in site.yaml (chapters: {declared}); use one of those, or add it under 'chapters:' there.");
    }

    private static Diagnostic Exists(string displayPath) =>
        Error(DiagnosticCodes.RecordExists, SourceSpan.WholeFile(displayPath),
            "This file already exists, and sitegen new never overwrites a file; give another title or --slug, or edit the file.");

    private static Diagnostic Error(string code, SourceSpan span, string message) => new(DiagnosticSeverity.Error, code, span, message);

    private static ScaffoldPlan Refused(params Diagnostic[] diagnostics) => new(null, diagnostics);
}
