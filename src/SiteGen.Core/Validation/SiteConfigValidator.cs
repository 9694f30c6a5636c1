using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Validation;

/// <summary>Checks <c>site.yaml</c> against itself: languages, default language, chapters, tag names.</summary>
public static class SiteConfigValidator
{
    /// <summary>True when the config is consistent; otherwise the diagnostics say why.</summary>
    public static bool Validate(SiteConfig config, SourceText source, SourceMap map, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var codes = config.Languages.Select(l => l.Code).ToList();
        if (codes.Count == 0)
        {
            Report(map.Find(config, nameof(SiteConfig.Languages)), "List at least one language under 'languages'.");
        }

        foreach (var duplicate in codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            Report(map.Find(config, nameof(SiteConfig.Languages)), $"The language '{duplicate.Key}' is listed twice; list each language once.");
        }

        if (!codes.Contains(config.DefaultLanguage, StringComparer.Ordinal))
        {
            Report(map.Find(config, nameof(SiteConfig.DefaultLanguage)),
                $"The default language '{config.DefaultLanguage}' is not one of the languages ({string.Join(", ", codes)}); pick one of them.");
        }

        CheckLanguages(config.Title, "title");
        if (config.Tagline is { } tagline)
        {
            CheckLanguages(tagline, "tagline");
        }

        if (config.Footer is { } footer)
        {
            CheckLanguages(footer, "footer");
        }

        foreach (var (tag, name) in config.Tags)
        {
            CheckLanguages(name, $"the name of tag '{tag}'");
        }

        // Tags that give the same slug share a page (PVC and pvc): they could only have one name there.
        foreach (var same in config.Tags.Keys.GroupBy(SiteLayout.TagSlug, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var names = same.ToList();
            Report(map.Find(config.Tags, names[^1]),
                $"'{names[0]}' and '{names[^1]}' under 'tags' name the same tag (its page is tags/{same.Key}/); keep one of them.");
        }
        foreach (var chapter in config.Chapters)
        {
            CheckLanguages(chapter.Title, $"the title of chapter {chapter.Number}");
        }

        foreach (var duplicate in config.Chapters.GroupBy(c => c.Number).Where(g => g.Count() > 1))
        {
            Report(map.Find(duplicate.Last(), nameof(ChapterConfig.Number)), $"Chapter {duplicate.Key} is declared twice; number each chapter once.");
        }

        return diagnostics.Items.Count == before;

        void CheckLanguages(Localized text, string what)
        {
            foreach (var language in text.Languages.Where(l => !codes.Contains(l, StringComparer.Ordinal)))
            {
                diagnostics.Add(source.Error(DiagnosticCodes.UnknownLanguage, text.Span,
                    $"The language '{language}' in {what} is not listed under 'languages'; add it there or remove it here."));
            }
        }

        void Report(SourceSpan? span, string message) =>
            diagnostics.Add(source.Error(DiagnosticCodes.InvalidSiteConfig, span ?? SourceSpan.WholeFile(source.DisplayPath), message));
    }
}
