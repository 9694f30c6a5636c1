using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Core.Tests.Reliability.Fuzzing;

/// <summary>
/// What content can never put in a page: a script, an event handler, a style, an embedded document,
/// or a URL whose scheme is not http, https or mailto. The site's own markup has none of these but its two
/// script elements and its Content-Security-Policy.
/// </summary>
public static class PageSafety
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] OwnScripts = ["assets/vendor/mermaid/mermaid.min.js", "assets/mermaid-init.js", "pagefind/pagefind-component-ui.js"];
    private static readonly HashSet<string> UrlAttributes =
        ["href", "src", "action", "formaction", "poster", "background", "data", "srcset", "cite", "ping", "lowsrc", "dynsrc", "codebase", "manifest", "xlink:href"];
    private static readonly HashSet<string> Embedded = ["iframe", "frame", "object", "embed", "applet", "base", "form", "portal", "style", "svg", "math"];

    /// <summary>The layout's template for search results: inert text, in the search dialog outside the page's content.</summary>
    private static bool IsSearchResultTemplate(AngleSharp.Dom.IElement script) =>
        script.GetAttribute("type") == "text/pagefind-template" && script.ParentElement?.LocalName == "pagefind-results" && script.Closest("main") is null;

    public static IEnumerable<string> Problems(string html)
    {
        using var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script" && !IsSearchResultTemplate(element) && (element.GetAttribute("src") is not { } src || !OwnScripts.Any(o => src.EndsWith(o, StringComparison.Ordinal))
                || src.Contains(':', StringComparison.Ordinal) || element.TextContent.Trim().Length > 0))
            {
                yield return "a script the site did not put there: " + Cut(element.OuterHtml);
            }

            if (Embedded.Contains(name) || (name == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv != "Content-Security-Policy"))
            {
                yield return "an element content may not create: " + Cut(element.OuterHtml);
            }

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                // Markdig aligns table columns with style="text-align: right;"; any other style is content's.
                if (attributeName.StartsWith("on", StringComparison.Ordinal)
                    || (attributeName == "style" && attribute.Value is not ("text-align: left;" or "text-align: center;" or "text-align: right;")))
                {
                    yield return $"an attribute {attributeName}=\"{Cut(attribute.Value)}\" on <{name}>";
                }

                if (UrlAttributes.Contains(attributeName) && Scheme(attribute.Value) is { } scheme && scheme is not ("http" or "https" or "mailto"))
                {
                    yield return $"a {scheme}: URL in {attributeName} on <{name}>: {Cut(attribute.Value)}";
                }
            }
        }
    }

    /// <summary>The URL's scheme as a browser reads it: control characters and spaces inside it are ignored.</summary>
    private static string? Scheme(string url)
    {
        var compact = new string([.. url.Where(c => c > ' ' && c != '\u007f')]);
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (delimiter < 0 || colon < delimiter) ? compact[..colon].ToLowerInvariant() : null;
    }

    private static string Cut(string text) => text.Length > 120 ? text[..120] + "…" : text;
}
