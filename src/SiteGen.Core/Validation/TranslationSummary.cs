using System.Globalization;
using System.Text;

namespace SiteGen.Validation;

/// <summary>
/// The lines <c>check</c> and <c>build</c> print after the diagnostics: per language, how much is translated,
/// what is required, and the records with the most fields left to translate.
/// </summary>
public static class TranslationSummary
{
    public static string Format(IEnumerable<LanguageCoverage> coverage)
    {
        var text = new StringBuilder();
        foreach (var language in coverage.Where(c => c.Total > 0))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"Translated into {language.Language}: {language.Translated} of {language.Total} prose fields ({Percent(language)})");
            if (language.Required is { } required)
            {
                var missing = language.ShortOf(required);
                text.Append(missing > 0
                    ? string.Create(CultureInfo.InvariantCulture, $", below the {required}% required: {missing} more needed")
                    : string.Create(CultureInfo.InvariantCulture, $", {required}% required"));
            }

            text.Append(".\n");
            if (language.MostUntranslated.Count > 0)
            {
                text.Append("  Most untranslated: ")
                    .AppendJoin(", ", language.MostUntranslated.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.DisplayPath} ({r.Fields})")))
                    .Append(".\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The share translated as a reader should see it: rounded down to a tenth, so 99.96% short of a
    /// 100% requirement never reads as "100%".
    /// </summary>
    public static string Percent(LanguageCoverage language) =>
        (Math.Floor(language.Percent * 10) / 10).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
