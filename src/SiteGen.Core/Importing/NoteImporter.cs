using System.Globalization;
using SiteGen.Checking;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Importing.Notes;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Text;
using SiteGen.Rendering.Views;
using SiteGen.Scaffolding;

namespace SiteGen.Importing;

/// <summary>
/// The <c>import</c> use case: each Markdown note becomes one record in its chapter's folder, named as
/// <c>sitegen new</c> names records, read in the given language with the labels of that language's UI
/// strings. A record is written only when it reads back without an error, and never over a file.
/// </summary>
public static class NoteImporter
{
    public static (IReadOnlyList<ImportedNote> Notes, IReadOnlyList<Diagnostic> Refused) Import(
        string contentDirectory, string templatesDirectory, ImportRequest request, PathDisplay display)
    {
        var content = new ContentChecker(display).Check(contentDirectory);
        if (content.Config is not { } config)
        {
            return ([], [.. content.Diagnostics.Where(d => d.IsError)]);
        }

        var siteFile = SourceSpan.WholeFile(display.Of(Path.Combine(contentDirectory, SiteConfigLoader.FileName)));
        request = request with { Language = request.Language ?? config.DefaultLanguage };
        if (!config.LanguageCodes.Contains(request.Language))
        {
            return ([], [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnknownLanguage, siteFile,
                $"The site has no language '{request.Language}' (languages: {string.Join(", ", config.LanguageCodes)}); give one of them with --language.")]);
        }

        if (request.Chapter is { } asked && config.Chapters.All(c => c.Number != asked))
        {
            return ([], [new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnknownChapter, siteFile, RecordScaffolder.UnknownChapter(asked, config))]);
        }

        var found = new DiagnosticBag();
        if (UiStringsLoader.Load(templatesDirectory, config, display, found) is not { } ui || found.HasErrors)
        {
            return ([], [.. found.Where(d => d.IsError)]);
        }

        var words = new NoteVocabulary(ui[request.Language]);
        var taken = new HashSet<string>(RecordScaffolder.TakenIds(content.Records), StringComparer.Ordinal);
        var slugs = content.Records.Where(r => r.Slug is not null).Select(r => (r.Chapter, r.Slug!)).ToHashSet();
        var notes = new List<ImportedNote>();
        foreach (var file in request.Files)
        {
            notes.Add(ImportOne(Path.GetFullPath(file), contentDirectory, config, words, request, display, taken, slugs));
        }

        return (notes, []);
    }

    private static ImportedNote ImportOne(
        string path, string contentDirectory, SiteConfig config, NoteVocabulary words, ImportRequest request, PathDisplay display,
        HashSet<string> taken, HashSet<(int, string)> slugs)
    {
        var shown = display.Of(path);
        var diagnostics = new List<Diagnostic>();
        if (NoteDecoder.Read(path, shown, request.RepairEncoding, diagnostics) is not { } text)
        {
            return new ImportedNote(shown, null, null, diagnostics);
        }

        var (draft, found) = NoteParser.Parse(text, shown, words);
        diagnostics.AddRange(found);
        if (draft is null)
        {
            return new ImportedNote(shown, null, null, diagnostics);
        }

        var missing = Missing(draft, words, shown);
        if (missing.Count > 0)
        {
            diagnostics.AddRange(missing);
            return new ImportedNote(shown, null, null, diagnostics);
        }

        var place = Place(draft, request, config, taken, shown);
        if (place.Problem is { } problem)
        {
            diagnostics.Add(problem);
            return new ImportedNote(shown, null, null, diagnostics);
        }

        var (id, chapter) = (place.Id!, place.Chapter);
        if (draft.Id is { } given && given != id)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.ImportKept, new SourceSpan(shown, draft.IdLine, 1),
                $"The note says experiment {given}; it is imported as {id}, {(taken.Contains(given) ? $"since {given} already has a record" : $"the next free number of chapter {chapter}")}."));
        }

        var slug = Slugs.FirstFree(Slugs.FromTitle(draft.Title!) ?? "experiment", s => slugs.Contains((chapter, s)));
        var folder = Path.Combine(request.OutDirectory ?? Path.Combine(contentDirectory, ContentChecker.ExperimentsFolder),
            SiteLayout.ChapterFolder(config.Chapters.First(c => c.Number == chapter)));
        var target = Path.Combine(folder, $"{id}-{slug}.yaml");
        var record = NoteImages.Unpublished(draft.ToRecord(id, slug, chapter, words.Language), contentDirectory, folder);
        var schema = Path.GetRelativePath(folder, Path.Combine(contentDirectory, RecordSkeleton.SchemaFile)).Replace('\\', '/');
        var yaml = RecordYaml.Write(record, RecordSkeleton.SchemaComment(schema) + $"\n# Imported from {Path.GetFileName(path)} by sitegen import.");
        (yaml, var images) = NoteImages.Plan(text, path, shown, folder, id, yaml, diagnostics);

        var readBack = new DiagnosticBag();
        RecordLoader.Load(System.Text.Encoding.UTF8.GetBytes(yaml), display.Of(target), [.. config.LanguageCodes], readBack);
        if (readBack.HasErrors)
        {
            // The record was not written, so point at the note, and say what in the record would be wrong.
            diagnostics.AddRange(readBack.Where(d => d.IsError).Select(d => d with
            {
                Span = SourceSpan.WholeFile(shown),
                Message = $"The record made from this note would not pass check, so it was not written: {d.Message} (at line {d.Span.Line} of the record, '{d.LineText?.Trim()}'). Fix that part of the note and import it again.",
                LineText = null,
            }));
            return new ImportedNote(shown, null, id, diagnostics);
        }

        if (Write(target, yaml, display) is { } failed)
        {
            diagnostics.Add(failed);
            return new ImportedNote(shown, null, id, diagnostics);
        }

        NoteImages.Copy(images, shown, display, diagnostics);
        taken.Add(id);
        slugs.Add((chapter, slug));
        return new ImportedNote(shown, display.Of(target), id, diagnostics);
    }

    /// <summary>What every record needs and the note does not say, each with the line to add.</summary>
    private static List<Diagnostic> Missing(NoteDraft draft, NoteVocabulary words, string shown)
    {
        var missing = new List<Diagnostic>();
        void Need(bool present, string what)
        {
            if (!present)
            {
                missing.Add(Error(DiagnosticCodes.ImportIncomplete, SourceSpan.WholeFile(shown), what));
            }
        }

        Need(draft.Title is { Length: > 0 }, $"The note has no title; start it with \"# {words.Label("report_title").Replace("{0}", "…", StringComparison.Ordinal)}\".");
        Need(draft.Date is not null, $"The note has no date; add \"**{words.Label("meta_date")}**: 2024-01-15\" under its title.");
        Need(draft.OneLine is { Length: > 0 }, $"The note has no one-line summary; add \"### {words.Label("one_line")}\" with a sentence under \"## {words.Label("section_summary")}\".");
        return missing;
    }

    private sealed record Placement(string? Id, int Chapter, Diagnostic? Problem);

    /// <summary>The id the note gives (in the chapter asked for, if one was), or the chapter's next free id.</summary>
    private static Placement Place(NoteDraft draft, ImportRequest request, SiteConfig config, HashSet<string> taken, string shown)
    {
        var given = draft.Id is { } id ? ExperimentIds.Parse(id) : null;
        var at = draft.IdLine > 0 ? new SourceSpan(shown, draft.IdLine, 1) : SourceSpan.WholeFile(shown);
        var chapter = request.Chapter ?? given?.Chapter;
        if (chapter is not { } number)
        {
            return new Placement(null, 0, Error(DiagnosticCodes.ImportIncomplete, at, "The note gives no experiment number; say which chapter it goes in with --chapter N."));
        }

        if (config.Chapters.All(c => c.Number != number))
        {
            return new Placement(null, 0, Error(DiagnosticCodes.UnknownChapter, at, RecordScaffolder.UnknownChapter(number, config)));
        }

        if (given is { } parsed && parsed.Chapter == number && !taken.Contains(draft.Id!))
        {
            return new Placement(draft.Id, number, null);
        }

        if (given is not null && request.Chapter is null)
        {
            return new Placement(null, 0, Error(DiagnosticCodes.DuplicateId, at,
                $"Experiment {draft.Id} already has a record; import with --chapter {number} to give this one the chapter's next free number."));
        }

        return ExperimentIds.Next(number, taken) is { } next
            ? new Placement(next, number, null)
            : new Placement(null, 0, Error(DiagnosticCodes.DuplicateId, at, string.Create(CultureInfo.InvariantCulture, $"Chapter {number} has no free experiment number left.")));
    }

    /// <summary>Writes the record as a new file; never over one.</summary>
    private static Diagnostic? Write(string target, string yaml, PathDisplay display)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            var bytes = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(yaml);
            stream.Write(bytes);
            return null;
        }
        catch (IOException) when (File.Exists(target) || Directory.Exists(target))
        {
            return Error(DiagnosticCodes.RecordExists, SourceSpan.WholeFile(display.Of(target)),
                "This file already exists, and sitegen import never overwrites a file; move it away or import into another --out folder.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Error(DiagnosticCodes.OutputFailed, SourceSpan.WholeFile(display.Of(target)), $"The record could not be written ({ex.Message}); check that its folder can be written to.");
        }
    }

    private static Diagnostic Error(string code, SourceSpan span, string message) => new(DiagnosticSeverity.Error, code, span, message);
}
