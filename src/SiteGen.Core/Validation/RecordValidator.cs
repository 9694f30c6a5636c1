using System.Globalization;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>Checks one bound record against the site: its chapter exists and agrees with its id.</summary>
public static class RecordValidator
{
    public static void Validate(LabRecord record, SiteConfig config, SourceText source, SourceMap map, DiagnosticBag diagnostics)
    {
        var chapterSpan = map.Find(record, nameof(LabRecord.Chapter)) ?? record.Span;
        if (!config.Chapters.Any(c => c.Number == record.Chapter))
        {
            var known = string.Join(", ", config.Chapters.Select(c => c.Number.ToString(CultureInfo.InvariantCulture)));
            diagnostics.Add(source.Error(DiagnosticCodes.UnknownChapter, chapterSpan,
                $"Chapter {record.Chapter} is not declared in site.yaml (chapters: {known}); use one of those or add it there."));
        }

        var idChapter = record.Id.Split('.')[0];
        if (int.Parse(idChapter, CultureInfo.InvariantCulture) != record.Chapter)
        {
            diagnostics.Add(source.Error(DiagnosticCodes.InvalidFormat, map.Find(record, nameof(LabRecord.Id)) ?? record.Span,
                $"The id {record.Id} belongs to chapter {idChapter}, but 'chapter' is {record.Chapter}; make them agree."));
        }
    }
}
