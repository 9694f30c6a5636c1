using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;

namespace SiteGen.Scaffolding;

/// <summary>
/// What <c>sitegen new</c> is asked for: a record in <paramref name="Chapter"/> titled <paramref name="Title"/>,
/// named <paramref name="Slug"/> or, when that is null, after the title; dated <paramref name="Date"/>.
/// </summary>
public sealed partial record NewRecordRequest(int Chapter, string Title, string? Slug, DateOnly Date)
{
    /// <summary>The title as it goes into the record: runs of white space, line breaks included, are one space.</summary>
    public string ShownTitle => Tidy(Title);

    /// <summary>
    /// What is wrong with the request on its own, before any content is read, said so the user can fix the
    /// command line; null when nothing is.
    /// </summary>
    public string? Problem => ChapterProblem(Chapter) ?? TitleProblem(Title, Slug) ?? (Slug is null ? null : SlugProblem(Slug));

    /// <summary>What is wrong with a chapter number, whatever the site declares; null when nothing is.</summary>
    public static string? ChapterProblem(int chapter) =>
        chapter is < 1 or > 99
            ? string.Create(CultureInfo.InvariantCulture, $"--chapter {chapter} is not a chapter number; chapters are numbered 1 to 99.")
            : null;

    /// <summary>What is wrong with a title, given the slug asked for (null: one made from the title); null when nothing is.</summary>
    public static string? TitleProblem(string title, string? slug)
    {
        var shown = Tidy(title);
        if (shown.Length == 0)
        {
            return "Give the experiment a title, for example: sitegen new --chapter 2 \"DaemonSet: one pod per node\".";
        }

        if (shown.Where(char.IsControl).Select(c => (int?)c).FirstOrDefault() is { } control)
        {
            return string.Create(CultureInfo.InvariantCulture, $"The title holds the control character U+{control:X4}, which no page can show; remove it.");
        }

        return slug is null && Slugs.FromTitle(shown) is null
            ? $"The title \"{shown}\" has no Latin letter or digit to make the page's slug from; give one with --slug, for example --slug daemonset."
            : null;
    }

    /// <summary>What is wrong with a slug given with <c>--slug</c>; null when nothing is.</summary>
    public static string? SlugProblem(string slug) =>
        Slugs.IsValid(slug) ? null : $"--slug '{slug}' is not a slug: {ModelPatterns.SlugHint}.";

    private static string Tidy(string title) => Spaces().Replace(title, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
