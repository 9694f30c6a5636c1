using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>Checks records against each other: unique ids and slugs, follow-ups that exist.</summary>
public static class ContentValidator
{
    public static void Validate(IReadOnlyList<LoadedRecord> records, List<Diagnostic> diagnostics)
    {
        // Records that failed to bind may lack an id: they cannot collide with anything.
        var withIds = records.Where(r => r.Record.Id is not null).ToList();
        var firstById = new Dictionary<string, LoadedRecord>(StringComparer.Ordinal);
        foreach (var loaded in withIds)
        {
            if (firstById.TryAdd(loaded.Record.Id, loaded))
            {
                continue;
            }

            var first = firstById[loaded.Record.Id];
            var firstSpan = IdSpan(first);
            diagnostics.Add(loaded.Source.Error(DiagnosticCodes.DuplicateId, IdSpan(loaded),
                $"The id {loaded.Record.Id} is already used by {firstSpan.File} (line {firstSpan.Line}); give each experiment its own id."));
        }

        foreach (var group in withIds
            .Where(r => r.Record.Slug is not null)
            .GroupBy(r => (r.Record.Chapter, r.Record.Slug))
            .Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var loaded in group.Skip(1))
            {
                diagnostics.Add(loaded.Source.Error(DiagnosticCodes.DuplicateSlug,
                    loaded.Map.Find(loaded.Record, nameof(LabRecord.Slug)) ?? loaded.Record.Span,
                    $"The slug '{loaded.Record.Slug}' is already used in chapter {loaded.Record.Chapter} by {first.Source.DisplayPath}; pick another."));
            }
        }

        foreach (var loaded in withIds)
        {
            // A follow-up whose id is missing or malformed was already reported where it is written.
            foreach (var followUp in (loaded.Record.NextSteps?.Experiments ?? []).Where(f => f.Experiment is not null))
            {
                if (!firstById.ContainsKey(followUp.Experiment))
                {
                    diagnostics.Add(loaded.Source.Warning(DiagnosticCodes.UnknownFollowUp,
                        loaded.Map.Find(followUp, nameof(FollowUp.Experiment)) ?? loaded.Record.Span,
                        $"The follow-up experiment {followUp.Experiment} has no record yet; it is shown without a link. Check the id, or add the record."));
                }
            }
        }
    }

    private static SourceSpan IdSpan(LoadedRecord loaded) =>
        loaded.Map.Find(loaded.Record, nameof(LabRecord.Id)) ?? loaded.Record.Span;
}
