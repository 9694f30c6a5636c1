using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Scaffolding;

/// <summary>
/// Slugs made from titles: lowercase Latin letters and digits, every run of anything else one hyphen,
/// at most <see cref="MaxLength"/> characters, as <see cref="ModelPatterns.Slug"/> requires.
/// </summary>
public static partial class Slugs
{
    /// <summary>The longest slug <see cref="ModelPatterns.Slug"/> allows.</summary>
    public const int MaxLength = 80;

    /// <summary>
    /// The slug of a title: "StatefulSet: stateful applications" gives <c>statefulset-stateful-applications</c>,
    /// "DaemonSet 守护进程" gives <c>daemonset</c>. Accents are dropped (é is e) and full-width letters read
    /// as their ASCII selves; an apostrophe joins rather than splits (don't is <c>dont</c>). Null when the title
    /// has no Latin letter or digit at all, such as a title all in Chinese: that slug has to be given.
    /// </summary>
    public static string? FromTitle(string title)
    {
        var slug = new StringBuilder();
        var gap = false;
        foreach (var c in title.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (gap && slug.Length > 0)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else if (c is not ('\'' or '\u2019') && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                gap = true;
            }
        }

        return slug.Length == 0 ? null : Shorten(slug.ToString(), MaxLength);
    }

    /// <summary>Whether <paramref name="slug"/> is a slug a record may have.</summary>
    public static bool IsValid(string slug) => Pattern().IsMatch(slug);

    /// <summary>
    /// <paramref name="slug"/> cut to at most <paramref name="maxLength"/> characters, at a hyphen when there
    /// is one, so no word is cut in half; a single word longer than that is cut where it must be.
    /// </summary>
    public static string Shorten(string slug, int maxLength)
    {
        if (slug.Length <= maxLength)
        {
            return slug;
        }

        var hyphen = slug.LastIndexOf('-', maxLength);
        return hyphen > 0 ? slug[..hyphen] : slug[..maxLength];
    }

    /// <summary>
    /// <paramref name="slug"/> itself when it is free, otherwise the first of <c>slug-2</c>, <c>slug-3</c>...
    /// that is, each cut so that it stays within <see cref="MaxLength"/>.
    /// </summary>
    public static string FirstFree(string slug, Func<string, bool> isTaken)
    {
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $"-{n}");
            var candidate = Shorten(slug, MaxLength - suffix.Length) + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    [GeneratedRegex(ModelPatterns.Slug, RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
