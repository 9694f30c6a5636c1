using AngleSharp.Html.Parser;

namespace SiteGen.Auditing;

/// <summary>What an audit learns from a built site's folder alone: its pages, its language folders, its public URL.</summary>
public static class SiteFolder
{
    /// <summary>Every HTML page under the folder, relative with <c>/</c>, in ordinal order; dot-folders (<c>.sitegen</c>) left out.</summary>
    public static IReadOnlyList<string> Pages(string root) =>
        [.. Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal)];

    /// <summary>Top-level folders that are languages (zh, en): those holding an index.html, except assets.</summary>
    public static IReadOnlySet<string> LanguageFolders(string root) =>
        Directory.EnumerateDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, "index.html")))
            .Select(Path.GetFileName).OfType<string>()
            .Where(n => n != "assets")
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The site's public base URL, as the build wrote it: the canonical URL of the root page (the language chooser),
    /// which is <c>base_url</c> itself. Null when the site was built without one (or has no root page).
    /// </summary>
    public static Uri? PublicBaseUrl(string root)
    {
        var chooser = Path.Combine(root, "index.html");
        if (!File.Exists(chooser))
        {
            return null;
        }

        var href = new HtmlParser().ParseDocument(File.ReadAllText(chooser)).QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        return Uri.TryCreate(href, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/")
            : null;
    }
}
