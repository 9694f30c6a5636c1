using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>
/// The translation coverage the command line requires (<c>--require-translation LANG[=PERCENT]</c>), over what
/// each language's <c>require_translation</c> in <c>site.yaml</c> says.
/// </summary>
/// <param name="Overrides">Percent required per language code, replacing <c>site.yaml</c>'s value for that language.</param>
/// <param name="Enforce">
/// False to report a shortfall as a warning and keep missing translations warnings (the preview server:
/// an author mid-translation still wants to see the pages).
/// </param>
public sealed record TranslationRequirements(IReadOnlyDictionary<string, int> Overrides, bool Enforce = true)
{
    /// <summary>What <c>site.yaml</c> requires, enforced.</summary>
    public static readonly TranslationRequirements FromSite = new(new Dictionary<string, int>(StringComparer.Ordinal));

    /// <summary>What <c>site.yaml</c> requires, reported but not enforced.</summary>
    public static readonly TranslationRequirements Advisory = FromSite with { Enforce = false };

    /// <summary>
    /// Reads <c>LANG</c> (every field) or <c>LANG=PERCENT</c> (a whole number from 0 to 100) per value; a
    /// later value for the same language wins. Null, with the reason, when a value is not of that shape.
    /// </summary>
    public static TranslationRequirements? Parse(IEnumerable<string> values, out string? error)
    {
        var overrides = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            var parts = value.Split('=', 2);
            var percent = 100;
            if (!Regex.IsMatch(parts[0], ModelPatterns.Language)
                || (parts.Length == 2 && !(int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out percent) && percent <= 100)))
            {
                error = $"--require-translation takes LANG or LANG=PERCENT, such as 'en' or 'en=90' (a whole percent from 0 to 100), not '{value}'.";
                return null;
            }

            overrides[parts[0]] = percent;
        }

        error = null;
        return new TranslationRequirements(overrides);
    }
}
