using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Markdown;
using SiteGen.Validation;

namespace SiteGen.Checking;

/// <summary>Checks one record file on its own (its shape, its chapter, its translations) and takes its <see cref="RecordEntry"/>.</summary>
internal static class RecordChecker
{
    /// <summary>What checking found, and the bound record (partial when there were errors).</summary>
    public static (RecordCheck Check, LabRecord? Record) Check(RecordFile file, byte[] bytes, string hash, RecordContext context)
    {
        var diagnostics = new DiagnosticBag();
        var (record, source, map) = RecordLoader.Load(bytes, file.Display, context.Languages, diagnostics);
        if (source is not null
            && Importing.Encoding.MangledText.Finding(source.Text, file.Display, DiagnosticSeverity.Warning,
                "Restore the file from a copy that reads correctly, or repair the note it came from with sitegen import --repair-encoding.") is { } mangled)
        {
            // Text mangled by a wrong code page (å®éªŒ for 实验) is one warning at its first place, not a wall of nonsense.
            diagnostics.Add(mangled);
        }
        if (record is null || source is null || map is null)
        {
            // Not even a mapping: the id is the file name's, so follow-ups to it are not told it does not exist.
            return (new RecordCheck(FileNameId(file) is { } named ? Unreadable(file, hash, named) : null, diagnostics), null);
        }

        // Checks against the site run whenever the id and chapter were read, so one run reports them
        // together with any shape errors.
        if (record.Id is not null && map.Find(record, nameof(LabRecord.Chapter)) is not null)
        {
            RecordValidator.Validate(record, context.Config, source, map, diagnostics);
        }

        var fields = TranslationCoverage.Fields(record);
        UnclosedFences(fields, source, diagnostics);
        var valid = !diagnostics.Any(d => d.IsError);
        if (valid)
        {
            diagnostics.AddRange(TranslationCoverage.Missing(fields, context.Config, source));
        }

        FileNameAgrees(file, record, source, map, diagnostics);
        var id = record.Id ?? FileNameId(file);
        if (id is null)
        {
            return (new RecordCheck(null, diagnostics), record);
        }

        var entry = new RecordEntry(
            file.Path,
            file.Display,
            hash,
            valid,
            id,
            record.Slug,
            record.Chapter,
            record.Title,
            record.Date,
            record.Duration,
            record.Objectives.Count(o => o.Done),
            record.Objectives.Count,
            record.Tags,
            context.Languages.ToDictionary(l => l, l => fields.Count(f => !f.Text.Has(l)), StringComparer.Ordinal),
            fields.Count,
            At(source, map.Find(record, nameof(LabRecord.Id)) ?? record.Span),
            map.Find(record, nameof(LabRecord.Slug)) is { } slug ? At(source, slug) : null,
            [.. (record.NextSteps?.Experiments ?? [])
                .Where(f => f.Experiment is not null)
                .Select(f => new FollowUpReference(f.Experiment, At(source, map.Find(f, nameof(FollowUp.Experiment)) ?? record.Span), f.Done, f.Title))])
        {
            // A record with errors may be bound only in part, and is never shown: the index needs nothing more of it.
            Outstanding = valid ? Outstanding.Of(record) : [],
            Ratings = valid ? record.SelfAssessment : null,
            Files = valid ? Publishing.FileReferences.Of(record, source, map, fields) : [],
        };
        return (new RecordCheck(entry, diagnostics), record);
    }

    /// <summary>
    /// A code block opened in prose and never closed would run on through the rest of the Markdown report
    /// (the report closes it where the field ends): said where the fence is, so the author can close it.
    /// </summary>
    private static void UnclosedFences(IReadOnlyList<ProseField> fields, SourceText source, DiagnosticBag diagnostics)
    {
        foreach (var field in fields.Where(f => !f.IsLiteral))
        {
            foreach (var text in field.Text.IsNeutral ? [field.Text.Neutral!] : field.Text.Languages.Select(l => field.Text.Resolve(l, []).Text))
            {
                if (CodeFences.Unclosed(text) is not { } open)
                {
                    continue;
                }

                var fenceLine = text.Split('\n')[open.Line].Trim();
                var at = field.Text.Span;
                for (var line = Math.Max(at.Line, 1); source.Line(line) is { } candidate; line++)
                {
                    var column = candidate.IndexOf(fenceLine, StringComparison.Ordinal);
                    if (column >= 0 && candidate.Trim() == fenceLine)
                    {
                        at = source.Span(line, column + 1);
                        break;
                    }
                }

                diagnostics.Add(source.Warning(DiagnosticCodes.UnclosedCodeFence, at,
                    $"The code block that starts here in '{field.Path}' is never closed, so the report closes it where the field ends; add a line with {open.Run} where the code ends."));
            }
        }
    }

    /// <summary>
    /// A record's file is named after it, <c>&lt;id&gt;-&lt;slug&gt;.yaml</c>, so records sort in reading order
    /// and can be found by id; a name that says something else is only confusing, so it is a warning.
    /// </summary>
    private static void FileNameAgrees(RecordFile file, LabRecord record, SourceText source, SourceMap map, DiagnosticBag diagnostics)
    {
        if (record.Id is null || record.Slug is null)
        {
            return;
        }

        var expected = $"{record.Id}-{record.Slug}";
        var name = Path.GetFileNameWithoutExtension(file.Path);
        if (name != expected)
        {
            var at = map.Find(record, nameof(LabRecord.Id)) ?? record.Span;
            diagnostics.Add(source.Warning(DiagnosticCodes.FileName, at,
                $"The file is named {Path.GetFileName(file.Path)}, but a record's file is named after its id and slug; rename it to {expected}{Path.GetExtension(file.Path)}."));
        }
    }

    /// <summary>The id in a file name that follows <c>&lt;id&gt;-&lt;slug&gt;.yaml</c>, such as 2.1 in <c>2.1-statefulset.yaml</c>.</summary>
    public static string? FileNameId(RecordFile file) => RecordFiles.IdInName(Path.GetFileName(file.Path));

    private static RecordEntry Unreadable(RecordFile file, string hash, string id) =>
        new(file.Path, file.Display, hash, IsValid: false, id, null, 0, null, default, null, 0, 0, [],
            new Dictionary<string, int>(), 0, new Located(SourceSpan.WholeFile(file.Display), null), null, []);

    private static Located At(SourceText source, SourceSpan span) => new(span, source.Line(span.Line));
}
