using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Validation;

/// <summary>
/// Checks the tag names of <c>site.yaml</c> against the records: a name for a tag no record has is never
/// shown, which is most often a misspelt tag.
/// </summary>
public static class TagNameCheck
{
    /// <summary>A warning at each name under <c>tags</c> whose tag no record has, with the nearest tag the records do have.</summary>
    public static IEnumerable<Diagnostic> Unused(SiteConfig config, SourceText source, SourceMap map, IEnumerable<RecordEntry> records)
    {
        if (config.Tags.Count == 0)
        {
            yield break;
        }

        var tags = records.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var slugs = tags.Select(SiteLayout.TagSlug).ToHashSet(StringComparer.Ordinal);
        foreach (var name in config.Tags.Keys.Where(k => !slugs.Contains(SiteLayout.TagSlug(k))))
        {
            var hint = Suggestions.Nearest(name, tags) is { } near
                ? $" Did you mean '{near}'?"
                : " Fix the tag, or remove its name.";
            yield return source.Warning(DiagnosticCodes.UnusedTagName, map.Find(config.Tags, name) ?? SourceSpan.WholeFile(source.DisplayPath),
                $"No record has the tag '{name}', so its name under 'tags' is never shown.{hint}");
        }
    }
}
