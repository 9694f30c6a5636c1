using System.Globalization;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Validation;

/// <summary>
/// The coverage gate: a language required (by its <c>require_translation</c> in <c>site.yaml</c>, or by
/// <c>--require-translation</c>) and translated less than required fails the check. Its missing translations
/// (<c>SG0501</c>) become errors, and one more error names the shortfall, so CI fails when a language falls
/// behind instead of printing warnings that scroll past.
/// </summary>
public static class TranslationGate
{
    /// <summary>The coverage with each language's requirement set; the shortfalls go into <paramref name="diagnostics"/>.</summary>
    /// <param name="siteFile">site.yaml as shown in messages.</param>
    /// <param name="source">site.yaml's text, for the line under a diagnostic.</param>
    public static IReadOnlyList<LanguageCoverage> Apply(
        SiteConfig config, SourceMap? map, string siteFile, SourceText? source, TranslationRequirements requirements,
        IReadOnlyList<LanguageCoverage> coverage, DiagnosticBag diagnostics)
    {
        var codes = config.LanguageCodes.ToList();
        foreach (var unknown in requirements.Overrides.Keys.Where(l => !codes.Contains(l)).Order(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.UnknownRequiredLanguage, SourceSpan.WholeFile(siteFile),
                $"--require-translation names '{unknown}', which is not one of the site's languages ({string.Join(", ", codes)}); name one of them.");
        }

        var result = new List<LanguageCoverage>(coverage.Count);
        foreach (var language in coverage)
        {
            var site = config.Languages.First(l => l.Code == language.Language);
            var fromCommandLine = requirements.Overrides.TryGetValue(language.Language, out var overridden);
            var required = fromCommandLine ? overridden : site.RequireTranslation;
            var measured = language with { Required = required };
            result.Add(measured);
            if (required is not { } percent || measured.ShortOf(percent) is not (> 0 and var missing))
            {
                continue;
            }

            var by = fromCommandLine
                ? $"--require-translation {language.Language}={percent.ToString(CultureInfo.InvariantCulture)}"
                : $"require_translation in site.yaml";
            var span = fromCommandLine ? SourceSpan.WholeFile(siteFile)
                : map?.Find(site, nameof(LanguageConfig.RequireTranslation)) ?? SourceSpan.WholeFile(siteFile);
            var message = string.Create(CultureInfo.InvariantCulture,
                $"{site.Name} ({site.Code}) is {TranslationSummary.Percent(measured)} translated ({measured.Translated} of {measured.Total} prose fields), below the {percent}% that {by} requires: translate {missing} more {(missing == 1 ? "field" : "fields")}");
            if (requirements.Enforce)
            {
                diagnostics.Promote(d => d.Code == DiagnosticCodes.MissingTranslation && d.Language == language.Language);
                diagnostics.Error(DiagnosticCodes.TranslationBelowRequired, span,
                    message + " (each missing translation into it is now an error SG0501), or lower the requirement.", Line(span));
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.TranslationBelowRequired, span,
                    message + "; check and build will fail until then.", Line(span));
            }
        }

        return result;

        string? Line(SourceSpan span) => span.HasPosition ? source?.Line(span.Line) : null;
    }
}
