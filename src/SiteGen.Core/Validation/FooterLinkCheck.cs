using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Validation;

/// <summary>
/// Checks the links of <c>site.yaml</c>'s footer: the footer is on every page, at every depth of the site and
/// on 404 pages served at any address, so a relative link in it leads somewhere else from almost every page.
/// </summary>
public static class FooterLinkCheck
{
    /// <summary>A warning for each link of the footer that is not a full URL (<c>https://…</c>, <c>mailto:…</c>) or a <c>#fragment</c>.</summary>
    public static IEnumerable<Diagnostic> Relative(SiteConfig config, SourceText source)
    {
        if (config.Footer is not { } footer)
        {
            yield break;
        }

        var texts = footer.IsNeutral ? [footer.Neutral!] : footer.Languages.Select(l => footer.Resolve(l, []).Text);
        foreach (var url in texts.SelectMany(Links).Distinct(StringComparer.Ordinal))
        {
            yield return source.Warning(DiagnosticCodes.RelativeFooterLink, footer.Span,
                $"The footer links to '{url}', which does not lead to one place from every page (pages sit at different depths, and a site may be published under a sub-path); write it as a full URL (https://…).");
        }
    }

    private static IEnumerable<string> Links(string markdown) =>
        Markdown.Parse(markdown).Descendants<LinkInline>()
            .Select(l => l.Url ?? "")
            .Where(url => url.Length > 0 && !url.StartsWith('#') && !HasScheme(url));

    private static bool HasScheme(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !absolute.IsFile && !url.StartsWith('/');
}
