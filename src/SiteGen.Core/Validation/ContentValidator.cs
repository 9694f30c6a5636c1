using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>Checks records against each other: unique ids and slugs, follow-ups that exist.</summary>
public static class ContentValidator
{
    /// <param name="records">Every record that could be read, valid or not: a record with errors still holds its id.</param>
    public static void Validate(IReadOnlyList<RecordEntry> records, DiagnosticBag diagnostics)
    {
        var firstById = new Dictionary<string, RecordEntry>(StringComparer.Ordinal);
        foreach (var entry in records)
        {
            // An unreadable record's id comes from its file name: it counts as existing, never as a clash.
            if (firstById.TryAdd(entry.Id, entry) || !entry.IdAt.Span.HasPosition || !firstById[entry.Id].IdAt.Span.HasPosition)
            {
                continue;
            }

            var first = firstById[entry.Id].IdAt.Span;
            diagnostics.Add(Error(DiagnosticCodes.DuplicateId, entry.IdAt,
                $"The id {entry.Id} is already used by {first.File} (line {first.Line}); give each experiment its own id."));
        }

        foreach (var group in records
            .Where(r => r.Slug is not null && r.SlugAt is not null)
            .GroupBy(r => (r.Chapter, r.Slug))
            .Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var entry in group.Skip(1))
            {
                diagnostics.Add(Error(DiagnosticCodes.DuplicateSlug, entry.SlugAt!,
                    $"The slug '{entry.Slug}' is already used in chapter {entry.Chapter} by {first.DisplayPath}; pick another."));
            }
        }

        foreach (var entry in records)
        {
            foreach (var followUp in entry.FollowUps.Where(f => !firstById.ContainsKey(f.Id)))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.UnknownFollowUp, followUp.At.Span,
                    $"The follow-up experiment {followUp.Id} has no record yet; it is shown without a link. Check the id, or add the record.",
                    followUp.At.Line));
            }
        }
    }

    private static Diagnostic Error(string code, Located at, string message) =>
        new(DiagnosticSeverity.Error, code, at.Span, message, at.Line);
}
